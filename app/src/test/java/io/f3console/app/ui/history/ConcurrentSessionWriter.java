package io.f3console.app.ui.history;

import io.f3console.app.cli.F3ConsoleCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line, in a process of its own, writing the history while the console does: it runs
 * real {@code f3console} commands against the database given, one after the other, until it has run
 * at least the number given and the stop file exists. Each run goes through the CLI's own parsing
 * and recording, as from a shell; only the JVM start per command is saved. Prints {@code recorded
 * N} and exits 0 when every command exited as expected.
 *
 * <p>Usage: {@code ConcurrentSessionWriter DATABASE STOP_FILE MINIMUM}
 */
public final class ConcurrentSessionWriter {
  /** A command run in turn: its name as recorded, its arguments, the exit status it gives. */
  record Run(String name, List<String> arguments, int status) {}

  static final List<Run> RUNS =
      List.of(
          new Run("powertable cid", List.of("powertable", "cid", "demo:healthy"), 0),
          new Run(
              "certs validate",
              List.of(
                  "certs", "validate", "demo:broken", "--network", "f3console-demo", "--to", "40"),
              1),
          new Run("networks", List.of("networks"), 0));

  private ConcurrentSessionWriter() {}

  /** The command of run number {@code n}, from 0. */
  static Run run(int n) {
    return RUNS.get(n % RUNS.size());
  }

  public static void main(String[] args) throws Exception {
    Path database = Path.of(args[0]);
    Path stop = Path.of(args[1]);
    int minimum = Integer.parseInt(args[2]);
    long deadline = System.nanoTime() + 120_000_000_000L;
    int written = 0;
    while (written < minimum || !Files.exists(stop)) {
      if (System.nanoTime() > deadline) {
        System.out.println("gave up after " + written + " runs: no stop file");
        System.exit(3);
      }
      Run run = run(written);
      String[] line = concat(run.arguments(), "--db", database.toString());
      StringWriter err = new StringWriter();
      int status =
          F3ConsoleCommand.run(line, new PrintWriter(new StringWriter()), new PrintWriter(err));
      if (status != run.status() || err.toString().contains("not recorded")) {
        System.out.println(
            "run "
                + (written + 1)
                + " ("
                + String.join(" ", line)
                + ") exited "
                + status
                + ": "
                + err);
        System.exit(4);
      }
      written++;
    }
    System.out.println("recorded " + written);
  }

  private static String[] concat(List<String> command, String... more) {
    String[] all = command.toArray(new String[command.size() + more.length]);
    System.arraycopy(more, 0, all, command.size(), more.length);
    return all;
  }
}
