package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.NodeFaults.F3State;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code f3console doctor --ready} against a node in each phase: the phase name and exit code. */
class DoctorReadyCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static SyntheticChain chain;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(37, 5, 4, "f3cliready")).generate();
  }

  static long lastEpoch() {
    return chain.certificates().get(chain.certificates().size() - 1).chain().head().epoch();
  }

  static long bootstrapEpoch() {
    return chain.certificates().get(0).chain().base().epoch() + 900;
  }

  static String head(long epoch) {
    return "{\"Cids\":[],\"Blocks\":[],\"Height\":" + epoch + "}";
  }

  static CliRun ready(FakeLotusNode node, String... more) {
    String[] base = {
      "--no-history",
      "doctor",
      "--ready",
      "--rpc",
      node.endpoint().toString(),
      "--network",
      "f3cliready",
      "--progress-pause",
      "0.05",
      "--timeout",
      "5"
    };
    return CliRun.of(ReleaseCheckGoldenTest.append(base, more));
  }

  static JsonNode json(CliRun run) throws Exception {
    return JSON.readTree(run.out());
  }

  @Test
  void inSyncExitsZeroAndSaysSoInTextAndJson() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      node.answering("Filecoin.ChainHead", head(lastEpoch() + 3));
      CliRun text = ready(node);
      CliRun json = ready(node, "--json");

      assertThat(text.status()).as(text.toString()).isZero();
      assertThat(text.out())
          .startsWith("F3 readiness of " + node.endpoint() + ": in sync\n")
          .contains("behind (about 1 minute), within the 20 allowed")
          .doesNotContain("Exception");
      assertThat(json.status()).isZero();
      JsonNode result = json(json);
      assertThat(result.path("phase").asText()).isEqualTo("IN_SYNC");
      assertThat(result.path("phaseName").asText()).isEqualTo("in sync");
      assertThat(result.path("lagEpochs").asLong()).isEqualTo(3);
      assertThat(result.path("latestInstance").asLong()).isEqualTo(3);
      assertThat(result.path("progressAfter").path("phase").asText()).isEqualTo("QUALITY");
    }
  }

  @Test
  void everyOtherPhaseExitsOneWithItsName() throws Exception {
    try (FakeLotusNode stalled = FakeLotusNode.start(chain);
        FakeLotusNode catchingUp = FakeLotusNode.start(chain).withAdvancingProgress();
        FakeLotusNode bootstrapping = FakeLotusNode.start(chain).publish(0);
        FakeLotusNode pending =
            FakeLotusNode.start(chain).withFaults(NodeFaults.NONE.withF3(F3State.NOT_RUNNING));
        FakeLotusNode notRunning =
            FakeLotusNode.start(chain).withFaults(NodeFaults.NONE.withF3(F3State.NOT_RUNNING));
        FakeLotusNode disabled =
            FakeLotusNode.start(chain).withFaults(NodeFaults.NONE.withF3(F3State.DISABLED))) {
      stalled.answering("Filecoin.ChainHead", head(lastEpoch() + 100));
      catchingUp.answering("Filecoin.ChainHead", head(lastEpoch() + 100));
      bootstrapping.answering("Filecoin.ChainHead", head(bootstrapEpoch() + 1));
      pending.answering("Filecoin.ChainHead", head(bootstrapEpoch() - 1));
      notRunning.answering("Filecoin.ChainHead", head(bootstrapEpoch()));

      assertPhase(stalled, "STALLED", "stalled");
      assertPhase(catchingUp, "CATCHING_UP", "catching up");
      assertPhase(bootstrapping, "BOOTSTRAPPING", "bootstrapping");
      assertPhase(pending, "PENDING", "pending");
      assertPhase(notRunning, "NOT_RUNNING", "not running");
      assertPhase(disabled, "NOT_RUNNING", "not running");
    }
  }

  private static void assertPhase(FakeLotusNode node, String phase, String name) throws Exception {
    CliRun text = ready(node);
    CliRun json = ready(node, "--json");

    assertThat(text.status()).as(text.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    assertThat(text.out()).startsWith("F3 readiness of " + node.endpoint() + ": " + name + "\n");
    assertThat(json.status()).as(json.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    assertThat(json(json).path("phase").asText()).isEqualTo(phase);
    assertThat(json(json).path("inSync").asBoolean()).isFalse();
  }

  @Test
  void anUnreachableNodeExitsThree() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    CliRun run =
        CliRun.of(
            "--no-history",
            "doctor",
            "--ready",
            "--rpc",
            "http://127.0.0.1:" + port + "/rpc/v1",
            "--network",
            "mainnet",
            "--timeout",
            "1",
            "--retries",
            "0");

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void waitProbesUntilInSyncAndSaysHowManyProbesItTook() throws Exception {
    AtomicInteger heads = new AtomicInteger();
    try (FakeLotusNode node =
        FakeLotusNode.start(chain)
            .withChainHead(() -> heads.getAndIncrement() < 2 ? lastEpoch() + 100 : lastEpoch())) {
      CliRun run = ready(node, "--wait", "30s");

      assertThat(run.status()).as(run.toString()).isZero();
      assertThat(run.out())
          .contains("probe 1: stalled, 100 epochs behind\nprobe 2: stalled, 100 epochs behind\n")
          .contains(": in sync\n")
          .contains("In sync after 3 probes (waited up to 30s).");
    }
  }

  @Test
  void waitGivesUpWithExitOneAndWaitWithoutReadyIsBadInput() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      node.answering("Filecoin.ChainHead", head(lastEpoch() + 100));
      CliRun run = ready(node, "--wait", "1s", "--json");
      CliRun alone =
          CliRun.of(
              "--no-history",
              "doctor",
              "--rpc",
              node.endpoint().toString(),
              "--network",
              "f3cliready",
              "--wait",
              "1s");

      assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
      assertThat(json(run).path("phase").asText()).isEqualTo("STALLED");
      assertThat(json(run).path("probes").asInt()).isGreaterThanOrEqualTo(2);
      assertThat(json(run).path("waitSeconds").asLong()).isEqualTo(1);
      assertThat(alone.status()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(alone.err()).contains("--wait goes with --ready");
    }
  }
}
