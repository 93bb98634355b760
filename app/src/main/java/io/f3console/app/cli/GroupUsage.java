package io.f3console.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** What a group command ({@code powertable}, {@code certs} …) does without a subcommand. */
final class GroupUsage {
  private GroupUsage() {}

  /**
   * Prints the group's usage and a line naming its subcommands on stderr, and returns {@link
   * ExitCodes#BAD_INPUT}: a group alone is a usage error, not a run.
   */
  static int subcommandNeeded(CommandLine.Model.CommandSpec spec) {
    CommandLine line = spec.commandLine();
    PrintWriter err = line.getErr();
    line.usage(err);
    err.println(
        spec.qualifiedName()
            + ": a subcommand is needed ("
            + String.join(", ", line.getSubcommands().keySet())
            + ")");
    err.flush();
    return ExitCodes.BAD_INPUT;
  }
}
