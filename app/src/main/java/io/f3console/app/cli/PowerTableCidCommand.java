package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
    PrintWriter out = output.out();
    PrintWriter err = output.err();
    int status = loaded.contradictions().isEmpty() ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
    record(output.session(), loaded);
    if (output.json) {
      ObjectNode node = JsonOutput.object();
      node.put("source", loaded.document().source());
      node.put("format", loaded.document().format().name());
      loaded.instance().ifPresent(i -> node.put("instance", i));
      loaded.origin().ifPresent(origin -> node.put("origin", origin));
      node.put("entries", loaded.table().size());
      node.put("cid", loaded.table().cid().toString());
      node.put("canonicalOrder", loaded.table().isCanonicalOrder());
      loaded.document().declaredCid().ifPresent(cid -> node.put("declaredCid", cid.toString()));
      node.set("notes", CliJson.strings(loaded.notes()));
      node.set("contradictions", CliJson.strings(loaded.contradictions()));
      JsonOutput.print(out, node);
    } else {
      loaded.notes().forEach(note -> err.println("note: " + note));
      loaded.contradictions().forEach(problem -> err.println("WRONG: " + problem));
      out.println(loaded.table().cid());
    }
    return status;
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
