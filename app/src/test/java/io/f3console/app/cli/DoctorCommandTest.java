package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.snapshot.CarWriter;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.SnapshotExport;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.NodeFaults.F3State;
import io.f3console.core.validation.CertificateStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code f3console doctor} against a node in the test JVM. */
class DoctorCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOKEN = "doctor-secret-token";
  static SyntheticChain chain;
  FakeLotusNode node;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(31, 5, 4, "f3clidoctor")).generate();
  }

  @BeforeEach
  void start() throws Exception {
    node = FakeLotusNode.start(chain).requireToken(TOKEN);
  }

  @AfterEach
  void stop() {
    node.close();
  }

  CliRun doctor(String rpc, String... more) {
    String[] base = {
      "doctor",
      "--rpc",
      rpc,
      "--token",
      TOKEN,
      "--network",
      "f3clidoctor",
      "--initial-power-table",
      chain.initialTable().cid().toString(),
      "--progress-pause",
      "0",
      "--timeout",
      "1"
    };
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CliRun.of(args);
  }

  @Test
  void theChecklistAppearsCheckByCheckWhileTheDoctorRuns() throws Exception {
    node.withFaults(NodeFaults.NONE.withDelay(java.time.Duration.ofMillis(400)));
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    String[] args = {
      "--no-history",
      "doctor",
      "--rpc",
      node.endpoint().toString(),
      "--token",
      TOKEN,
      "--network",
      "f3clidoctor",
      "--initial-power-table",
      chain.initialTable().cid().toString(),
      "--progress-pause",
      "0",
      "--timeout",
      "5"
    };
    java.util.concurrent.ExecutorService runner =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      java.util.concurrent.Future<Integer> run =
          runner.submit(
              () ->
                  F3ConsoleCommand.run(
                      args,
                      new java.io.PrintWriter(out, true),
                      new java.io.PrintWriter(err, true)));
      while (!out.toString().contains("✔ The node answers") && !run.isDone()) {
        Thread.sleep(10);
      }

      boolean finishedBeforeTheFirstCheckShowed = run.isDone();
      assertThat(finishedBeforeTheFirstCheckShowed)
          .as("the first check printed while later checks still wait for the node: %s", out)
          .isFalse();
      assertThat(out.toString()).doesNotContain("Result:");
      assertThat(run.get(60, java.util.concurrent.TimeUnit.SECONDS)).isZero();
      assertThat(out.toString()).contains("Result: ");
    } finally {
      runner.shutdownNow();
    }
  }

  @Test
  void aHealthyNodeGetsAChecklistOfPassesAndExitsZero() {
    CliRun run = doctor(node.endpoint().toString());

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out())
        .startsWith("F3 doctor for " + node.endpoint() + ", network f3clidoctor (no profile)")
        .contains(
            "✔ The node answers",
            "✔ F3 is enabled and running",
            "✔ Certificate 0 is signed by the initial power table the node serves",
            "✔ The current committee is the one the certificates commit to",
            // a custom network has no consensus minimum, so the table is not recomputed
            "– The node has the state at the lookback epoch, and the table computed from it is"
                + " the manifest's",
            "Not recomputed: the network has no profile")
        .doesNotContain("✘", "⚠");
    assertThat(run.lastLine()).isEqualTo("Result: PASS (9 passed, 0 warned, 0 failed, 1 skipped)");
    assertThat(run.out() + run.err()).doesNotContain(TOKEN);
  }

  @Test
  void theTableRecomputedFromTheNodesStateIsShownInTextAndJson() throws Exception {
    String computed = "bafy2bzaceactory6tjsmcdbf6isykhdar6zri5dpo67kkakf7shtaj26ssjfa";
    String mainnet = "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";
    // butterflynet's manifest bootstrapping at 900, so that the lookback tipset is its genesis
    String manifest =
        io.f3console.core.testing.SharedData.text("lotus_f3manifest_butterfly.json")
            .replaceFirst("\"BootstrapEpoch\"\\s*:\\s*1000", "\"BootstrapEpoch\": 900")
            .replaceFirst(
                "\"InitialPowerTable\"\\s*:\\s*null",
                "\"InitialPowerTable\": {\"/\": \"" + mainnet + "\"}");
    try (io.f3console.core.blocks.CarBlockSource genesis =
            io.f3console.core.blocks.CarBlockSource.open(
                io.f3console.core.testing.SharedData.file(
                    "state/lotus_genesis_butterflynet_2026-05_actorsv17.car.zst"));
        FakeLotusNode state =
            FakeLotusNode.serving(genesis)
                .answering("Filecoin.F3GetManifest", manifest)
                .answering(
                    "Filecoin.ChainGetTipSetByHeight",
                    "{\"Cids\":[{\"/\":\""
                        + genesis.roots().get(0)
                        + "\"}],\"Blocks\":[],\"Height\":0}")) {
      String[] args = {
        "doctor",
        "--rpc",
        state.endpoint().toString(),
        "--network",
        "butterfly",
        "--progress-pause",
        "0",
        "--timeout",
        "5"
      };
      CliRun run = CliRun.of(args);
      String[] jsonArgs = java.util.Arrays.copyOf(args, args.length + 1);
      jsonArgs[args.length] = "--json";
      CliRun json = CliRun.of(jsonArgs);

      assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
      assertThat(run.out())
          .contains(
              "✘ The node has the state at the lookback epoch, and the"
                  + " table computed from it is the manifest's")
          .contains(computed)
          .contains(mainnet);
      JsonNode check = null;
      for (JsonNode each : JSON.readTree(json.out()).path("checks")) {
        if (each.path("id").asText().equals("lookback-state")) {
          check = each;
        }
      }
      assertThat(check).isNotNull();
      assertThat(check.path("verdict").asText()).isEqualTo("FAIL");
      assertThat(check.path("reason").asText()).isEqualTo("LOOKBACK_TABLE_MISMATCH");
      assertThat(check.path("details").path("computed").asText()).isEqualTo(computed);
      assertThat(check.path("details").path("manifest").asText()).isEqualTo(mainnet);
    }
  }

  @Test
  void disabledF3ExitsOneWithTheRemedyAndSkipsTheRest() throws Exception {
    node.withFaults(NodeFaults.NONE.withF3(F3State.DISABLED));

    CliRun run = doctor(node.endpoint().toString());
    CliRun json = doctor(node.endpoint().toString(), "--json");

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    assertThat(run.out())
        .contains(
            "✘ F3 readiness: not running",
            "LOTUS_DISABLE_F3_SUBSYSTEM",
            "– F3 is enabled and running",
            "Counted under \"F3 readiness: not running\" (its root cause)",
            "– The node runs the chosen network");
    assertThat(run.lastLine()).isEqualTo("Result: FAIL (1 passed, 0 warned, 1 failed, 8 skipped)");
    assertThat(json.status()).isEqualTo(ExitCodes.FOUND_WRONG);
    JsonNode tree = JSON.readTree(json.out());
    assertThat(tree.path("overall").asText()).isEqualTo("FAIL");
    assertThat(tree.path("checks")).hasSize(10);
    assertThat(tree.path("checks").get(1).path("id").asText()).isEqualTo("readiness");
    assertThat(tree.path("checks").get(1).path("reason").asText()).isEqualTo("F3_DISABLED");
    assertThat(tree.path("checks").get(1).path("verdict").asText()).isEqualTo("FAIL");
    assertThat(tree.path("checks").get(1).path("remedy").asText())
        .contains("LOTUS_DISABLE_F3_SUBSYSTEM");
    assertThat(tree.path("checks").get(1).path("details").path("phase").asText())
        .isEqualTo("NOT_RUNNING");
    assertThat(tree.path("checks").get(2).path("verdict").asText()).isEqualTo("SKIPPED");
    assertThat(tree.path("checks").get(2).path("details").path("reason").asText())
        .isEqualTo("F3_DISABLED");
    assertThat(json.out() + json.err() + run.out() + run.err()).doesNotContain(TOKEN);
  }

  @Test
  void anUnreachableNodeFailsTheFirstCheckAndExitsThree() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    CliRun run = doctor("http://127.0.0.1:" + port + "/rpc/v1");
    CliRun json = doctor("http://127.0.0.1:" + port + "/rpc/v1", "--json");

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(json.status()).as(json.toString()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(JSON.readTree(json.out()).path("nodeUnreachable").asBoolean()).isTrue();
    assertThat(JSON.readTree(json.out()).path("checks").get(0).path("reason").asText())
        .isEqualTo("NODE_UNREACHABLE");
    assertThat(run.out())
        .contains("✘ The node answers", "→ Check the URL", "– F3 is enabled and running");
    assertThat(run.lastLine()).isEqualTo("Result: FAIL (0 passed, 0 warned, 1 failed, 9 skipped)");
  }

  @Test
  void aNodeAnsweringOnlyHttpErrorsOrOnlyMalformedAnswersExitsThree() {
    node.withFaults(NodeFaults.NONE.withServerErrors(Integer.MAX_VALUE));
    CliRun http = doctor(node.endpoint().toString(), "--retries", "0");
    node.withFaults(NodeFaults.NONE.withMalformedJson());
    CliRun malformed = doctor(node.endpoint().toString());

    assertThat(http.status()).as(http.toString()).isEqualTo(ExitCodes.UNREACHABLE);
    // a node whose answers are not Lotus JSON-RPC cannot be diagnosed: the source failed
    assertThat(malformed.status()).as(malformed.toString()).isEqualTo(ExitCodes.UNREACHABLE);
  }

  @Test
  void anotherInitialTableIsOneFailureWithItsConsequencesInTextAndJson() throws Exception {
    node.withFaults(NodeFaults.NONE.withWrongInitialPowerTable());

    CliRun run = doctor(node.endpoint().toString());
    CliRun json = doctor(node.endpoint().toString(), "--json");

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    assertThat(run.out())
        .contains(
            "✘ The manifest, the node and certificate 0 agree on the"
                + " network's initial power table",
            "    Consequences:",
            "      ↳ Certificate 0 does not validate against the table the node serves",
            "– Certificate 0 is signed by the initial power table the node serves");
    assertThat(run.lastLine()).isEqualTo("Result: FAIL (7 passed, 0 warned, 1 failed, 2 skipped)");
    JsonNode initial = JSON.readTree(json.out()).path("checks").get(4);
    assertThat(initial.path("id").asText()).isEqualTo("initial-power-table");
    assertThat(initial.path("reason").asText()).isEqualTo("FOREIGN_INITIAL_POWER_TABLE");
    assertThat(initial.path("consequences")).isNotEmpty();
    assertThat(initial.path("consequences").get(0).asText())
        .startsWith("Certificate 0 does" + " not validate");
    assertThat(initial.path("remedy").asText())
        .doesNotContain(chain.initialTable().cid().toString());
  }

  @Test
  void aNodeOfAnotherNetworkFailsAndAMalformedCidOrNoNetworkExitsTwo() {
    CliRun malformed =
        CliRun.of(
            "doctor",
            "--rpc",
            node.endpoint().toString(),
            "--token",
            TOKEN,
            "--network",
            "f3clidoctor",
            "--progress-pause",
            "0",
            "--initial-power-table",
            chain.tableOf(0).cid().toString().replace('a', 'b'));
    CliRun other =
        CliRun.of(
            "doctor",
            "--rpc",
            node.endpoint().toString(),
            "--token",
            TOKEN,
            "--network",
            "mainnet",
            "--progress-pause",
            "0");
    CliRun missing = CliRun.of("doctor", "--rpc", node.endpoint().toString());

    assertThat(malformed.status()).as(malformed.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(other.status()).as(other.toString()).isEqualTo(ExitCodes.FOUND_WRONG);
    assertThat(other.out())
        .contains(
            "✘ The node runs the chosen network",
            "The node's F3 network is f3clidoctor, not filecoin.",
            "✘ The manifest, the node and certificate 0 agree on the network's initial power"
                + " table");
    assertThat(missing.status()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void aSnapshotGetsItsOwnChecklistAndBothSourcesAtOnceAreBadInput(@TempDir Path dir)
      throws Exception {
    Path car =
        SnapshotExport.writeCar(
                dir.resolve("chain.car"),
                CarWriter.Format.V1,
                F3SnapshotHeader.of(0, 3, chain.initialTable()),
                CertificateStream.of(chain.certificates()),
                false,
                SnapshotExport.Progress.NONE)
            .path();

    CliRun run =
        CliRun.of(
            "doctor",
            "--snapshot",
            car.toString(),
            "--network",
            "f3clidoctor",
            "--initial-power-table",
            chain.initialTable().cid().toString());
    CliRun both =
        CliRun.of(
            "doctor",
            "--snapshot",
            car.toString(),
            "--rpc",
            node.endpoint().toString(),
            "--network",
            "f3clidoctor");

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "✔ The snapshot is v2 and carries F3 data",
            "✔ Every certificate in it validates, signatures included",
            "4 certificates validate");
    assertThat(run.lastLine()).isEqualTo("Result: PASS (4 passed, 0 warned, 0 failed, 0 skipped)");
    assertThat(both.status()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(both.err()).contains("give --rpc or --snapshot, not both");
  }
}
