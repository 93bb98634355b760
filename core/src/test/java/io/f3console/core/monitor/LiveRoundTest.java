package io.f3console.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.health.AlertKind;
import io.f3console.core.health.AlertRules;
import io.f3console.core.health.HealthVerdict;
import io.f3console.core.health.LiveTracker;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.open.Sources;
import io.f3console.core.participation.InstanceParticipation;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.store.CertificateStore;
import io.f3console.core.store.CertificateSync;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.validation.ValidatorOptions;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link MonitorRound} against a node on loopback, round after round on a chosen clock. */
class LiveRoundTest {
  static final String NETWORK = "f3liveround";
  static SyntheticChain chain;

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(51, 8, 12, NETWORK)).generate();
  }

  static MonitorRound round(Duration maxSilence) {
    AlertRules rules =
        new AlertRules(
            OptionalLong.of(20),
            Optional.of(maxSilence),
            OptionalDouble.empty(),
            AlertRules.DEFAULT_PARTICIPATION_WINDOW,
            List.of(),
            AlertRules.DEFAULT_ABSENT_INSTANCES);
    CertificateSync sync =
        new CertificateSync(
            TrustAssessor.of(NetworkSelection.raw(NETWORK)), ValidatorOptions.defaults());
    return new MonitorRound(sync, rules, Duration.ofSeconds(30), true);
  }

  static MonitorRound.SourceOpener opener(String url) {
    return () -> Sources.open(SourceSpec.parse("rpc:" + url), SourceOptions.defaults());
  }

  long head(int published) {
    return chain.certificates().get(published - 1).chain().head().epoch();
  }

  @Test
  void newCertificatesAreStoredAsTheyAppearAndASilenceWhileTheHeadMovesIsAStall() throws Exception {
    AtomicLong chainHead = new AtomicLong();
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    LiveTracker tracker = new LiveTracker();
    MonitorRound monitor = round(Duration.ofMinutes(5));
    try (FakeLotusNode node = FakeLotusNode.start(chain).publish(6).withChainHead(chainHead::get);
        CertificateStore store = CertificateStore.open(dir.resolve("s.db"), NETWORK)) {
      chainHead.set(head(6) + 2);
      RoundOutcome first =
          monitor.run(store, opener(node.endpoint().toString()), Optional.of(tracker), start);
      assertThat(first.verdict()).isEqualTo(HealthVerdict.HEALTHY);
      assertThat(first.validated()).isEqualTo(6);
      assertThat(first.verified()).isTrue();
      assertThat(first.latestInstance()).hasValue(5);
      assertThat(first.report().orElseThrow().live().orElseThrow().lag()).hasValue(2);

      node.publish(9);
      chainHead.set(head(9) + 1);
      RoundOutcome second =
          monitor.run(
              store,
              opener(node.endpoint().toString()),
              Optional.of(tracker),
              start.plusSeconds(60));
      assertThat(second.verdict()).isEqualTo(HealthVerdict.HEALTHY);
      assertThat(second.validated()).isEqualTo(3);
      assertThat(second.latestInstance()).hasValue(8);

      // no new certificate for six minutes while the head moved on: a stall
      chainHead.set(head(9) + 12);
      RoundOutcome third =
          monitor.run(
              store,
              opener(node.endpoint().toString()),
              Optional.of(tracker),
              start.plusSeconds(60 + 360));
      assertThat(third.verdict()).isEqualTo(HealthVerdict.ALERT);
      assertThat(third.validated()).isZero();
      assertThat(third.alerts()).extracting(a -> a.kind()).containsExactly(AlertKind.STALL);
      assertThat(third.alerts().get(0).evidence()).contains("chain head " + (head(9) + 12));

      List<InstanceParticipation> last = MonitorRound.lastInstances(store, 4);
      assertThat(last).extracting(InstanceParticipation::instance).containsExactly(5L, 6L, 7L, 8L);
      assertThat(MonitorRound.lastInstances(store, 100)).hasSize(9);
    }
  }

  @Test
  void aNodeThatIsNotThereIsUnreachableNotAnError() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (CertificateStore store = CertificateStore.open(dir.resolve("s.db"), NETWORK)) {
      RoundOutcome outcome =
          round(Duration.ofMinutes(5))
              .run(
                  store,
                  opener("http://127.0.0.1:" + port + "/rpc/v1"),
                  Optional.empty(),
                  Instant.now());
      assertThat(outcome.verdict()).isEqualTo(HealthVerdict.UNREACHABLE);
      assertThat(outcome.reason()).hasValue(RpcException.Reason.UNREACHABLE);
      assertThat(outcome.error()).isPresent();
      assertThat(store.latestInstance()).isEmpty();
    }
  }

  @Test
  void aNodeWithoutCertificatesYetIsAnAlertThatSaysSo() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).publish(0);
        CertificateStore store = CertificateStore.open(dir.resolve("s.db"), NETWORK)) {
      RoundOutcome outcome =
          round(Duration.ofMinutes(5))
              .run(store, opener(node.endpoint().toString()), Optional.empty(), Instant.now());
      assertThat(outcome.verdict()).isEqualTo(HealthVerdict.ALERT);
      assertThat(outcome.alerts())
          .extracting(a -> a.kind())
          .containsExactly(AlertKind.NO_CERTIFICATE);
    }
  }
}
