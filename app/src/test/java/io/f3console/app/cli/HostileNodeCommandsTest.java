package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.f3console.app.Launcher;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.ChildJava;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.HostileNode;
import io.f3console.core.testing.HostileNode.Attack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every command that talks to a node, against a node that attacks it: each ends with a one-line
 * message and exit 3 within its time limit, the token reaches no other host and is neither printed
 * nor stored, and answers of any size leave a small heap standing.
 */
@Isolated("it loads the machine")
class HostileNodeCommandsTest {
  static final String TOKEN = "hostile-Cli-Token-7e5";
  static SyntheticChain chain;

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(37, 4, 6, "f3hostilecli")).generate();
  }

  /** The node commands, each asking {@code url}, with their own files. */
  List<String[]> commands(String url, Path tokenFile) {
    String[] access = {"--token-file", tokenFile.toString(), "--timeout", "3", "--retries", "0"};
    List<String[]> commands = new ArrayList<>();
    commands.add(
        join(new String[] {"certs", "fetch", "--rpc", url, "--out", file("certs.json")}, access));
    commands.add(
        join(
            new String[] {"powertable", "fetch", "--rpc", url, "--out", file("table.json")},
            access));
    commands.add(
        join(
            new String[] {"doctor", "--rpc", url, "--network", "mainnet", "--progress-pause", "0"},
            access));
    commands.add(
        join(
            new String[] {
              "monitor", "rpc:" + url, "--network", "mainnet", "--once", "--store", file("m.db")
            },
            access));
    commands.add(
        join(
            new String[] {
              "certs", "sync", "rpc:" + url, "--network", "mainnet", "--store", file("s.db")
            },
            access));
    commands.add(
        join(
            new String[] {
              "powertable", "from-state", "rpc:" + url, "--network", "mainnet", "--epoch", "100"
            },
            access));
    return commands;
  }

  @ParameterizedTest
  @EnumSource(Attack.class)
  void everyNodeCommandEndsWithAClearMessageAndExitThree(Attack attack) throws Exception {
    Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN + "\n");
    RecordedRuns history = new RecordedRuns(dir.resolve("history.db"));
    List<String> seen = new ArrayList<>();
    try (HostileNode node = HostileNode.attacking(attack)) {
      for (String[] command : commands(node.endpoint().toString(), tokenFile)) {
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> history.run(command));

        String what = attack + ": " + String.join(" ", command) + "\n" + run;
        assertThat(run.status()).as(what).isEqualTo(3);
        // the one-line reason names the call and the node: on stderr, or as the doctor's first
        // check
        assertThat(run.err() + run.out())
            .as(what)
            .containsPattern("[A-Za-z]+\\([0-9]*\\) at " + node.endpoint())
            .doesNotContain("internal error");
        assertThat(run.err().lines().filter(l -> l.startsWith("\tat ")).count()).as(what).isZero();
        seen.add(run.toString());
      }
      assertThat(node.requestsElsewhere()).as("requests that followed a redirect").isEmpty();
      assertThat(node.authorizations()).allMatch(a -> a.equals("Bearer " + TOKEN));
    }
    for (var session : history.sessions()) {
      seen.add(history.run("history", "show", Long.toString(session.id()), "--json").out());
    }
    assertThat(String.join("\n", seen)).doesNotContain(TOKEN).doesNotContain("\u001b");
    assertThat(new String(Files.readAllBytes(history.db()), StandardCharsets.ISO_8859_1))
        .doesNotContain(TOKEN);
  }

  @Test
  void endlessCertificatesSixtyFourAtATimeLeaveA256MiBHeapStanding() throws Exception {
    Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN + "\n");
    try (FakeLotusNode good = FakeLotusNode.start(chain);
        HostileNode node =
            HostileNode.attacking(
                Attack.ENDLESS_BODY, "Filecoin.F3GetCertificate", good.endpoint())) {
      ProcessBuilder builder =
          new ProcessBuilder(
                  ChildJava.command(
                      List.of("-Xmx256m"),
                      Launcher.class,
                      "certs",
                      "fetch",
                      "--rpc",
                      node.endpoint().toString(),
                      "--from",
                      "0",
                      "--to",
                      "5",
                      "--concurrency",
                      "64",
                      "--retries",
                      "0",
                      "--timeout",
                      "30",
                      "--token-file",
                      tokenFile.toString(),
                      "--out",
                      file("certs.json"),
                      "--no-history"))
              .redirectInput(ProcessBuilder.Redirect.from(ChildJava.nullDevice()))
              .redirectOutput(dir.resolve("child.out").toFile())
              .redirectError(dir.resolve("child.err").toFile());
      Process child = builder.start();
      boolean ended;
      try {
        ended = child.waitFor(120, TimeUnit.SECONDS);
      } finally {
        child.destroyForcibly();
      }
      assertThat(ended).as("the child ended").isTrue();
      String err = Files.readString(dir.resolve("child.err"));

      assertThat(child.exitValue()).as(err).isEqualTo(3);
      assertThat(err)
          .contains("F3GetCertificate(")
          .containsAnyOf("larger than 8 MiB", "more than 128 MiB at once")
          .doesNotContain("heap space")
          .doesNotContain("OutOfMemoryError")
          .doesNotContain(TOKEN);
    }
  }

  private String file(String name) {
    return dir.resolve(System.nanoTime() + "-" + name).toString();
  }

  private static String[] join(String[] first, String[] second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
