package io.f3console.core.powertable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class PowerTableStatisticsTest {
  private static final PubKey KEY = PubKey.of(new byte[] {9});

  @Test
  void ranksByPowerAndFindsTheConcentrationPoints() throws Exception {
    // Given in non-canonical order: ranks must follow power, indexes the given order.
    PowerTable table =
        PowerTable.of(
            List.of(
                PowerEntry.of(3, 10, KEY),
                PowerEntry.of(1, 50, KEY),
                PowerEntry.of(2, 30, KEY),
                PowerEntry.of(4, 10, KEY)));

    PowerTableStatistics statistics = PowerTableStatistics.of(table);

    assertThat(statistics.rows())
        .extracting(r -> r.entry().id().bits())
        .containsExactly(1L, 2L, 3L, 4L);
    assertThat(statistics.rows())
        .extracting(PowerTableStatistics.Row::index)
        .containsExactly(1, 2, 0, 3);
    assertThat(statistics.rows().get(0).share()).isCloseTo(0.5, within(1e-12));
    assertThat(statistics.rows().get(1).cumulativeShare()).isCloseTo(0.8, within(1e-12));
    assertThat(statistics.rows().get(3).cumulativeShare()).isCloseTo(1.0, within(1e-12));
    assertThat(statistics.topHoldingOneThird()).isEqualTo(1);
    assertThat(statistics.topHoldingTwoThirds()).isEqualTo(2);
    // scaled: 32767, 19660, 6553, 6553 = 65533; quorum ceil(2*65533/3) = 43689 needs ranks 1-2
    assertThat(statistics.scaledTotal()).isEqualTo(65533);
    assertThat(statistics.quorumThreshold()).isEqualTo(43689);
    assertThat(statistics.topReachingQuorum()).isEqualTo(2);
    assertThat(statistics.zeroScaledEntries()).isZero();
  }

  @Test
  void exactlyOneThirdCountsAsHoldingOneThird() throws Exception {
    PowerTable table =
        PowerTable.of(
            List.of(PowerEntry.of(1, 1, KEY), PowerEntry.of(2, 1, KEY), PowerEntry.of(3, 1, KEY)));

    PowerTableStatistics statistics = PowerTableStatistics.of(table);

    assertThat(statistics.topHoldingOneThird()).isEqualTo(1);
    assertThat(statistics.topHoldingTwoThirds()).isEqualTo(2);
  }

  @Test
  void countsParticipantsWhoseScaledPowerRoundsToZero() throws Exception {
    PowerTable table =
        PowerTable.of(List.of(PowerEntry.of(1, 1_000_000, KEY), PowerEntry.of(2, 1, KEY)));

    assertThat(PowerTableStatistics.of(table).zeroScaledEntries()).isEqualTo(1);
  }
}
