package io.f3console.core.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.inspect.ChainInspector;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.validation.FailureReason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChainParticipationTest {
  private static final String NETWORK = "chain-participation-test";
  private static SyntheticChain chain;
  private static List<PowerTable> committees;

  @BeforeAll
  static void generate() throws Exception {
    SimulationSpec.Churn churn = new SimulationSpec.Churn(0.9, 0.3, 0.25, 0.1, 0.2);
    chain = SyntheticNetwork.of(new SimulationSpec(29, 12, 60, NETWORK, churn)).generate();
    committees = new ArrayList<>();
    for (int i = 0; i < chain.certificates().size(); i++) {
      committees.add(chain.tableOf(i));
    }
  }

  private static ChainParticipation participation() {
    return ChainParticipation.of(chain.certificates(), committees);
  }

  private static Set<ActorId> everyMiner() {
    Set<ActorId> all = new HashSet<>();
    committees.forEach(c -> c.entries().forEach(e -> all.add(e.id())));
    return all;
  }

  @Test
  void everyMinersTimelineSumsUpToWhatTheTallyCounted() {
    ParticipationTally tally = new ParticipationTally();
    for (int i = 0; i < chain.certificates().size(); i++) {
      tally.add(chain.certificates().get(i), committees.get(i));
    }
    ParticipationReport report = tally.report();
    ChainParticipation participation = participation();

    assertThat(everyMiner()).hasSize(report.miners().size());
    for (MinerParticipation line : report.miners()) {
      MinerTimeline timeline = participation.timeline(line.actor());
      assertThat(timeline.summary()).as(line.actor().toString()).isEqualTo(line);
      assertThat(participation.knows(line.actor())).isTrue();
    }
    assertThat(participation.knows(ActorId.of(987_654_321L))).isFalse();
  }

  @Test
  void theStripKeepsEveryInstanceStateAndMarksAnyAbsence() {
    ChainParticipation participation = participation();
    ActorId miner = chain.initialTable().entry(1).id();
    MinerTimeline timeline = participation.timeline(miner);

    List<MinerTimeline.StripBucket> strip = timeline.strip(0, timeline.size(), 7);

    assertThat(strip).hasSize(7);
    for (MinerTimeline.StripBucket bucket : strip) {
      int signed = 0;
      int absent = 0;
      int out = 0;
      for (int i = bucket.fromIndex(); i < bucket.toIndex(); i++) {
        FinalityCertificate cert = chain.certificates().get(i);
        var index = committees.get(i).indexOf(miner);
        if (index.isEmpty()) {
          out++;
        } else if (cert.signers().contains(index.get())) {
          signed++;
        } else {
          absent++;
        }
      }
      assertThat(List.of(bucket.signed(), bucket.absent(), bucket.out()))
          .isEqualTo(List.of(signed, absent, out));
      assertThat(bucket.shown())
          .isEqualTo(
              absent > 0 ? MinerState.ABSENT : signed > 0 ? MinerState.SIGNED : MinerState.OUT);
    }
    assertThat(strip.stream().mapToInt(b -> b.toIndex() - b.fromIndex()).sum())
        .isEqualTo(chain.certificates().size());
  }

  @Test
  void windowRatesCountTheInstancesWhoseHeadIsWithinTheWindow() {
    ChainParticipation participation = participation();
    ActorId miner = chain.initialTable().entry(2).id();
    MinerTimeline timeline = participation.timeline(miner);
    long newest =
        chain.certificates().stream().mapToLong(c -> c.chain().head().epoch()).max().orElseThrow();

    List<MinerTimeline.WindowRate> rates = timeline.rates();

    assertThat(rates)
        .extracting(MinerTimeline.WindowRate::window)
        .containsExactly(RateWindow.values());
    for (MinerTimeline.WindowRate rate : rates) {
      int in = 0;
      int signed = 0;
      int absent = 0;
      for (int i = 0; i < chain.certificates().size(); i++) {
        FinalityCertificate cert = chain.certificates().get(i);
        long head = cert.chain().head().epoch();
        if (newest - head >= rate.window().epochs()) {
          continue;
        }
        in++;
        var index = committees.get(i).indexOf(miner);
        if (index.isPresent()) {
          if (cert.signers().contains(index.get())) {
            signed++;
          } else {
            absent++;
          }
        }
      }
      assertThat(rate.newestHeadEpoch()).isEqualTo(newest);
      assertThat(rate.instances()).as(rate.window().label()).isEqualTo(in);
      assertThat(rate.signed()).as(rate.window().label()).isEqualTo(signed);
      assertThat(rate.absent()).as(rate.window().label()).isEqualTo(absent);
    }
    assertThat(rates.get(3).instances()).isEqualTo(chain.certificates().size());
    assertThat(RateWindow.HOUR.epochs() * RateWindow.EPOCH_SECONDS).isEqualTo(3_600);
    assertThat(RateWindow.DAY.contains(newest - 2_879, newest)).isTrue();
    assertThat(RateWindow.DAY.contains(newest - 2_880, newest)).isFalse();
  }

  @Test
  void theRollSplitsTheCommitteeIntoSignersAndAbsenteesByPower() {
    ChainParticipation participation = participation();
    int index = 11;
    FinalityCertificate cert = chain.certificates().get(index);
    PowerTable committee = committees.get(index);

    InstanceRoll roll = participation.roll(index);

    assertThat(roll.signers()).hasSize((int) cert.signers().cardinality());
    assertThat(roll.signers().size() + roll.absentees().size()).isEqualTo(committee.size());
    assertThat(roll.signers())
        .allSatisfy(m -> assertThat(cert.signers().contains(m.index())).isTrue());
    assertThat(roll.absentees())
        .allSatisfy(
            m -> {
              assertThat(cert.signers().contains(m.index())).isFalse();
              assertThat(m.scaledPower()).isEqualTo(committee.scaledPower(m.index()));
              assertThat(m.actor()).isEqualTo(committee.entry(m.index()).id());
            });
    assertThat(roll.signedScaledPower())
        .isEqualTo(InstanceParticipation.of(cert, committee).signedScaledPower());
    assertThat(roll.signedScaledPower() + roll.absentScaledPower())
        .isEqualTo(committee.scaledTotal());
    assertThat(roll.absentees())
        .isSortedAccordingTo((a, b) -> Long.compare(b.scaledPower(), a.scaledPower()));
    assertThat(participation.series().signedScaledPower(index)).isEqualTo(roll.signedScaledPower());
  }

  @Test
  void aMinerWhoStopsSigningShowsAsAbsentInTheStripAndTheMissingPower() {
    ActorId silent = chain.initialTable().entry(0).id();
    List<FinalityCertificate> altered = new ArrayList<>();
    for (int i = 0; i < chain.certificates().size(); i++) {
      FinalityCertificate cert = chain.certificates().get(i);
      var index = committees.get(i).indexOf(silent);
      if (i >= 50 && index.isPresent()) {
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
    }
    ChainParticipation participation = ChainParticipation.of(altered, committees);

    MinerTimeline timeline = participation.timeline(silent);
    MissingPower missing = participation.missing(50, 60);

    for (int i = 50; i < 60; i++) {
      assertThat(timeline.state(i)).isIn(MinerState.ABSENT, MinerState.OUT);
    }
    long inCommittee =
        java.util.stream.IntStream.range(50, 60)
            .filter(i -> committees.get(i).indexOf(silent).isPresent())
            .count();
    assertThat(missing.absentees())
        .anySatisfy(
            a -> {
              assertThat(a.actor()).isEqualTo(silent);
              assertThat(a.instancesMissed()).isEqualTo((int) inCommittee);
            });
    assertThat(missing.firstInstance()).isEqualTo(altered.get(50).instance());
    assertThat(missing.lastInstance()).isEqualTo(altered.get(59).instance());
  }

  @Test
  void onlyTheValidatedStartOfAChainIsLookedAt() throws Exception {
    SyntheticChain forged = chain.withFault(FailureReason.INVALID_SIGNATURE, 9);
    ChainInspection inspection =
        new ChainInspector(NETWORK, 1)
            .inspect(forged.initialTable(), 0, forged.certificates(), ChainInspector.Progress.NONE);

    ChainParticipation participation = ChainParticipation.ofValidated(inspection);

    assertThat(participation.size()).isEqualTo(9);
    assertThat(participation.series().instance(8)).isEqualTo(8);
    assertThat(participation.committee(0)).isEqualTo(forged.initialTable());
  }
}
