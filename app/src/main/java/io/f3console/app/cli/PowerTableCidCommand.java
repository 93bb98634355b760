package io.f3console.app.cli;

import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionRecord;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code f3console powertable cid SOURCE}: the power-table CID, go-f3 {@code MakePowerTableCID}, of
 * a file or of a committee a snapshot, CAR, node or the demo network holds.
 */
@Command(
    name = "cid",
    header = "Print the CID of a power table.",
    mixinStandardHelpOptions = true,
    description = {
      "Print the CID of a power table.",
      "The CID is dag-cbor, blake2b-256 over its canonical CBOR with the entries in the order",
      "given, as go-f3's MakePowerTableCID computes it. The CID is the last line of output.",
      "Exit 1 if the file states a CID or total its entries contradict."
    })
final class PowerTableCidCommand implements Callable<Integer> {
  @CommandLine.Mixin PowerTableSourceOptions input;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    LoadedPowerTable loaded = input.load();
    record(output.session(), loaded);
    output.print(new Result(loaded));
    return loaded.contradictions().isEmpty() ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
  }

  /** The CID of one table, with what its file said of itself. */
  record Result(LoadedPowerTable loaded) implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      loaded.notes().forEach(note -> err.println("note: " + note));
      loaded.contradictions().forEach(problem -> err.println("WRONG: " + problem));
      out.println(loaded.table().cid());
    }

    @Override
    public JsonFields toJson() {
      return JsonFields.object()
          .text("source", loaded.document().source())
          .text("format", loaded.document().format().name())
          .uint64("instance", loaded.instance())
          .text("origin", loaded.origin())
          .number("entries", loaded.table().size())
          .cid("cid", loaded.table().cid())
          .bool("canonicalOrder", loaded.table().isCanonicalOrder())
          .cid("declaredCid", loaded.document().declaredCid())
          .strings("notes", loaded.notes())
          .strings("contradictions", loaded.contradictions());
    }
  }

  private static void record(SessionRecord.Builder session, LoadedPowerTable loaded) {
    SessionFacts.table(session, "power table", loaded);
    session.cid(RecordedCid.computed("power table", loaded.table().cid()));
    loaded
        .document()
        .declaredCid()
        .ifPresent(
            declared ->
                session.cid(
                    RecordedCid.compared(
                        "power table against the CID the file states",
                        loaded.table().cid(),
                        declared)));
    if (!loaded.contradictions().isEmpty()) {
      session.reason("CONTRADICTION");
    }
    session.summary(
        "CID "
            + loaded.table().cid()
            + " of "
            + loaded.describe()
            + (loaded.contradictions().isEmpty()
                ? ""
                : "; the file contradicts itself: " + loaded.contradictions().get(0)));
  }
}
