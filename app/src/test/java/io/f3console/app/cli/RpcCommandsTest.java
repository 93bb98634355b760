package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.certs.CertificateFiles;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.NodeFaults.F3State;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code certs fetch} and {@code powertable fetch} against a node in the test JVM. */
class RpcCommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static SyntheticChain chain;
  FakeLotusNode node;

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(17, 7, 15, "f3cli")).generate();
  }

  @BeforeEach
  void start() throws Exception {
    node = FakeLotusNode.start(chain);
  }

  @AfterEach
  void stop() {
    node.close();
  }

  CliRun run(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    if (!all.contains("--rpc") && !all.contains("--api-info")) {
      all.add("--rpc");
      all.add(node.endpoint().toString());
    }
    return CliRun.of(all.toArray(String[]::new));
  }

  @Test
  void fetchedCertificatesAndTableValidateToTheChainsFinalTable() throws Exception {
    Path certs = dir.resolve("certs.json");
    Path table = dir.resolve("table.cbor");

    CliRun fetch = run("certs", "fetch", "--out", certs.toString(), "--concurrency", "3");
    CliRun tableFetch = run("powertable", "fetch", "--out", table.toString(), "--format", "cbor");
    CliRun validate =
        CliRun.of(
            "certs",
            "validate",
            "--network",
            "f3cli",
            "--power-table",
            table.toString(),
            certs.toString(),
            "--json");

    assertThat(fetch.status()).as(fetch.toString()).isZero();
    assertThat(fetch.out())
        .contains(
            "Wrote 15 certificates (instances 0-14) from " + node.endpoint() + " to " + certs);
    assertThat(fetch.err()).contains("certificates 0-14: 15 of 15 in");
    assertThat(CertificateFiles.read(certs)).containsExactlyElementsOf(chain.certificates());
    assertThat(tableFetch.status()).as(tableFetch.toString()).isZero();
    assertThat(tableFetch.lastLine()).isEqualTo(chain.initialTable().cid().toString());
    assertThat(PowerTableFiles.read(table).format()).isEqualTo(PowerTableFormat.DAG_CBOR);
    assertThat(validate.status()).as(validate.toString()).isZero();
    assertThat(JSON.readTree(validate.out()).get("powerTableCid").asText())
        .isEqualTo(chain.finalTable().cid().toString());
  }

  @Test
  void aSubRangeWithJsonOutput() throws Exception {
    Path certs = dir.resolve("part.json");

    CliRun run =
        run("certs", "fetch", "--from", "3", "--to", "5", "-o", certs.toString(), "--json");

    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("firstInstance").asLong()).isEqualTo(3);
    assertThat(node.get("lastInstance").asLong()).isEqualTo(5);
    assertThat(node.get("certificates").asLong()).isEqualTo(3);
    assertThat(CertificateFiles.read(certs))
        .containsExactlyElementsOf(chain.certificates().subList(3, 6));
  }

  @Test
  void theTableOfAnInstanceAsJsonFromAForestNode() throws Exception {
    node.withFaults(NodeFaults.NONE.forest());
    Path table = dir.resolve("table.json");

    CliRun run = run("powertable", "fetch", "--instance", "6", "--out", table.toString(), "--json");

    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("method").asText()).isEqualTo("Filecoin.F3GetF3PowerTableByInstance");
    assertThat(json.get("cid").asText()).isEqualTo(chain.tableOf(6).cid().toString());
    PowerTable written = PowerTableFiles.read(table).toTable();
    assertThat(written).isEqualTo(chain.tableOf(6));
  }

  @Test
  void aTableOtherThanTheManifestsIsNoted() {
    node.withFaults(NodeFaults.NONE.withWrongInitialPowerTable());

    CliRun run = run("powertable", "fetch", "--out", dir.resolve("t.json").toString());

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.err())
        .contains("note: the manifest's InitialPowerTable is " + chain.initialTable().cid());
  }

  @Test
  void disabledF3ExitsThreeWithAPlainMessageAndAHint() {
    node.withFaults(NodeFaults.NONE.withF3(F3State.DISABLED));

    CliRun run = run("certs", "fetch", "--out", dir.resolve("c.json").toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(3);
    assertThat(run.err())
        .startsWith(
            "f3console: F3GetManifest() at "
                + node.endpoint()
                + ": F3 is disabled on this node (error 4: f3 is disabled)\nhint: ");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void notRunningExitsThree() {
    node.withFaults(NodeFaults.NONE.withF3(F3State.NOT_RUNNING));

    CliRun run = run("powertable", "fetch", "--out", dir.resolve("t.json").toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains("F3 is enabled on this node but not running");
  }

  @Test
  void anUnreachableNodeExitsThree() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    CliRun run =
        CliRun.of(
            "certs",
            "fetch",
            "--rpc",
            "http://127.0.0.1:" + port,
            "--out",
            dir.resolve("c.json").toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(3);
    assertThat(run.err())
        .startsWith(
            "f3console: F3GetManifest() at http://127.0.0.1:" + port + "/rpc/v1: cannot connect");
  }

  @Test
  void aSlowNodeTimesOutAndExitsThree() {
    node.withFaults(NodeFaults.NONE.withDelay(Duration.ofSeconds(30)));

    CliRun run =
        run("powertable", "fetch", "--out", dir.resolve("t.json").toString(), "--timeout", "0.2");

    assertThat(run.status()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains("no complete answer within 200 ms");
  }

  @Test
  void aTransientErrorIsRetriedAndAPersistentOneExitsThree() {
    node.withFaults(NodeFaults.NONE.withServerErrors(1));
    CliRun recovered =
        run(
            "certs",
            "fetch",
            "--from",
            "0",
            "--to",
            "2",
            "--out",
            dir.resolve("ok.json").toString(),
            "--retries",
            "1");
    node.withFaults(NodeFaults.NONE.withServerErrors(Integer.MAX_VALUE));
    CliRun failed =
        run(
            "certs",
            "fetch",
            "--from",
            "0",
            "--to",
            "2",
            "--out",
            dir.resolve("failed.json").toString(),
            "--retries",
            "1");

    assertThat(recovered.status()).as(recovered.toString()).isZero();
    assertThat(failed.status()).as(failed.toString()).isEqualTo(3);
    assertThat(failed.err()).contains("HTTP 500", "gave up after 2 attempts");
    assertThat(dir.resolve("failed.json")).doesNotExist();
    assertThat(dir.resolve("failed.json.part")).doesNotExist();
  }

  @Test
  void aMissingCertificateLeavesNoFileAndExitsTwo() {
    node.withFaults(NodeFaults.NONE.withoutCertificate(8));
    Path out = dir.resolve("c.json");

    CliRun run = run("certs", "fetch", "--out", out.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("F3GetCertificate(8)", "no certificate for instance 8");
    assertThat(out).doesNotExist();
    assertThat(dir.resolve("c.json.part")).doesNotExist();
  }

  @Test
  void aMalformedAnswerExitsThreeAsANodeThatCannotGiveWhatWasAsked() {
    node.withFaults(NodeFaults.NONE.withMalformedJson());

    CliRun run = run("powertable", "fetch", "--out", dir.resolve("t.json").toString(), "--json");

    assertThat(run.status()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains("malformed answer");
    assertThat(run.out()).contains("\"exitCode\" : 3");
  }

  @Test
  void aRefusedTokenExitsTwoWithAHint() {
    node.requireToken("right-token");

    CliRun run =
        run(
            "powertable",
            "fetch",
            "--out",
            dir.resolve("t.json").toString(),
            "--token",
            "wrong-token");

    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("HTTP 401 (the token was not accepted)", "hint: give the");
  }

  @Test
  void theTokenComesFromAFileOrFromApiInfo() throws Exception {
    node.requireToken("file-token");
    Path tokenFile = dir.resolve("token");
    Files.writeString(tokenFile, "file-token\n");
    String apiInfo = "file-token:/ip4/127.0.0.1/tcp/" + node.endpoint().getPort() + "/http";

    CliRun fromFile =
        run(
            "powertable",
            "fetch",
            "--out",
            dir.resolve("a.json").toString(),
            "--token-file",
            tokenFile.toString());
    CliRun fromApiInfo =
        CliRun.of(
            "powertable",
            "fetch",
            "--api-info",
            apiInfo,
            "--out",
            dir.resolve("b.json").toString());

    assertThat(fromFile.status()).as(fromFile.toString()).isZero();
    assertThat(fromApiInfo.status()).as(fromApiInfo.toString()).isZero();
    assertThat(fromApiInfo.out()).contains("at " + node.endpoint());
  }

  @Test
  void anApiInfoTokenIsNotSentToAnotherNode() throws Exception {
    node.requireToken("token-of-another-node");
    String apiInfo = "token-of-another-node:/ip4/127.0.0.1/tcp/1/http";

    CliRun run =
        CliRun.of(
            "powertable",
            "fetch",
            "--api-info",
            apiInfo,
            "--rpc",
            node.endpoint().toString(),
            "--out",
            dir.resolve("t.json").toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("HTTP 401 (no token was given)");
  }

  @Test
  void badNodeOptionsAreBadInput() {
    CliRun both =
        run(
            "powertable",
            "fetch",
            "--out",
            dir.resolve("t.json").toString(),
            "--token",
            "a",
            "--token-file",
            dir.resolve("token").toString());
    CliRun badUrl =
        CliRun.of(
            "powertable",
            "fetch",
            "--rpc",
            "ftp://host/rpc/v1",
            "--out",
            dir.resolve("t.json").toString());
    CliRun noFile =
        run(
            "powertable",
            "fetch",
            "--out",
            dir.resolve("t.json").toString(),
            "--token-file",
            dir.resolve("absent").toString());

    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).contains("give --token or --token-file, not both");
    assertThat(badUrl.status()).isEqualTo(2);
    assertThat(badUrl.err()).contains("--rpc: the URL \"ftp://host/rpc/v1\" must be http");
    assertThat(noFile.status()).isEqualTo(2);
    assertThat(noFile.err()).contains("no such token file");
  }

  @Test
  void anExistingOutputNeedsForce() throws Exception {
    Path out = Files.writeString(dir.resolve("exists.json"), "keep");

    CliRun refused = run("certs", "fetch", "--to", "1", "--out", out.toString());
    CliRun forced = run("certs", "fetch", "--to", "1", "--out", out.toString(), "--force");

    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err()).contains("already exists (use --force to overwrite)");
    assertThat(forced.status()).as(forced.toString()).isZero();
    assertThat(CertificateFiles.read(out)).hasSize(2);
  }
}
