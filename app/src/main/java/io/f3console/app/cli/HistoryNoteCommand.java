package io.f3console.app.cli;

import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.SessionNote;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code f3console history note ID TEXT…}: adds a person's note to a session. */
@Command(
    name = "note",
    header = "Add a note to a session.",
    mixinStandardHelpOptions = true,
    description = {
      "Add a note to a session (what was decided, a ticket, who looked at it). The words are",
      "joined with spaces. Notes are kept for good; prints the note's id.",
      "Exit 2 when there is no such session or the note is empty."
    })
final class HistoryNoteCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ID", description = "The session's id (history list).")
  long id;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT", description = "The note.")
  List<String> words;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    SessionNote note;
    try (HistoryStore store = HistoryDatabase.open(output)) {
      note = store.addNote(id, String.join(" ", words));
    }
    output.print(new Result(note));
    return ExitCodes.OK;
  }

  /** The note added, with its id and time. */
  record Result(SessionNote note) implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      out.println("Added note " + note.id() + " to session " + note.sessionId());
    }

    @Override
    public JsonFields toJson() {
      return JsonFields.object()
          .number("session", note.sessionId())
          .number("note", note.id())
          .text("createdAt", note.createdAt().toString())
          .text("text", note.text());
    }
  }
}
