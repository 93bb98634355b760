package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.Launcher;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.ChildJava;
import io.f3console.core.testing.FakeLotusNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a node command finds its node: a malformed address is bad input naming where it came from,
 * {@code FULLNODE_API_INFO} counts only when no node is named, and a token on the command line is
 * warned about.
 */
class NodeAddressTest {
  static final String BROKEN = "env-Token-77:/ip6/:::1/tcp/1234/http";
  static SyntheticChain chain;

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(29, 4, 3, "f3address")).generate();
  }

  @Test
  void aMalformedMultiaddrOnTheCommandLineIsBadInputNamingTheOption() {
    for (List<String> way :
        List.of(
            List.of("--rpc", "/ip6/:::1/tcp/1234/http"),
            List.of("--rpc", "rpc:/ip6/:::1/tcp/1234/http"),
            List.of("--api-info", "arg-Token-55:/ip6/:::1/tcp/1234/http"),
            List.of("--rpc", "http://[:::1]:1234/rpc/v1"))) {
      for (String[] command :
          List.of(
              new String[] {"powertable", "fetch", "--out", dir.resolve("t.json").toString()},
              new String[] {"certs", "fetch", "--out", dir.resolve("c.json").toString()},
              new String[] {"doctor", "--network", "mainnet"})) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(way);
        args.add("--no-history");
        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.status()).as(run.toString()).isEqualTo(2);
        assertThat(run.err())
            .as(run.toString())
            .contains("f3console: " + way.get(0) + ": ")
            .doesNotContain("internal error")
            .doesNotContain("arg-Token-55");
      }
    }
  }

  @Test
  void aBrokenEnvironmentCountsOnlyWhenNoNodeIsNamed() throws Exception {
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      Child named =
          child(
              "powertable",
              "fetch",
              "--rpc",
              node.endpoint().toString(),
              "--out",
              dir.resolve("table.json").toString());
      Child unnamed = child("powertable", "fetch", "--out", dir.resolve("t2.json").toString());

      assertThat(named.status).as(named.toString()).isZero();
      assertThat(dir.resolve("table.json")).exists();
      assertThat(unnamed.status).as(unnamed.toString()).isEqualTo(2);
      assertThat(unnamed.err)
          .as(unnamed.toString())
          .contains("FULLNODE_API_INFO: the multiaddr")
          .contains("invalid IPv6 address")
          .doesNotContain("env-Token-77")
          .doesNotContain("Exception");
    }
  }

  @Test
  void aTokenOnTheCommandLineIsWarnedAboutAndATokenFileIsNot() throws Exception {
    Path tokenFile = Files.writeString(dir.resolve("token"), "file-Token-12\n");
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      String url = node.endpoint().toString();
      String address = "/ip4/127.0.0.1/tcp/" + node.endpoint().getPort() + "/http";
      CliRun token = fetch("--rpc", url, "--token", "arg-Token-34");
      CliRun tokenEquals = fetch("--rpc", url, "--token=arg-Token-34");
      CliRun apiInfo = fetch("--api-info", "arg-Token-34:" + address);
      CliRun apiInfoWithoutToken = fetch("--api-info", address);
      CliRun file = fetch("--rpc", url, "--token-file", tokenFile.toString());

      for (CliRun run : List.of(token, tokenEquals, apiInfo)) {
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err())
            .as(run.toString())
            .contains("can be read by every local user")
            .contains("prefer --token-file")
            .doesNotContain("arg-Token-34");
      }
      for (CliRun run : List.of(apiInfoWithoutToken, file)) {
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.err()).as(run.toString()).doesNotContain("every local user");
      }
    }
  }

  @Test
  void theHelpOfTheNodeOptionsSaysWhoCanReadAToken() {
    CliRun help = CliRun.of("certs", "fetch", "--help");

    assertThat(help.status()).isZero();
    assertThat(help.out().replaceAll("\\s+", " "))
        .contains("Visible to every local user (in the process list)")
        .contains("prefer --token-file")
        .contains("read only when no node is named");
  }

  private CliRun fetch(String... way) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "powertable",
                "fetch",
                "--no-history",
                "--out",
                dir.resolve("out-" + System.nanoTime() + ".json").toString()));
    args.addAll(List.of(way));
    return CliRun.of(args.toArray(String[]::new));
  }

  private record Child(int status, String out, String err) {}

  /** The command line in a new JVM whose FULLNODE_API_INFO is broken. */
  private Child child(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--no-history");
    ProcessBuilder builder =
        new ProcessBuilder(
                ChildJava.command(List.of("-Xmx256m"), Launcher.class, all.toArray(String[]::new)))
            .redirectInput(ProcessBuilder.Redirect.from(ChildJava.nullDevice()))
            .redirectOutput(dir.resolve("child.out").toFile())
            .redirectError(dir.resolve("child.err").toFile());
    builder.environment().put("FULLNODE_API_INFO", BROKEN);
    Process process = builder.start();
    boolean ended;
    try {
      ended = process.waitFor(120, TimeUnit.SECONDS);
    } finally {
      process.destroyForcibly();
    }
    assertThat(ended).as("the child ended").isTrue();
    return new Child(
        process.exitValue(),
        Files.readString(dir.resolve("child.out"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("child.err"), StandardCharsets.UTF_8));
  }
}
