package io.f3console.core.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.certs.CertificateFiles;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.SharedData;
import io.f3console.core.validation.CertificateStream;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.FailureReason;
import io.f3console.core.validation.Stage;
import io.f3console.core.validation.StageEvent;
import io.f3console.core.validation.ValidationListener;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ParticipationTallyTest {
  private static final String NETWORK = "participation-test";
  private static SyntheticChain chain;

  @BeforeAll
  static void generate() throws Exception {
    SimulationSpec.Churn churn = new SimulationSpec.Churn(0.9, 0.3, 0.25, 0.1, 0.2);
    chain = SyntheticNetwork.of(new SimulationSpec(23, 12, 60, NETWORK, churn)).generate();
  }

  @Test
  void theRealMainnetCertificatesCountTheirBitfieldsAndTheQuorumPower() throws Exception {
    PowerTable initial =
        PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable();
    List<FinalityCertificate> certs =
        CertificateFiles.read(SharedData.file("mainnet_certs_0_9.json"));
    ParticipationTally tally = new ParticipationTally();
    List<Long> quorumPower = new ArrayList<>();
    ValidationListener counting = tally.listener(initial);
    ValidationListener listener =
        new ValidationListener() {
          @Override
          public void stage(StageEvent event) {
            if (event.stage() == Stage.QUORUM) {
              quorumPower.add(Long.parseLong(event.inputs().get(0).value()));
            }
          }

          @Override
          public void validated(FinalityCertificate certificate, PowerTable nextTable) {
            counting.validated(certificate, nextTable);
          }
        };

    ValidationResult result =
        new CertificateValidator("filecoin", ValidatorOptions.defaults().traced())
            .validate(initial, 0, Optional.empty(), CertificateStream.of(certs), listener);

    assertThat(result.failure()).isEmpty();
    ParticipationReport report = tally.report();
    assertThat(report.instanceCount()).isEqualTo(10);
    assertThat(report.firstInstance()).hasValue(0);
    assertThat(report.lastInstance()).hasValue(9);
    for (int i = 0; i < 10; i++) {
      InstanceParticipation instance = report.instances().get(i);
      assertThat(instance.instance()).isEqualTo(i);
      assertThat(instance.signers())
          .as("instance %d", i)
          .isEqualTo(certs.get(i).signers().cardinality());
      assertThat(instance.signedScaledPower()).as("instance %d", i).isEqualTo(quorumPower.get(i));
      assertThat(instance.baseOnly()).isEqualTo(certs.get(i).chain().size() == 1);
    }
    assertThat(report.instances().get(0).committee()).isEqualTo(initial.size());
    assertThat(report.instances().get(0).scaledTotal()).isEqualTo(64763);
    long signedTotal = report.miners().stream().mapToLong(MinerParticipation::signed).sum();
    long popcounts = certs.stream().mapToLong(c -> c.signers().cardinality()).sum();
    assertThat(signedTotal).isEqualTo(popcounts);
  }

  @Test
  void aChurningChainMatchesAnIndependentCount() throws Exception {
    ParticipationTally tally = new ParticipationTally();
    ValidationResult result =
        new CertificateValidator(NETWORK, ValidatorOptions.defaults())
            .validate(
                chain.initialTable(),
                0,
                Optional.empty(),
                CertificateStream.of(chain.certificates()),
                tally.listener(chain.initialTable()));
    assertThat(result.failure()).isEmpty();

    Map<ActorId, Expected> expected = independentCount(chain.certificates(), chain::tableOf);
    ParticipationReport report = tally.report();
    assertThat(report.miners()).hasSize(expected.size());
    for (MinerParticipation miner : report.miners()) {
      Expected e = expected.get(miner.actor());
      assertThat(miner)
          .as(miner.actor().toString())
          .isEqualTo(
              new MinerParticipation(
                  miner.actor(),
                  e.signed,
                  e.absent,
                  chain.certificates().size() - e.signed - e.absent,
                  e.first,
                  e.last,
                  e.current,
                  e.longest));
    }
    assertThat(report.miners())
        .as("the committee changed: someone joined or left")
        .anyMatch(m -> m.notInCommittee() > 0);
    assertThat(report.miners()).anyMatch(m -> m.longestAbsence() >= 2);
  }

  @Test
  void aMinerWhoNeverSignsIsAbsentInEveryCommitteeItIsIn() {
    ActorId silent = chain.initialTable().entry(0).id();
    List<FinalityCertificate> altered = new ArrayList<>();
    ParticipationTally tally = new ParticipationTally();
    for (int i = 0; i < chain.certificates().size(); i++) {
      FinalityCertificate cert = chain.certificates().get(i);
      PowerTable committee = chain.tableOf(i);
      Optional<Integer> index = committee.indexOf(silent);
      if (index.isPresent()) {
        List<Long> kept = new ArrayList<>();
        cert.signers()
            .forEach(
                s -> {
                  if (s != index.get()) {
                    kept.add(s);
                  }
                });
        cert = cert.withSigners(Bitfield.of(kept.stream().mapToLong(Long::longValue).toArray()));
      }
      altered.add(cert);
      tally.add(cert, committee);
    }

    MinerParticipation line = tally.report().miner(silent).orElseThrow();
    Expected e = independentCount(altered, chain::tableOf).get(silent);
    assertThat(line.signed()).isZero();
    assertThat(line.firstSigned()).isEmpty();
    assertThat(line.lastSigned()).isEmpty();
    assertThat(line.rate()).isZero();
    assertThat(line.absent()).isPositive().isEqualTo(e.absent);
    assertThat(line.longestAbsence()).isEqualTo(e.longest);
    assertThat(line.currentAbsence()).isEqualTo(e.current);
    assertThat(tally.report().mostAbsent(1).get(0).absent()).isGreaterThanOrEqualTo(e.absent);
  }

  @Test
  void aForgedCertificateStopsTheTallyBeforeIt() throws Exception {
    SyntheticChain forged = chain.withFault(FailureReason.INVALID_SIGNATURE, 7);
    ParticipationTally tally = new ParticipationTally();
    ValidationResult result =
        new CertificateValidator(NETWORK, ValidatorOptions.defaults())
            .validate(
                forged.initialTable(),
                0,
                Optional.empty(),
                CertificateStream.of(forged.certificates()),
                tally.listener(forged.initialTable()));

    assertThat(result.failure()).isPresent();
    assertThat(result.failure().get().reason()).isEqualTo(FailureReason.INVALID_SIGNATURE);
    assertThat(tally.report().instanceCount()).isEqualTo(7);
    assertThat(tally.report().lastInstance()).hasValue(6);
  }

  @Test
  void missingPowerRanksTheAbsentByScaledPower() {
    FinalityCertificate cert = chain.certificates().get(4);
    PowerTable committee = chain.tableOf(4);
    MissingPower missing = MissingPower.of(cert, committee);

    assertThat(missing.absentees()).hasSize(committee.size() - (int) cert.signers().cardinality());
    for (MissingPower.Absentee a : missing.absentees()) {
      int index = committee.indexOf(a.actor()).orElseThrow();
      assertThat(cert.signers().contains(index)).isFalse();
      assertThat(a.missedScaledPower()).isEqualTo(committee.scaledPower(index));
    }
    assertThat(missing.absentees())
        .isSortedAccordingTo((a, b) -> Long.compare(b.missedScaledPower(), a.missedScaledPower()));

    MissingPower.Collector lastThree = new MissingPower.Collector(3);
    for (int i = 0; i < chain.certificates().size(); i++) {
      lastThree.add(chain.certificates().get(i), chain.tableOf(i));
    }
    MissingPower window = lastThree.result();
    int n = chain.certificates().size();
    assertThat(window.firstInstance()).isEqualTo(n - 3);
    assertThat(window.lastInstance()).isEqualTo(n - 1);
    Map<ActorId, Long> sums = new HashMap<>();
    for (int i = n - 3; i < n; i++) {
      PowerTable t = chain.tableOf(i);
      for (int j = 0; j < t.size(); j++) {
        if (!chain.certificates().get(i).signers().contains(j)) {
          sums.merge(t.entry(j).id(), t.scaledPower(j), Long::sum);
        }
      }
    }
    Map<ActorId, Long> got = new HashMap<>();
    window.absentees().forEach(a -> got.put(a.actor(), a.missedScaledPower()));
    assertThat(got).isEqualTo(sums);
  }

  /** What the test expects of one miner, counted from scratch. */
  private static final class Expected {
    long signed;
    long absent;
    OptionalLong first = OptionalLong.empty();
    OptionalLong last = OptionalLong.empty();
    long current;
    long longest;
  }

  /** Walks the certificates, decodes each signer list against its committee and counts. */
  private static Map<ActorId, Expected> independentCount(
      List<FinalityCertificate> certs, java.util.function.IntFunction<PowerTable> committeeOf) {
    Map<ActorId, Expected> all = new HashMap<>();
    for (int i = 0; i < certs.size(); i++) {
      PowerTable committee = committeeOf.apply(i);
      for (var entry : committee.entries()) {
        all.computeIfAbsent(entry.id(), id -> new Expected());
      }
    }
    for (var miner : all.entrySet()) {
      Expected e = miner.getValue();
      long streak = 0;
      for (int i = 0; i < certs.size(); i++) {
        PowerTable committee = committeeOf.apply(i);
        long[] signers = certs.get(i).signers().toArray(Integer.MAX_VALUE);
        Optional<Integer> index = committee.indexOf(miner.getKey());
        if (index.isEmpty()) {
          streak = 0;
          continue;
        }
        boolean signed = false;
        for (long s : signers) {
          signed |= s == index.get();
        }
        if (signed) {
          e.signed++;
          if (e.first.isEmpty()) {
            e.first = OptionalLong.of(i);
          }
          e.last = OptionalLong.of(i);
          streak = 0;
        } else {
          e.absent++;
          streak++;
          e.longest = Math.max(e.longest, streak);
        }
      }
      e.current = streak;
    }
    return all;
  }
}
