package io.f3console.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.NodeFaults.F3State;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The probe against a fake node in each phase, over loopback HTTP. */
class ReadinessProbeTest {
  static final SourceOptions OPTIONS =
      new SourceOptions(Optional.empty(), Duration.ofSeconds(10), 0, 2);
  static final Duration WINDOW = Duration.ofMillis(50);
  static SyntheticChain chain;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(31, 6, 5, "f3ready")).generate();
  }

  static long lastEpoch() {
    return chain.certificates().get(chain.certificates().size() - 1).chain().head().epoch();
  }

  /** The manifest's bootstrap epoch (the fake node makes it the first base epoch + 900). */
  static long bootstrapEpoch() {
    return chain.certificates().get(0).chain().base().epoch() + 900;
  }

  static Readiness probe(FakeLotusNode node, long maxLag) throws Exception {
    try (LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
      return new ReadinessProbe(client, WINDOW, maxLag).probe();
    }
  }

  static String head(long epoch) {
    return "{\"Cids\":[],\"Blocks\":[],\"Height\":" + epoch + "}";
  }

  @Test
  void aNodeWhoseLatestCertificateIsAtTheHeadIsInSync() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      node.answering("Filecoin.ChainHead", head(lastEpoch() + 20));
      Readiness readiness = probe(node, 20);

      assertThat(readiness.phase()).isEqualTo(ReadinessPhase.IN_SYNC);
      assertThat(readiness.inSync()).isTrue();
      assertThat(readiness.lagEpochs()).hasValue(20);
      assertThat(readiness.certificateAge()).contains(Duration.ofMinutes(10));
      assertThat(readiness.evidence().get(0))
          .contains("instance 4")
          .contains("20 epochs behind (about 10 minutes), within the 20 allowed");
    }
  }

  @Test
  void theRealMainnetCertificatesAtTheHeadAreInSyncAtInstance9() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      Readiness readiness = probe(node, 20);

      assertThat(readiness.phase()).isEqualTo(ReadinessPhase.IN_SYNC);
      assertThat(readiness.observation().latest().orElseThrow().instance()).isEqualTo(9);
      assertThat(readiness.observation().manifest().orElseThrow().bootstrapEpoch())
          .isEqualTo(4920480);
    }
  }

  @Test
  void oneEpochMoreThanAllowedWithoutANewInstanceIsStalled() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      node.answering("Filecoin.ChainHead", head(lastEpoch() + 21));
      Readiness readiness = probe(node, 20);

      assertThat(readiness.phase()).isEqualTo(ReadinessPhase.STALLED);
      assertThat(readiness.evidence())
          .anyMatch(e -> e.contains("more than the 20 allowed"))
          .anyMatch(e -> e.contains("did not reach a new instance in 50 ms"));
    }
  }

  @Test
  void aStallInALaterRoundSaysGpbftNeededMoreRounds() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      node.answering("Filecoin.ChainHead", head(lastEpoch() + 500));
      node.answering("Filecoin.F3GetProgress", "{\"ID\":5,\"Round\":7,\"Phase\":3,\"Input\":null}");
      Readiness readiness = probe(node, 20);

      assertThat(readiness.phase()).isEqualTo(ReadinessPhase.STALLED);
      assertThat(readiness.evidence())
          .anyMatch(e -> e.contains("Instance 5 is in round 7"))
          .anyMatch(e -> e.contains("Progress stayed at instance 5 round 7 PREPARE"));
    }
  }

  @Test
  void behindButAdvancingIsCatchingUp() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).withAdvancingProgress()) {
      node.answering("Filecoin.ChainHead", head(lastEpoch() + 5000));
      Readiness readiness = probe(node, 20);

      assertThat(readiness.phase()).isEqualTo(ReadinessPhase.CATCHING_UP);
      assertThat(readiness.lagEpochs()).hasValue(5000);
      assertThat(readiness.evidence())
          .anyMatch(
              e -> e.contains("Progress moved from instance 5 round 0 QUALITY to instance 6"));
    }
  }

  @Test
  void runningWithoutAnyCertificatePastTheBootstrapEpochIsBootstrapping() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain).publish(0)) {
      node.answering("Filecoin.ChainHead", head(bootstrapEpoch() + 30));
      Readiness readiness = probe(node, 20);

      assertThat(readiness.phase()).isEqualTo(ReadinessPhase.BOOTSTRAPPING);
      assertThat(readiness.lagEpochs()).isEmpty();
      assertThat(readiness.evidence().get(0))
          .contains("no finality certificate yet, 30 epochs (about 15 minutes) after");
    }
  }

  @Test
  void beforeTheBootstrapEpochANodeThatIsNotRunningIsPendingNotNotRunning() throws Exception {
    try (FakeLotusNode node =
        FakeLotusNode.start(chain).withFaults(NodeFaults.NONE.withF3(F3State.NOT_RUNNING))) {
      node.answering("Filecoin.ChainHead", head(bootstrapEpoch() - 120));
      Readiness readiness = probe(node, 20);

      assertThat(readiness.phase()).isEqualTo(ReadinessPhase.PENDING);
      assertThat(readiness.evidence().get(0))
          .isEqualTo(
              "The chain head "
                  + (bootstrapEpoch() - 120)
                  + " is 120 epochs (about 60 minutes) before the bootstrap epoch "
                  + bootstrapEpoch()
                  + "; F3 starts there.");
    }
  }

  @Test
  void notRunningPastTheBootstrapEpochIsNotRunning() throws Exception {
    try (FakeLotusNode node =
        FakeLotusNode.start(chain).withFaults(NodeFaults.NONE.withF3(F3State.NOT_RUNNING))) {
      node.answering("Filecoin.ChainHead", head(bootstrapEpoch()));
      Readiness readiness = probe(node, 20);

      assertThat(readiness.phase()).isEqualTo(ReadinessPhase.NOT_RUNNING);
      assertThat(readiness.observation().manifest()).isPresent();
    }
  }

  @Test
  void disabledF3IsNotRunningAndSaysSo() throws Exception {
    try (FakeLotusNode node =
        FakeLotusNode.start(chain).withFaults(NodeFaults.NONE.withF3(F3State.DISABLED))) {
      Readiness readiness = probe(node, 20);

      assertThat(readiness.phase()).isEqualTo(ReadinessPhase.NOT_RUNNING);
      assertThat(readiness.observation().manifest()).isEmpty();
      assertThat(readiness.evidence().get(0)).startsWith("F3 is disabled on this node");
    }
  }

  @Test
  void aNodeThatCannotBeReachedIsAnRpcFailureNotAPhase() throws Exception {
    FakeLotusNode node = FakeLotusNode.start(chain);
    node.close();

    assertThatThrownBy(() -> probe(node, 20))
        .isInstanceOfSatisfying(
            RpcException.class,
            e -> assertThat(e.reason()).isEqualTo(RpcException.Reason.UNREACHABLE));
  }

  @Test
  void waitingEndsAtTheFirstProbeInSync() throws Exception {
    AtomicInteger heads = new AtomicInteger();
    try (FakeLotusNode node =
        FakeLotusNode.start(chain)
            .withChainHead(() -> heads.getAndIncrement() < 2 ? lastEpoch() + 100 : lastEpoch())) {
      List<ReadinessPhase> seen = new ArrayList<>();
      Readiness last;
      try (LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
        last =
            new ReadinessProbe(client, Duration.ZERO, 20)
                .waitForSync(Duration.ofSeconds(30), r -> seen.add(r.phase()));
      }

      assertThat(seen)
          .containsExactly(ReadinessPhase.STALLED, ReadinessPhase.STALLED, ReadinessPhase.IN_SYNC);
      assertThat(last.phase()).isEqualTo(ReadinessPhase.IN_SYNC);
    }
  }

  @Test
  void waitingGivesUpAtTheDeadlineWithTheLastPhase() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      node.answering("Filecoin.ChainHead", head(lastEpoch() + 100));
      List<ReadinessPhase> seen = new ArrayList<>();
      Readiness last;
      try (LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
        last =
            new ReadinessProbe(client, Duration.ZERO, 20)
                .waitForSync(Duration.ofMillis(1500), r -> seen.add(r.phase()));
      }

      assertThat(last.phase()).isEqualTo(ReadinessPhase.STALLED);
      assertThat(seen).hasSizeBetween(2, 3).allMatch(p -> p == ReadinessPhase.STALLED);
    }
  }
}
