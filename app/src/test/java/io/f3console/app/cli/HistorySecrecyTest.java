package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.SessionSummary;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.FakeLotusNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** However the token is given, and whatever the node answers, the history never holds it. */
class HistorySecrecyTest {
  static final String TOKEN = "eyJ.hist-Vb52Qe7-recognisable.secret";
  static SyntheticChain chain;

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(43, 5, 4, "f3histsecret")).generate();
  }

  /** One run per way of giving the token, each with its own output file. */
  List<CliRun> everyWay(RecordedRuns history, FakeLotusNode node, String... command)
      throws Exception {
    Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN + "\n");
    String url = node.endpoint().toString();
    String apiInfo = TOKEN + ":/ip4/127.0.0.1/tcp/" + node.endpoint().getPort() + "/http";
    List<CliRun> runs = new ArrayList<>();
    int n = 0;
    for (List<String> way :
        List.of(
            List.of("--rpc", url, "--token", TOKEN),
            List.of("--rpc", url, "--token-file", tokenFile.toString()),
            List.of("--api-info", apiInfo))) {
      List<String> args = new ArrayList<>(List.of(command));
      if (List.of(command).contains("fetch")) {
        args.addAll(
            List.of("--out", dir.resolve("out" + n++ + "-" + System.nanoTime()).toString()));
      }
      args.addAll(way);
      args.addAll(List.of("--timeout", "2", "--retries", "0"));
      runs.add(history.run(args.toArray(String[]::new)));
    }
    return runs;
  }

  @Test
  void noTokenReachesTheDatabaseOrAnyReport() throws Exception {
    RecordedRuns history = new RecordedRuns(dir.resolve("history.db"));
    // Held open, so that the write-ahead log stays on disk to be searched too.
    try (HistoryStore reader = HistoryStore.open(history.db())) {
      assertThat(reader.schemaVersion()).isPositive();
      recordEveryWay(history);
      assertThat(Path.of(history.db() + "-wal")).exists();
      for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
        Path file = Path.of(history.db() + suffix);
        if (Files.exists(file)) {
          String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
          assertThat(bytes)
              .as(file.toString())
              .doesNotContain(TOKEN)
              .doesNotContain("recognisable");
        }
      }
    }
  }

  private void recordEveryWay(RecordedRuns history) throws Exception {
    List<CliRun> runs = new ArrayList<>();
    try (FakeLotusNode good = FakeLotusNode.start(chain).requireToken(TOKEN)) {
      runs.addAll(everyWay(history, good, "powertable", "fetch"));
      runs.addAll(everyWay(history, good, "certs", "fetch"));
      runs.addAll(
          everyWay(
              history,
              good,
              "doctor",
              "--network",
              "f3histsecret",
              "--progress-pause",
              "0",
              "--initial-power-table",
              chain.initialTable().cid().toString()));
    }
    try (FakeLotusNode echoing =
        FakeLotusNode.start(chain)
            .requireToken(TOKEN)
            .failing("Filecoin.F3GetCertificate", 1, "rejected Bearer " + TOKEN)) {
      runs.addAll(everyWay(history, echoing, "certs", "fetch"));
    }
    try (FakeLotusNode refusing = FakeLotusNode.start(chain).requireToken("another-token")) {
      runs.addAll(everyWay(history, refusing, "powertable", "fetch"));
    }

    assertThat(runs).hasSize(15);
    assertThat(runs.subList(0, 9))
        .allSatisfy(run -> assertThat(run.status()).as(run.toString()).isZero());
    assertThat(runs.subList(9, 15))
        .allSatisfy(run -> assertThat(run.status()).as(run.toString()).isIn(2, 3));
    List<SessionSummary> sessions = history.sessions();
    assertThat(sessions).hasSize(15);
    List<String> reports = new ArrayList<>();
    for (SessionSummary session : sessions) {
      String id = Long.toString(session.id());
      for (String[] report :
          List.of(
              new String[] {"history", "show", id},
              new String[] {"history", "show", id, "--json"},
              new String[] {"history", "export", id, "--format", "md"},
              new String[] {"history", "export", id, "--format", "json"})) {
        CliRun run = history.run(report);
        assertThat(run.status()).as(run.toString()).isZero();
        reports.add(run.out());
      }
    }
    assertThat(String.join("\n", reports))
        .contains("--token [token]", "--token-file", "rejected Bearer [token]")
        .doesNotContain(TOKEN)
        .doesNotContain("recognisable");
  }

  @Test
  void credentialsInsideAUrlAreNeitherEchoedNorStored() throws Exception {
    RecordedRuns history = new RecordedRuns(dir.resolve("history.db"));
    List<CliRun> runs = new ArrayList<>();
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      int port = node.endpoint().getPort();
      runs.add(
          history.run(
              "powertable",
              "fetch",
              "--rpc",
              "http://127.0.0.1:" + port + "/rpc/v1?token=url-Query-Secret-1",
              "--out",
              dir.resolve("table.json").toString(),
              "--timeout",
              "5"));
      runs.add(
          history.run(
              "certs",
              "fetch",
              "--rpc",
              "ftp://operator:url-Userinfo-Secret-2@127.0.0.1:" + port + "/rpc/v1",
              "--out",
              dir.resolve("certs").toString()));
      runs.add(
          history.run(
              "certs",
              "validate",
              "rpc:http://operator:url-Userinfo-Secret-3@127.0.0.1:1/rpc/v1",
              "--timeout",
              "2"));
    }

    assertThat(runs.get(0).status()).as(runs.get(0).toString()).isZero();
    assertThat(runs.get(1).status()).as(runs.get(1).toString()).isEqualTo(2);
    assertThat(runs.get(2).status()).as(runs.get(2).toString()).isIn(2, 3);
    List<String> seen = new ArrayList<>();
    for (CliRun run : runs) {
      seen.add(run.toString());
    }
    for (SessionSummary session : history.sessions()) {
      CliRun show = history.run("history", "show", Long.toString(session.id()), "--json");
      seen.add(show.out());
    }
    assertThat(String.join("\n", seen))
        .contains("token=[token]", "[token]@127.0.0.1")
        .doesNotContain("url-Query-Secret")
        .doesNotContain("url-Userinfo-Secret");
    String bytes = new String(Files.readAllBytes(history.db()), StandardCharsets.ISO_8859_1);
    assertThat(bytes).doesNotContain("url-Query-Secret").doesNotContain("url-Userinfo-Secret");
  }

  @Test
  void theTokenOfTheEnvironmentAndOfTokenFilesIsASecretOfTheRun() throws Exception {
    Path file = Files.writeString(dir.resolve("node.token"), "  file-token-value-123\n");
    String[] args = {
      "certs",
      "fetch",
      "--token-file",
      file.toString(),
      "--api-info",
      "arg-token-456:/ip4/127.0.0.1/tcp/1234/http",
      "--token=plain-token-789"
    };

    List<String> secrets =
        RunSecrets.of(
            args, Map.of("FULLNODE_API_INFO", "env-token-0ab:/ip4/127.0.0.1/tcp/1234/http"));

    assertThat(secrets)
        .contains("file-token-value-123", "arg-token-456", "plain-token-789", "env-token-0ab");
    assertThat(
            RunSecrets.of(new String[] {"--token-file", dir.resolve("none").toString()}, Map.of()))
        .isEmpty();
  }
}
