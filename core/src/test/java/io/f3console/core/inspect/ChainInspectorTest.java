package io.f3console.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.certs.CertificateFiles;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.SharedData;
import io.f3console.core.validation.Detail;
import io.f3console.core.validation.FailureReason;
import io.f3console.core.validation.Stage;
import io.f3console.core.validation.StageEvent;
import io.f3console.core.validation.ValidationFailure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An inspection is the real validator's verdict on a chain with every certificate's stages kept:
 * valid certificates carry all of go-f3's stages, a broken one ends at the stage of its failure,
 * the ones after it were never reached, and the committee of every instance reached can be asked
 * for.
 */
class ChainInspectorTest {
  static final String NETWORK = "testnet";
  static final int INSTANCES = 24;
  static final int BROKEN_AT = 9;

  static SyntheticChain chain;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(11, 40, INSTANCES, NETWORK)).generate();
  }

  /** Calls to the progress callback, in order. */
  static final class Recorded implements ChainInspector.Progress {
    final List<long[]> calls = new ArrayList<>();
    final Set<Thread> threads = new HashSet<>();

    @Override
    public void settled(long done, long total) {
      calls.add(new long[] {done, total});
      threads.add(Thread.currentThread());
    }

    List<Long> done() {
      return calls.stream().map(c -> c[0]).toList();
    }

    List<Long> totals() {
      return calls.stream().map(c -> c[1]).distinct().toList();
    }
  }

  static ChainInspection inspect(SyntheticChain c, int threads, ChainInspector.Progress progress)
      throws Exception {
    return new ChainInspector(c.networkName(), threads)
        .inspect(c.initialTable(), 0, c.certificates(), progress);
  }

  static List<Stage> stages(CertificateOutcome outcome) {
    return outcome.events().stream().map(StageEvent::stage).toList();
  }

  /** The stages go-f3 runs up to and including {@code last}. */
  static List<Stage> stagesThrough(Stage last) {
    return Arrays.asList(Stage.values()).subList(0, last.ordinal() + 1);
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2})
  void validCertificatesAllGetStageEventsInGoF3Order(int threads) throws Exception {
    ChainInspection inspection = inspect(chain, threads, ChainInspector.Progress.NONE);

    assertThat(inspection.outcomes()).hasSize(INSTANCES);
    for (int i = 0; i < INSTANCES; i++) {
      CertificateOutcome outcome = inspection.outcomes().get(i);
      assertThat(outcome.instance()).isEqualTo(i);
      assertThat(outcome.status()).isEqualTo(CertificateStatus.VALID);
      assertThat(outcome.failure()).isEmpty();
      assertThat(stages(outcome)).containsExactly(Stage.values());
      assertThat(outcome.events())
          .allSatisfy(
              event -> {
                assertThat(event.passed()).isTrue();
                assertThat(event.outputs()).isNotEmpty();
              });
      assertThat(outcome.event(Stage.PAIRING)).isPresent();
    }
    assertThat(inspection.count(CertificateStatus.VALID)).isEqualTo(INSTANCES);
    assertThat(inspection.firstFailureIndex()).isEmpty();
    assertThat(inspection.networkName()).isEqualTo(NETWORK);
    assertThat(inspection.firstInstance()).isZero();
    assertThat(inspection.certificates()).isEqualTo(chain.certificates());
  }

  @Test
  void aValidChainEndsAtTheNextInstanceWithTheFinalTable() throws Exception {
    ChainInspection inspection = inspect(chain, 2, ChainInspector.Progress.NONE);

    assertThat(inspection.result().valid()).isTrue();
    assertThat(inspection.result().nextInstance()).isEqualTo(INSTANCES);
    assertThat(inspection.result().validated()).isEqualTo(INSTANCES);
    assertThat(inspection.result().powerTable().cid()).isEqualTo(chain.finalTable().cid());
    assertThat(inspection.initialTable()).isEqualTo(chain.initialTable());
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2})
  void progressCountsEveryCertificateOnceUpToTheTotalOnTheCallingThread(int threads)
      throws Exception {
    Recorded progress = new Recorded();

    inspect(chain, threads, progress);

    List<Long> expected = new ArrayList<>();
    for (long done = 1; done <= INSTANCES; done++) {
      expected.add(done);
    }
    assertThat(progress.done()).isEqualTo(expected);
    assertThat(progress.totals()).containsExactly((long) INSTANCES);
    assertThat(progress.threads).containsExactly(Thread.currentThread());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(FailureReason.class)
  void aBrokenCertificateEndsAtItsFailingStageAndTheRestAreNotReached(FailureReason reason)
      throws Exception {
    SyntheticChain broken = chain.withFault(reason, BROKEN_AT);
    Recorded progress = new Recorded();

    ChainInspection inspection = inspect(broken, 2, progress);

    List<CertificateOutcome> outcomes = inspection.outcomes();
    int total = broken.certificates().size();
    assertThat(outcomes).hasSize(total);
    for (int i = 0; i < BROKEN_AT; i++) {
      assertThat(outcomes.get(i).status())
          .as("certificate %d", i)
          .isEqualTo(CertificateStatus.VALID);
      assertThat(stages(outcomes.get(i))).containsExactly(Stage.values());
    }
    CertificateOutcome failed = outcomes.get(BROKEN_AT);
    assertThat(failed.status()).isEqualTo(CertificateStatus.INVALID);
    assertThat(failed.failure())
        .hasValueSatisfying(
            failure -> {
              assertThat(failure.reason()).isEqualTo(reason);
              assertThat(failure.instance()).isEqualTo(BROKEN_AT);
            });
    assertThat(stages(failed)).isEqualTo(stagesThrough(reason.stage()));
    StageEvent last = failed.events().get(failed.events().size() - 1);
    assertThat(last.passed()).isFalse();
    assertThat(last.failure()).isEqualTo(failed.failure());
    assertThat(failed.events().subList(0, failed.events().size() - 1))
        .allSatisfy(event -> assertThat(event.passed()).isTrue());
    for (int i = BROKEN_AT + 1; i < total; i++) {
      assertThat(outcomes.get(i).status())
          .as("certificate %d", i)
          .isEqualTo(CertificateStatus.NOT_REACHED);
      assertThat(outcomes.get(i).events()).isEmpty();
      assertThat(outcomes.get(i).failure()).isEmpty();
      assertThat(outcomes.get(i).instance()).isEqualTo(broken.certificates().get(i).instance());
    }

    assertThat(inspection.firstFailureIndex()).contains(BROKEN_AT);
    assertThat(inspection.count(CertificateStatus.VALID)).isEqualTo(BROKEN_AT);
    assertThat(inspection.count(CertificateStatus.INVALID)).isEqualTo(1);
    assertThat(inspection.count(CertificateStatus.NOT_REACHED)).isEqualTo(total - BROKEN_AT - 1);
    assertThat(inspection.result().failure()).isEqualTo(failed.failure());
    assertThat(inspection.result().nextInstance()).isEqualTo(BROKEN_AT);
    assertThat(inspection.result().powerTable()).isEqualTo(broken.tableOf(BROKEN_AT));
    assertThat(progress.calls.get(progress.calls.size() - 1)).containsExactly(total, total);
    assertThat(progress.done()).isSorted();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = FailureReason.class,
      names = {
        "INSUFFICIENT_POWER",
        "INVALID_SIGNATURE",
        "POWER_TABLE_CID_MISMATCH",
        "INSTANCE_MISMATCH",
        "INVALID_PUBLIC_KEY"
      })
  void oneThreadAndTwoThreadsGiveTheSameOutcomes(FailureReason reason) throws Exception {
    SyntheticChain broken = chain.withFault(reason, BROKEN_AT);

    ChainInspection single = inspect(broken, 1, ChainInspector.Progress.NONE);
    ChainInspection parallel = inspect(broken, 2, ChainInspector.Progress.NONE);

    assertThat(parallel.outcomes()).hasSameSizeAs(single.outcomes());
    for (int i = 0; i < single.outcomes().size(); i++) {
      CertificateOutcome one = single.outcomes().get(i);
      CertificateOutcome two = parallel.outcomes().get(i);
      assertThat(two.status()).as("certificate %d", i).isEqualTo(one.status());
      assertThat(stages(two)).as("certificate %d", i).isEqualTo(stages(one));
      assertThat(two.failure()).as("certificate %d", i).isEqualTo(one.failure());
    }
    assertThat(single.firstFailureIndex()).contains(BROKEN_AT);
    assertThat(parallel.firstFailureIndex()).isEqualTo(single.firstFailureIndex());
    assertThat(parallel.result().powerTable()).isEqualTo(single.result().powerTable());
  }

  @Test
  void anInsufficientQuorumFailureNamesTheSignerPowerBelowTheThreshold() throws Exception {
    SyntheticChain broken = chain.withFault(FailureReason.INSUFFICIENT_POWER, BROKEN_AT);

    ChainInspection inspection = inspect(broken, 1, ChainInspector.Progress.NONE);

    ValidationFailure failure = inspection.outcomes().get(BROKEN_AT).failure().orElseThrow();
    long signerPower = Long.parseLong(failure.detail("signerPower").orElseThrow());
    long threshold = Long.parseLong(failure.detail("threshold").orElseThrow());
    assertThat(threshold).isEqualTo(broken.tableOf(BROKEN_AT).strongQuorumThreshold());
    assertThat(signerPower).isLessThan(threshold);
  }

  @Test
  void theTimelineGivesTheCommitteeOfEveryInstanceReached() throws Exception {
    ChainInspection inspection = inspect(chain, 2, ChainInspector.Progress.NONE);
    PowerTableTimeline timeline = inspection.timeline();

    assertThat(timeline.firstInstance()).isZero();
    assertThat(timeline.lastInstance()).isEqualTo(INSTANCES);
    for (int i = 0; i <= INSTANCES; i++) {
      assertThat(timeline.committee(i).cid())
          .as("instance %d", i)
          .isEqualTo(chain.tableOf(i).cid());
    }
    for (int i = 0; i < INSTANCES; i++) {
      assertThat(inspection.committeeOf(i)).as("certificate %d", i).contains(chain.tableOf(i));
    }
    assertThat(timeline.covers(INSTANCES + 1)).isFalse();
    assertThat(timeline.covers(-1)).isFalse();
    assertThatThrownBy(() -> timeline.committee(INSTANCES + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCommitteeOfTheBrokenCertificateIsKnownButNotOfTheOnesAfterIt() throws Exception {
    SyntheticChain broken = chain.withFault(FailureReason.INVALID_SIGNATURE, BROKEN_AT);

    ChainInspection inspection = inspect(broken, 2, ChainInspector.Progress.NONE);

    assertThat(inspection.timeline().lastInstance()).isEqualTo(BROKEN_AT);
    assertThat(inspection.committeeOf(BROKEN_AT)).contains(broken.tableOf(BROKEN_AT));
    assertThat(inspection.committeeOf(BROKEN_AT + 1)).isEmpty();
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2})
  void interruptingTheCallingThreadCancelsTheInspection(int threads) throws Exception {
    Recorded progress = new Recorded();
    ChainInspector.Progress interruptAfterThree =
        (done, total) -> {
          progress.settled(done, total);
          if (done == 3) {
            Thread.currentThread().interrupt();
          }
        };
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread worker =
        new Thread(
            () -> {
              try {
                outcome.set(inspect(chain, threads, interruptAfterThree));
              } catch (Exception e) {
                outcome.set(e);
              }
            },
            "inspection-under-test");

    worker.start();
    worker.join(30_000);

    assertThat(worker.isAlive()).isFalse();
    assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
    assertThat(progress.done())
        .contains(3L)
        .allSatisfy(done -> assertThat(done).isLessThan(INSTANCES));
  }

  @Test
  void anEmptyChainKeepsTheStartingTable() throws Exception {
    ChainInspection inspection =
        new ChainInspector(NETWORK, 1)
            .inspect(chain.tableOf(5), 5, List.of(), ChainInspector.Progress.NONE);

    assertThat(inspection.outcomes()).isEmpty();
    assertThat(inspection.result().nextInstance()).isEqualTo(5);
    assertThat(inspection.result().powerTable()).isEqualTo(chain.tableOf(5));
    assertThat(inspection.timeline().committee(5)).isEqualTo(chain.tableOf(5));
    assertThat(inspection.timeline().covers(6)).isFalse();
  }

  @Test
  void validationMayStartPartWayAlongTheChain() throws Exception {
    List<FinalityCertificate> tail = chain.certificates().subList(10, INSTANCES);

    ChainInspection inspection =
        new ChainInspector(NETWORK, 2)
            .inspect(chain.tableOf(10), 10, tail, ChainInspector.Progress.NONE);

    assertThat(inspection.count(CertificateStatus.VALID)).isEqualTo(INSTANCES - 10);
    assertThat(inspection.outcomes().get(0).instance()).isEqualTo(10);
    assertThat(inspection.timeline().firstInstance()).isEqualTo(10);
    for (int i = 10; i <= INSTANCES; i++) {
      assertThat(inspection.timeline().committee(i))
          .as("instance %d", i)
          .isEqualTo(chain.tableOf(i));
    }
    assertThat(inspection.committeeOf(0)).contains(chain.tableOf(10));
  }

  @Test
  void aWrongNetworkNameFailsTheFirstSignature() throws Exception {
    ChainInspection inspection =
        new ChainInspector("filecoin", 1)
            .inspect(chain.initialTable(), 0, chain.certificates(), ChainInspector.Progress.NONE);

    assertThat(inspection.firstFailureIndex()).contains(0);
    assertThat(inspection.outcomes().get(0).failure().orElseThrow().reason())
        .isEqualTo(FailureReason.INVALID_SIGNATURE);
    assertThat(inspection.count(CertificateStatus.NOT_REACHED)).isEqualTo(INSTANCES - 1);
  }

  @Test
  void fewerThanOneThreadIsRefused() {
    assertThatThrownBy(() -> new ChainInspector(NETWORK, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void realMainnetCertificatesInspectToTheCommittedTable() throws Exception {
    PowerTable initial =
        PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable();
    List<FinalityCertificate> certs =
        CertificateFiles.read(SharedData.file("mainnet_certs_0_9.json"));

    ChainInspection inspection =
        new ChainInspector("filecoin", 2).inspect(initial, 0, certs, ChainInspector.Progress.NONE);

    assertThat(inspection.outcomes())
        .hasSize(10)
        .allSatisfy(o -> assertThat(o.status()).isEqualTo(CertificateStatus.VALID));
    assertThat(inspection.result().nextInstance()).isEqualTo(10);
    assertThat(inspection.result().powerTable().cid())
        .isEqualTo(
            Cid.fromString("bafy2bzaceb5yxdkkdomvwpfejeie5iagpx6ete6qnaaq7x4gt4w7isdi6xp2i"));
    assertThat(inspection.timeline().committee(10)).isEqualTo(inspection.result().powerTable());
    assertThat(inspection.timeline().committee(0)).isEqualTo(initial);

    StageEvent quorum = inspection.outcomes().get(0).event(Stage.QUORUM).orElseThrow();
    assertThat(quorum.inputs())
        .extracting(Detail::name)
        .contains("signerPower", "scaledTotal", "threshold");
    assertThat(detail(quorum.inputs(), "threshold"))
        .contains(Long.toString(initial.strongQuorumThreshold()))
        .contains("43176");
    assertThat(Long.parseLong(detail(quorum.inputs(), "signerPower").orElseThrow()))
        .isGreaterThanOrEqualTo(43176);
  }

  static Optional<String> detail(List<Detail> details, String name) {
    return details.stream().filter(d -> d.name().equals(name)).map(Detail::value).findFirst();
  }
}
