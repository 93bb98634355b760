package io.f3console.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.participation.MinerParticipation;
import io.f3console.core.participation.MinerState;
import io.f3console.core.participation.MinerTimeline;
import io.f3console.core.participation.MissingPower;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.participation.ParticipationTally;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.trust.TrustAssessor;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Participation read from the store (index blocks and certificates) against a computation written
 * here from the generator's own committees and the certificates' signers, over a chain long enough
 * for complete blocks, with participants joining and leaving and signing at random.
 */
class StoredParticipationTest {
  static final String NETWORK = "participation-store";
  static final int INSTANCES = 2_600;

  static SyntheticChain chain;

  @TempDir static Path dir;
  static Path file;

  @BeforeAll
  static void storeTheChain() throws Exception {
    chain =
        SyntheticNetwork.of(
                new SimulationSpec(
                    41,
                    16,
                    INSTANCES,
                    NETWORK,
                    new SimulationSpec.Churn(0.5, 0.08, 0.08, 0.02, 0.1)))
            .generate();
    file = dir.resolve("store.db");
    try (CertificateStore store = CertificateStore.open(file, NETWORK)) {
      store.begin(
          0,
          chain.initialTable(),
          TrustAssessor.of(NetworkSelection.raw(NETWORK)).table(chain.initialTable().cid(), 0));
      for (int i = 0; i < INSTANCES; i++) {
        store.append(chain.certificates().get(i), false, chain.tableOf(i + 1));
      }
    }
  }

  static List<StoredParticipation.Range> ranges() {
    return List.of(
        new StoredParticipation.Range(0, INSTANCES - 1),
        new StoredParticipation.Range(5, 2_100),
        new StoredParticipation.Range(1_030, 1_040),
        new StoredParticipation.Range(1_024, 2_047),
        new StoredParticipation.Range(0, 1_023),
        new StoredParticipation.Range(2_047, 2_599),
        new StoredParticipation.Range(700, 700));
  }

  static TreeSet<ActorId> everyActor() {
    TreeSet<ActorId> actors = new TreeSet<>();
    for (int i = 0; i <= INSTANCES; i++) {
      for (PowerEntry entry : chain.tableOf(i).entries()) {
        actors.add(entry.id());
      }
    }
    actors.add(ActorId.of(999_999)); // never in a committee
    return actors;
  }

  /** The miner's state in each instance, straight from the generator's committees. */
  static MinerState expectedState(ActorId actor, int instance) {
    PowerTable committee = chain.tableOf(instance);
    Optional<Integer> index = committee.indexOf(actor);
    if (index.isEmpty()) {
      return MinerState.OUT;
    }
    return chain.certificates().get(instance).signers().contains(index.get())
        ? MinerState.SIGNED
        : MinerState.ABSENT;
  }

  @Test
  void everyMinersCountsStreaksAndTimelineMatchAnIndependentCount() throws Exception {
    TreeSet<ActorId> actors = everyActor();
    assertThat(actors.size()).as("participants who joined").isGreaterThan(16);
    boolean sawLeaver = false;
    try (CertificateStore store = CertificateStore.open(file, NETWORK)) {
      StoredParticipation participation = new StoredParticipation(store);
      for (StoredParticipation.Range range : ranges()) {
        for (ActorId actor : actors) {
          long signed = 0;
          long absent = 0;
          long out = 0;
          long first = -1;
          long last = -1;
          long run = 0;
          long longest = 0;
          for (int i = (int) range.first(); i <= range.last(); i++) {
            MinerState state = expectedState(actor, i);
            if (state == MinerState.SIGNED) {
              signed++;
              first = first < 0 ? i : first;
              last = i;
              run = 0;
            } else if (state == MinerState.ABSENT) {
              absent++;
              run++;
              longest = Math.max(longest, run);
            } else {
              out++;
              run = 0;
            }
          }
          MinerTimeline history = participation.miner(actor, range);
          MinerParticipation got = history.summary();
          String what = actor + " over " + range;
          assertThat(got.signed()).as(what).isEqualTo(signed);
          assertThat(got.absent()).as(what).isEqualTo(absent);
          assertThat(got.notInCommittee()).as(what).isEqualTo(out);
          assertThat(got.firstSigned())
              .as(what)
              .isEqualTo(first < 0 ? OptionalLong.empty() : OptionalLong.of(first));
          assertThat(got.lastSigned())
              .as(what)
              .isEqualTo(last < 0 ? OptionalLong.empty() : OptionalLong.of(last));
          assertThat(got.currentAbsence()).as(what).isEqualTo(run);
          assertThat(got.longestAbsence()).as(what).isEqualTo(longest);
          for (int i = (int) range.first(); i <= range.last(); i++) {
            assertThat(history.instance(i - (int) range.first())).isEqualTo(i);
            assertThat(history.state(i - (int) range.first()))
                .as("%s at %d", what, i)
                .isEqualTo(expectedState(actor, i));
          }
          sawLeaver |= out > 0 && signed > 0;
        }
      }
    }
    assertThat(sawLeaver).as("a miner both in and out of the committee").isTrue();
  }

