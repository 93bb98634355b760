package io.f3console.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options and output streams every subcommand shares ({@code --json}). */
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

  CommandLine commandLine() {
    return spec.commandLine();
  }
}
