package io.f3console.app.cli;

import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.SessionReport;
import io.f3console.core.history.StoredSession;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code f3console history show ID}: one session, all of it, from the database alone. */
@Command(
    name = "show",
    header = "Show everything recorded about a session.",
    mixinStandardHelpOptions = true,
    description = {
      "Show everything recorded about a session: summary, verdict and reason, trust, network,",
      "command line (without secrets), sources, the CIDs computed and compared (✔ equal,",
      "✘ differ), the power tables kept, findings, notes, and what it printed.",
      "Nothing is rerun. Exit 2 when there is no such session."
    })
final class HistoryShowCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ID", description = "The session's id (history list).")
  long id;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    StoredSession session;
    try (HistoryStore store = HistoryDatabase.open(output)) {
      session = HistoryDatabase.session(store, id);
    }
    output.print(new Result(session));
    return ExitCodes.OK;
  }

  /** One stored session, all of it. */
  record Result(StoredSession session) implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      SessionText.print(out, session);
    }

    @Override
    public JsonFields toJson() {
      return JsonFields.wrapping(SessionReport.jsonTree(session));
    }
  }
}
