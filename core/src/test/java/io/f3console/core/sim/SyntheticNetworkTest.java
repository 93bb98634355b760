package io.f3console.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.PowerTableDelta;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator makes what it promises: valid, deterministic, changing committees. */
class SyntheticNetworkTest {
  static final SimulationSpec SPEC = SimulationSpec.of(42, 60, 120, "f3sim");
  static SyntheticChain chain;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SPEC).generate();
  }

  @Test
  void theGeneratedChainValidatesToItsFinalTable() throws Exception {
    ValidationResult result =
        new CertificateValidator("f3sim", ValidatorOptions.withThreads(2))
            .validate(chain.initialTable(), 0, chain.certificates());

    assertThat(result.failure()).isEmpty();
    assertThat(result.nextInstance()).isEqualTo(120);
    assertThat(result.powerTable()).isEqualTo(chain.finalTable());
    assertThat(result.powerTable().cid()).isEqualTo(chain.finalTable().cid());
  }

  @Test
  void aMainnetSizeChainValidates() throws Exception {
    SyntheticChain mainnetSize =
        SyntheticNetwork.of(SimulationSpec.of(3, 1560, 6, "f3big")).generate();

    ValidationResult result =
        new CertificateValidator("f3big", ValidatorOptions.withThreads(2))
            .validate(mainnetSize.initialTable(), 0, mainnetSize.certificates());

    assertThat(mainnetSize.initialTable().size()).isEqualTo(1560);
    assertThat(result.failure()).isEmpty();
    assertThat(result.powerTable()).isEqualTo(mainnetSize.finalTable());
    assertThat(mainnetSize.certificates().get(0).signers().cardinality()).isBetween(700L, 1300L);
  }

  @Test
  void certificatesAreSignedForTheirNetworkOnly() throws Exception {
    ValidationResult result =
        new CertificateValidator("filecoin", ValidatorOptions.withThreads(1))
            .validate(chain.initialTable(), 0, chain.certificates());

    assertThat(result.failure()).isPresent();
    assertThat(result.validated()).isZero();
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws Exception {
    SyntheticChain again = SyntheticNetwork.of(SPEC).generate();
    SyntheticChain other = SyntheticNetwork.of(SimulationSpec.of(43, 60, 120, "f3sim")).generate();

    assertThat(again.certificates()).isEqualTo(chain.certificates());
    assertThat(again.initialTable().cid()).isEqualTo(chain.initialTable().cid());
    assertThat(other.initialTable().cid()).isNotEqualTo(chain.initialTable().cid());
  }

  @Test
  void theStreamGivesTheSameCertificatesAsTheList() throws Exception {
    var stream = SyntheticNetwork.of(SPEC).stream();
    List<FinalityCertificate> streamed = new ArrayList<>();
    for (Optional<FinalityCertificate> next = stream.next();
        next.isPresent();
        next = stream.next()) {
      streamed.add(next.get());
    }
    assertThat(streamed).isEqualTo(chain.certificates());
  }

  @Test
  void theCommitteeChangesAtAlmostEveryInstanceInEveryWay() {
    int changed = 0;
    int reordered = 0;
    int joins = 0;
    int leaves = 0;
    int rotations = 0;
    for (int i = 0; i < chain.certificates().size(); i++) {
      PowerTable before = chain.tableOf(i);
      PowerTable after = chain.tableOf(i + 1);
      List<PowerTableDelta> deltas = chain.certificates().get(i).powerTableDelta();
      if (!deltas.isEmpty()) {
        changed++;
      }
      if (reorders(before, after)) {
        reordered++;
      }
      for (PowerTableDelta delta : deltas) {
        boolean existed = before.indexOf(delta.participant()).isPresent();
        boolean remains = after.indexOf(delta.participant()).isPresent();
        if (!existed) {
          joins++;
        } else if (!remains) {
          leaves++;
        } else if (!delta.signingKey().isEmpty()) {
          rotations++;
        }
      }
    }
    assertThat(changed).isGreaterThan(100);
    assertThat(reordered).isGreaterThan(20);
    assertThat(joins).isPositive();
    assertThat(leaves).isPositive();
    assertThat(rotations).isPositive();
  }

  @Test
  void signersHoldAStrongQuorumAndSometimesExactlyTheThreshold() {
    int exact = 0;
    for (int i = 0; i < chain.certificates().size(); i++) {
      PowerTable table = chain.tableOf(i);
      long power = 0;
      for (long signer : chain.certificates().get(i).signers().toArray(table.size())) {
        assertThat(table.scaledPower((int) signer)).isPositive();
        power += table.scaledPower((int) signer);
      }
      assertThat(power).isGreaterThanOrEqualTo(table.strongQuorumThreshold());
      if (power == table.strongQuorumThreshold()) {
        exact++;
      }
    }
    assertThat(exact).isPositive();
  }

  @Test
  void everyTableHasAParticipantWithoutScaledPower() {
    for (int i = 0; i <= chain.certificates().size(); i++) {
      PowerTable table = chain.tableOf(i);
      boolean dust = false;
      for (int e = 0; e < table.size(); e++) {
        dust |= table.scaledPower(e) == 0;
      }
      assertThat(dust).as("table %d", i).isTrue();
    }
  }

  @Test
  void specsOutsideTheLimitsAreRefused() {
    assertThatThrownBy(() -> SimulationSpec.of(1, 3, 10, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SimulationSpec.of(1, 8193, 10, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SimulationSpec.of(1, 10, -1, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SimulationSpec.of(1, 10, 1, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static boolean reorders(PowerTable before, PowerTable after) {
    List<Long> order = new ArrayList<>();
    Set<Long> common = new HashSet<>();
    for (var entry : after.entries()) {
      if (before.indexOf(entry.id()).isPresent()) {
        common.add(entry.id().bits());
      }
    }
    for (var entry : before.entries()) {
      if (common.contains(entry.id().bits())) {
        order.add(entry.id().bits());
      }
    }
    List<Long> afterOrder = new ArrayList<>();
    for (var entry : after.entries()) {
      if (common.contains(entry.id().bits())) {
        afterOrder.add(entry.id().bits());
      }
    }
    return !order.equals(afterOrder);
  }
}
