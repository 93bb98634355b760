package io.f3console.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.f3console.core.crypto.BdnCoefficients;
import io.f3console.core.crypto.Bls;
import io.f3console.core.crypto.KeyStatus;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.powertable.KeyAudit;
import io.f3console.core.testing.SharedData;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkerKeyReportTest {
  private static PubKey keyOf(long secret) throws Exception {
    return PubKey.of(Bls.publicKeyFromSecret(BigInteger.valueOf(secret)));
  }

  /** 48 bytes of 0x11 with the compression flag set: on the curve, outside the subgroup. */
  private static PubKey outsideSubgroup() {
    byte[] bytes = new byte[48];
    Arrays.fill(bytes, (byte) 0x11);
    bytes[0] |= (byte) 0x80;
    return PubKey.of(bytes);
  }

  @Test
  void answersForEachParticipantFromOneLookAtTheTable() throws Exception {
    PubKey shared = keyOf(7);
    // Given in non-canonical order so that rank and index differ.
    PowerTable table =
        PowerTable.of(
            List.of(
                PowerEntry.of(30, 10, shared),
                PowerEntry.of(10, 50, keyOf(5)),
                PowerEntry.of(20, 30, outsideSubgroup()),
                PowerEntry.of(40, 10, shared)));

    WorkerKeyReport report = WorkerKeyReport.of(table);

    BigInteger[] coefficients = BdnCoefficients.compute(table.publicKeyBytes());
    assertThat(report.participants())
        .extracting(p -> p.actor().bits())
        .containsExactly(10L, 20L, 30L, 40L);
    WorkerKeyReport.Participant largest = report.largest().orElseThrow();
    assertThat(largest.rank()).isEqualTo(1);
    assertThat(largest.index()).isEqualTo(1);
    assertThat(largest.share()).isCloseTo(0.5, within(1e-12));
    assertThat(largest.isValid()).isTrue();
    assertThat(largest.hasProblem()).isFalse();
    assertThat(largest.coefficient()).isEqualTo(coefficients[1]);
    assertThat(largest.weight()).isEqualTo(coefficients[1].add(BigInteger.ONE));

    WorkerKeyReport.Participant invalid = report.participant(ActorId.of(20)).orElseThrow();
    assertThat(invalid.check().status()).isEqualTo(KeyStatus.NOT_IN_SUBGROUP);
    assertThat(invalid.hasProblem()).isTrue();
    assertThat(invalid.coefficient()).isEqualTo(coefficients[2]);

    WorkerKeyReport.Participant first = report.participant(ActorId.of(30)).orElseThrow();
    assertThat(first.isValid()).isTrue();
    assertThat(first.sharedWith()).containsExactly(ActorId.of(40));
    assertThat(report.participant(ActorId.of(40)).orElseThrow().sharedWith())
        .containsExactly(ActorId.of(30));

    assertThat(report.problems()).extracting(p -> p.actor().bits()).containsExactly(20L, 30L, 40L);
    assertThat(report.participant(ActorId.of(99))).isEmpty();
  }

  @Test
  void anEmptyTableHasNoLargestParticipant() throws Exception {
    WorkerKeyReport report = WorkerKeyReport.of(PowerTable.of(List.of()));

    assertThat(report.largest()).isEmpty();
    assertThat(report.problems()).isEmpty();
  }

  @Test
  void mainnetProblemsAreTheSharedKeyHolders() throws Exception {
    PowerTable table =
        DataFile.read(SharedData.file("mainnet_initial_power_table.json"))
            .table()
            .orElseThrow()
            .toTable();

    WorkerKeyReport report = WorkerKeyReport.of(table);

    KeyAudit audit = KeyAudit.of(table);
    Set<ActorId> expected = new HashSet<>();
    audit.invalid().forEach(f -> expected.add(f.id()));
    audit.sharedKeys().forEach(s -> expected.addAll(s.actors()));
    assertThat(expected).isNotEmpty();
    assertThat(report.problems())
        .extracting(WorkerKeyReport.Participant::actor)
        .containsExactlyInAnyOrderElementsOf(expected);
    BigInteger[] coefficients = BdnCoefficients.compute(table.publicKeyBytes());
    for (WorkerKeyReport.Participant participant : report.participants()) {
      assertThat(participant.coefficient()).isEqualTo(coefficients[participant.index()]);
      assertThat(participant.entry()).isEqualTo(table.entry(participant.index()));
    }
  }
}