  @Test
  void missingPowerMatchesAnIndependentSum() throws Exception {
    try (CertificateStore store = CertificateStore.open(file, NETWORK)) {
      StoredParticipation participation = new StoredParticipation(store);
      for (StoredParticipation.Range range : ranges()) {
        Map<ActorId, long[]> expected = new HashMap<>();
        for (int i = (int) range.first(); i <= range.last(); i++) {
          PowerTable committee = chain.tableOf(i);
          FinalityCertificate certificate = chain.certificates().get(i);
          for (int m = 0; m < committee.size(); m++) {
            if (!certificate.signers().contains(m)) {
              long[] e = expected.computeIfAbsent(committee.entry(m).id(), a -> new long[3]);
              e[0] += committee.scaledPower(m);
              e[1]++;
              e[2] = committee.scaledPower(m);
            }
          }
        }
        MissingPower missing = participation.missing(range);
        assertThat(missing.firstInstance()).isEqualTo(range.first());
        assertThat(missing.lastInstance()).isEqualTo(range.last());
        assertThat(missing.absentees()).as("absentees over %s", range).hasSize(expected.size());
        long previous = Long.MAX_VALUE;
        for (MissingPower.Absentee absentee : missing.absentees()) {
          long[] e = expected.get(absentee.actor());
          assertThat(e).as("%s absent over %s", absentee.actor(), range).isNotNull();
          assertThat(absentee.missedScaledPower()).isEqualTo(e[0]);
          assertThat(absentee.instancesMissed()).isEqualTo((int) e[1]);
          assertThat(absentee.lastScaledPower()).isEqualTo(e[2]);
          assertThat(absentee.missedScaledPower()).isLessThanOrEqualTo(previous);
          previous = absentee.missedScaledPower();
        }
      }
    }
  }

  @Test
  void theWholeReportEqualsTheTallyOfTheSameCertificates() throws Exception {
    try (CertificateStore store = CertificateStore.open(file, NETWORK)) {
      StoredParticipation participation = new StoredParticipation(store);
      for (StoredParticipation.Range range : ranges()) {
        ParticipationTally tally = new ParticipationTally();
        for (int i = (int) range.first(); i <= range.last(); i++) {
          tally.add(chain.certificates().get(i), chain.tableOf(i));
        }
        ParticipationReport expected = tally.report();
        ParticipationReport got = participation.report(range);
        assertThat(got.miners())
            .as("miners over %s", range)
            .containsExactlyElementsOf(expected.miners());
        assertThat(got.instances())
            .as("instances over %s", range)
            .containsExactlyElementsOf(expected.instances());
      }
    }
  }

  @Test
  void committeesAreKeptOncePerBlockAndFollowFromTheDeltasElsewhere() throws Exception {
    try (CertificateStore store = CertificateStore.open(file, NETWORK)) {
      // the first committee, and those of instances 1024 and 2048
      assertThat(store.checkpointCount()).isEqualTo(3);
      for (int i : new int[] {0, 1, 1_023, 1_024, 1_025, 2_047, 2_048, 2_599, INSTANCES}) {
        assertThat(store.committeeOf(i)).as("committee %d", i).contains(chain.tableOf(i));
      }
      assertThat(store.committeeOf(INSTANCES + 1)).isEmpty();
    }
  }

  @Test
  void rangesAreClippedToWhatIsStored() throws Exception {
    try (CertificateStore store = CertificateStore.open(file, NETWORK)) {
      StoredParticipation participation = new StoredParticipation(store);
      assertThat(participation.stored()).contains(new StoredParticipation.Range(0, 2_599));
      assertThat(participation.clip(OptionalLong.of(2_500), OptionalLong.of(9_999)))
          .contains(new StoredParticipation.Range(2_500, 2_599));
      assertThat(participation.clip(OptionalLong.of(3_000), OptionalLong.empty())).isEmpty();
    }
  }
}
