package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever fails, and however the token is given, no output shows it. */
class RpcTokenSecrecyTest {
  static final String TOKEN = "eyJ.tok-Zq7Xv93-distinctive.secret";
  static SyntheticChain chain;

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(9, 5, 4, "f3secret")).generate();
  }

  List<CliRun> everyWayOfGivingTheToken(FakeLotusNode node, String... command) throws Exception {
    Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN);
    String url = node.endpoint().toString();
    String apiInfo = TOKEN + ":/ip4/127.0.0.1/tcp/" + node.endpoint().getPort() + "/http";
    List<CliRun> runs = new ArrayList<>();
    for (List<String> way :
        List.of(
            List.of("--rpc", url, "--token", TOKEN),
            List.of("--rpc", url, "--token-file", tokenFile.toString()),
            List.of("--api-info", apiInfo))) {
      for (boolean json : new boolean[] {false, true}) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(way);
        args.addAll(List.of("--timeout", "0.3", "--retries", "1"));
        if (json) {
          args.add("--json");
        }
        runs.add(CliRun.of(args.toArray(String[]::new)));
      }
    }
    return runs;
  }

  @Test
  void failingRequestsNeverPrintTheToken() throws Exception {
    List<CliRun> runs = new ArrayList<>();
    try (FakeLotusNode refusing = FakeLotusNode.start(chain).requireToken("another")) {
      runs.addAll(
          everyWayOfGivingTheToken(
              refusing, "powertable", "fetch", "--out", dir.resolve("a.json").toString()));
    }
    try (FakeLotusNode echoing =
        FakeLotusNode.start(chain)
            .requireToken(TOKEN)
            .failing("Filecoin.F3GetCertificate", 1, "rejected Bearer " + TOKEN)) {
      runs.addAll(
          everyWayOfGivingTheToken(
              echoing, "certs", "fetch", "--out", dir.resolve("b.json").toString()));
    }
    try (FakeLotusNode failing =
        FakeLotusNode.start(chain)
            .requireToken(TOKEN)
            .withFaults(NodeFaults.NONE.withServerErrors(Integer.MAX_VALUE))) {
      runs.addAll(
          everyWayOfGivingTheToken(
              failing, "certs", "fetch", "--out", dir.resolve("c.json").toString()));
    }
    try (FakeLotusNode slow =
        FakeLotusNode.start(chain)
            .requireToken(TOKEN)
            .withFaults(NodeFaults.NONE.withDelay(Duration.ofSeconds(30)))) {
      runs.addAll(
          everyWayOfGivingTheToken(
              slow, "powertable", "fetch", "--out", dir.resolve("d.json").toString()));
    }

    assertThat(runs).hasSize(24);
    assertThat(runs)
        .allSatisfy(
            run -> {
              assertThat(run.status()).as(run.toString()).isIn(2, 3);
              assertThat(run.out()).doesNotContain(TOKEN).doesNotContain("distinctive");
              assertThat(run.err()).doesNotContain(TOKEN).doesNotContain("distinctive");
            });
    assertThat(runs.get(6).err()).contains("rejected Bearer [token]");
  }

  @Test
  void usageErrorsLeaveTheTokenOut() {
    CliRun pastedTwice =
        CliRun.of(
            "powertable",
            "fetch",
            "--rpc",
            "http://127.0.0.1:1/rpc/v1",
            "--out",
            dir.resolve("t.json").toString(),
            "--token",
            TOKEN,
            TOKEN,
            "--json");
    CliRun apiInfo =
        CliRun.of(
            "certs",
            "fetch",
            "--api-info=" + TOKEN + ":/ip4/1.2.3.4/tcp/1",
            "--out",
            dir.resolve("c.json").toString(),
            "--from",
            TOKEN);

    assertThat(pastedTwice.status()).isEqualTo(2);
    assertThat(pastedTwice.err()).contains("Unmatched argument", "'[token]'");
    assertThat(apiInfo.status()).isEqualTo(2);
    for (CliRun run : List.of(pastedTwice, apiInfo)) {
      assertThat(run.out()).doesNotContain(TOKEN).doesNotContain("distinctive");
      assertThat(run.err()).doesNotContain(TOKEN).doesNotContain("distinctive");
    }
  }
}
