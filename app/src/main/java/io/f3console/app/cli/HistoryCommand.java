package io.f3console.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code f3console history …}: the sessions recorded by earlier runs and by the console. */
@Command(
    name = "history",
    header = "Past sessions: list, show, export, add notes, write out a power table.",
    mixinStandardHelpOptions = true,
    description = {
      "Past sessions: list them, show one, export it, add notes, write out a power table.",
      "Every run of a command (and every piece of work in the console) is kept as a session:",
      "what it read, the CIDs it computed and compared, the power tables it saw, its verdict",
      "and reason, and what it printed. Nothing here reruns anything.",
      "The database is --db FILE, else F3CONSOLE_DB, else history.db in the user's data",
      "directory. Runs of 'history' itself are not recorded.",
      "Exit 0 on success, 2 on bad input, an unknown session or CID, or a database this",
      "version cannot use."
    })
final class HistoryCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return GroupUsage.subcommandNeeded(spec);
  }
}
