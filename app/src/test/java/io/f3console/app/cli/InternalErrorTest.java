package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * An unexpected exception (a bug) ends with exit status 4 and a short message saying what to
 * report; its stack trace goes to a crash report file the message names, never to the terminal.
 */
class InternalErrorTest {
  static final String TOKEN = "eyJ.crash-Xq81-recognisable.secret";

  @TempDir Path dir;

  /** A command that fails as only a bug would. */
  @Command(name = "explode")
  static final class Exploding implements Callable<Integer> {
    @Option(names = "--token")
    String token;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() {
      throw new IllegalStateException("unexpected state \u001b[31m" + token);
    }
  }

  CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        F3ConsoleCommand.run(
            args,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            line -> line.addSubcommand(new CommandLine(new Exploding())));
    return new CliRun(status, out.toString(), err.toString());
  }

  @Test
  void aBugEndsWithExit4AMessageSayingWhatToReportAndTheTraceInAFile() throws Exception {
    CliRun run = run("explode", "--token", TOKEN, "--db", dir.resolve("history.db").toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.INTERNAL_ERROR);
    String version = new VersionProvider().getVersion()[0];
    assertThat(run.err())
        .as("no stack trace on the terminal")
        .doesNotContain("\tat ")
        .doesNotContain("Exploding.call")
        .contains("internal error")
        .contains("java.lang.IllegalStateException: unexpected state")
        .contains("f3console explode --token [token]")
        .contains(version)
        .doesNotContain(TOKEN)
        .doesNotContain("\u001b");
    Matcher named =
        Pattern.compile("crash report (\\S+" + CrashReport.PREFIX + "\\S+\\.txt)")
            .matcher(run.err());
    assertThat(named.find()).as(run.err()).isTrue();
    Path report = Path.of(named.group(1));
    try {
      String text = Files.readString(report);
      assertThat(text)
          .contains("version: " + version)
          .contains("command: f3console explode --token [token]")
          .contains("at " + Exploding.class.getName() + ".call")
          .doesNotContain(TOKEN);
    } finally {
      Files.deleteIfExists(report);
    }
  }

  @Test
  void withJsonTheErrorObjectNamesTheReportToo() throws Exception {
    CliRun run = run("explode", "--json", "--no-history");

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.INTERNAL_ERROR);
    assertThat(run.err()).doesNotContain("\tat ");
    Matcher named =
        Pattern.compile("crash report (\\S+" + CrashReport.PREFIX + "\\S+\\.txt)")
            .matcher(run.err());
    assertThat(named.find()).as(run.err()).isTrue();
    Path report = Path.of(named.group(1));
    Files.deleteIfExists(report);
    assertThat(run.out())
        .contains("\"exitCode\" : 4")
        .contains("\"error\" : \"internal error; crash report: " + report + "\"");
  }
}
