package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.F3Exception;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code f3console powertable convert FILE --to cbor --out OUT}: rewrite a table's encoding. */
@Command(
    name = "convert",
    header = "Write a power table as Lotus JSON or DAG-CBOR.",
    mixinStandardHelpOptions = true,
    description = {
      "Write a power table as Lotus JSON or DAG-CBOR.",
      "The entries keep their order (and so the CID) unless --canonical-order sorts them as",
      "go-f3 does. Prints the CID of the written table as the last line."
    })
final class PowerTableConvertCommand implements Callable<Integer> {
  /** The encodings a table can be written in. */
  enum Target {
    json,
    cbor
  }

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "Power-table file (JSON or CBOR), or - for standard input.")
  Path file;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "json|cbor",
      description = "Output encoding: ${COMPLETION-CANDIDATES}.")
  Target target;

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "OUT",
      description = "Output file.")
  Path out;

  @Option(
      names = "--canonical-order",
      description = "Sort the entries in go-f3's order (power descending, then ID).")
  boolean canonicalOrder;

  @Option(names = "--force", description = "Overwrite OUT if it exists.")
  boolean force;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    LoadedPowerTable loaded = LoadedPowerTable.read(file);
    PowerTable table = canonicalOrder ? loaded.table().canonical() : loaded.table();
    SessionRecord.Builder session = output.session();
    SessionFacts.table(session, "power table", loaded);
    if (Files.exists(out) && !force) {
      throw new F3Exception(out + ": already exists (use --force to overwrite)");
    }
    PowerTableFormat format =
        target == Target.cbor ? PowerTableFormat.DAG_CBOR : PowerTableFormat.JSON_ENTRIES;
    try {
      PowerTableFiles.write(out, table.entries(), format);
    } catch (IOException e) {
      throw new F3Exception(out + ": cannot write: " + e.getMessage(), e);
    }
    PrintWriter stdout = output.out();
    boolean reordered = !table.cid().equals(loaded.table().cid());
    if (reordered) {
      session.table("written, in canonical order", loaded.instance(), table);
    }
    session.cid(RecordedCid.computed("power table written", table.cid()));
    session.fact(
        "file written", out + " (" + format.description() + ", " + table.size() + " entries)");
    session.summary(
        "Wrote "
            + table.size()
            + " entries as "
            + format.description()
            + " to "
            + out
            + (reordered ? " in canonical order" : "")
            + ", CID "
            + table.cid());
    if (output.json) {
      ObjectNode node = JsonOutput.object();
      node.put("source", loaded.document().source());
      node.put("out", out.toString());
      node.put("format", format.name());
      node.put("entries", table.size());
      node.put("cid", table.cid().toString());
      node.put("reordered", reordered);
      JsonOutput.print(stdout, node);
    } else {
      stdout.println(
          "Wrote "
              + table.size()
              + " entries as "
              + format.description()
              + " to "
              + out
              + (reordered
                  ? " in canonical order (the CID changed from " + loaded.table().cid() + ")"
                  : ""));
      stdout.println(table.cid());
    }
    return ExitCodes.OK;
  }
}
