package io.f3console.core.powertable;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.PowerTableDelta;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import java.util.List;
import org.junit.jupiter.api.Test;

class PowerTableDiffTest {
  private static final PubKey K1 = PubKey.of(new byte[] {1});
  private static final PubKey K2 = PubKey.of(new byte[] {2});
  private static final PubKey K3 = PubKey.of(new byte[] {3});

  private static PowerTable table(PowerEntry... entries) throws Exception {
    return PowerTable.of(List.of(entries));
  }

  @Test
  void classifiesAddedRemovedRepoweredAndRekeyedParticipants() throws Exception {
    PowerTable before =
        table(
            PowerEntry.of(1, 100, K1),
            PowerEntry.of(2, 50, K2),
            PowerEntry.of(3, 30, K3),
            PowerEntry.of(4, 10, K1));
    PowerTable after =
        table(
            PowerEntry.of(1, 120, K1),
            PowerEntry.of(3, 30, K1),
            PowerEntry.of(4, 11, K2),
            PowerEntry.of(9, 5, K3));

    PowerTableDiff diff = PowerTableDiff.between(before, after);

    assertThat(diff.changes())
        .extracting(PowerTableDiff.Change::id, PowerTableDiff.Change::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ActorId.of(1), PowerTableDiff.Kind.POWER_CHANGED),
            org.assertj.core.groups.Tuple.tuple(ActorId.of(2), PowerTableDiff.Kind.REMOVED),
            org.assertj.core.groups.Tuple.tuple(ActorId.of(3), PowerTableDiff.Kind.KEY_CHANGED),
            org.assertj.core.groups.Tuple.tuple(
                ActorId.of(4), PowerTableDiff.Kind.POWER_AND_KEY_CHANGED),
            org.assertj.core.groups.Tuple.tuple(ActorId.of(9), PowerTableDiff.Kind.ADDED));
    assertThat(diff.count(PowerTableDiff.Kind.REMOVED)).isEqualTo(1);
    assertThat(diff.sameEntries()).isFalse();
  }

  @Test
  void producesGoF3DeltasSortedByParticipant() throws Exception {
    PowerTable before = table(PowerEntry.of(5, 100, K1), PowerEntry.of(2, 50, K2));
    PowerTable after = table(PowerEntry.of(5, 100, K3), PowerEntry.of(7, 40, K1));

    List<PowerTableDelta> deltas = PowerTableDiff.between(before, after).toDeltas();

    assertThat(deltas)
        .containsExactly(
            new PowerTableDelta(ActorId.of(2), StoragePower.of(-50), PubKey.EMPTY),
            new PowerTableDelta(ActorId.of(5), StoragePower.ZERO, K3),
            new PowerTableDelta(ActorId.of(7), StoragePower.of(40), K1));
  }

  @Test
  void reportsWhenOnlyTheOrderDiffers() throws Exception {
    PowerTable sorted = table(PowerEntry.of(1, 100, K1), PowerEntry.of(2, 50, K2));
    PowerTable reversed = table(PowerEntry.of(2, 50, K2), PowerEntry.of(1, 100, K1));

    PowerTableDiff diff = PowerTableDiff.between(sorted, reversed);

    assertThat(diff.sameEntries()).isTrue();
    assertThat(diff.onlyOrderDiffers()).isTrue();
    assertThat(PowerTableDiff.between(sorted, sorted).onlyOrderDiffers()).isFalse();
  }
}
