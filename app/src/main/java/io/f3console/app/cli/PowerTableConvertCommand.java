package io.f3console.app.cli;

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
    boolean reordered = !table.cid().equals(loaded.table().cid());
    if (reordered) {
      session.table("written, in canonical order", loaded.instance(), table);
    }
    session.cid(RecordedCid.computed("power table written", table.cid()));
    session.fact(
        "file written", out + " (" + format.description() + ", " + table.size() + " entries)");
    Result result = new Result(loaded, out, format, table);
    session.summary(result.sentence(false) + ", CID " + table.cid());
    output.print(result);
    return ExitCodes.OK;
  }

  /** A table written in another encoding (and perhaps another order), with the CID it now has. */
  record Result(LoadedPowerTable loaded, Path out, PowerTableFormat format, PowerTable written)
      implements CommandResult {
    boolean reordered() {
      return !written.cid().equals(loaded.table().cid());
    }

    String sentence(boolean withOldCid) {
      return "Wrote "
          + written.size()
          + " entries as "
          + format.description()
          + " to "
          + out
          + (!reordered()
              ? ""
              : withOldCid
                  ? " in canonical order (the CID changed from " + loaded.table().cid() + ")"
                  : " in canonical order");
    }

    @Override
    public void printText(PrintWriter stdout, PrintWriter err) {
      stdout.println(sentence(true));
      stdout.println(written.cid());
    }

    @Override
    public JsonFields toJson() {
      return JsonFields.object()
          .text("source", loaded.document().source())
          .text("out", out.toString())
          .text("format", format.name())
          .number("entries", written.size())
          .cid("cid", written.cid())
          .bool("reordered", reordered())
          .cid("sourceCid", loaded.table().cid());
    }
  }
}
