package io.f3console.app.cli;

import io.f3console.core.history.SessionRecord;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Options and output streams every subcommand shares ({@code --json}), and the session of the run,
 * which the command fills in with what it read, computed and found.
 */
final class OutputOptions {
  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Prints {@code result} as JSON under {@code --json}, else as text. */
  void print(CommandResult result) {
    if (json) {
      JsonOutput.print(out(), result.toJson().node());
    } else {
      result.printText(out(), err());
      out().flush();
      err().flush();
    }
  }

  /**
   * Prints {@code result} as one JSON object on one line under {@code --json}, else as text: for a
   * command that prints a result per round, so that a program reads one object per line.
   */
  void printLine(CommandResult result) {
    if (json) {
      out().println(JsonOutput.line(result.toJson().node()));
      out().flush();
    } else {
      result.printText(out(), err());
      out().flush();
      err().flush();
    }
  }

  CommandLine commandLine() {
    return spec.commandLine();
  }

  /** The session this run leaves in the history. */
  SessionRecord.Builder session() {
    return root().recorder().session();
  }

  /** The root command of this run, which holds the history options. */
  F3ConsoleCommand root() {
    return (F3ConsoleCommand) spec.root().userObject();
  }
}
