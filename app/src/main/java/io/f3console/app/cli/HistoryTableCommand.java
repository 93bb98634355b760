package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code f3console history table CID --out FILE}: a power table the history kept, as a file. */
@Command(
    name = "table",
    header = "Write a power table the history kept to a file.",
    mixinStandardHelpOptions = true,
    description = {
      "Write a power table the history kept (any table a session saw, by its CID) to a file,",
      "in the order it was seen, so it hashes to the same CID and can be reopened, checked or",
      "compared with 'powertable diff'. Says which sessions saw it; prints the CID last.",
      "Exit 2 when the history holds no table with that CID."
    })
final class HistoryTableCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CID", description = "The table's CID.")
  String cid;

  @Option(
      names = "--format",
      paramLabel = "json|cbor",
      description =
          "Lotus JSON or DAG-CBOR (default: cbor for a FILE ending in .cbor, else" + " json).")
  PowerTableConvertCommand.Target format;

  @CommandLine.Mixin OutputFileOptions file;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    Cid wanted;
    try {
      wanted = Cid.fromString(cid.strip());
    } catch (CidFormatException e) {
      throw new F3Exception("'" + cid + "' is not a CID: " + e.getMessage(), e);
    }
    Path out = file.checked();
    PowerTable table;
    List<Long> sessions;
    try (HistoryStore store = HistoryDatabase.open(output)) {
      table =
          store
              .table(wanted.toString())
              .orElseThrow(
                  () ->
                      new F3Exception(
                          "there is no power table with CID " + wanted + " in " + store.file()));
      sessions = store.sessionsWithTable(wanted.toString());
      // not recorded as a session, but a published table read back is remembered like any
      output.session().table("power table from the history", Optional.empty(), table);
    }
    PowerTableFormat encoding = encoding(out);
    try {
      PowerTableFiles.write(out, table.entries(), encoding);
    } catch (IOException e) {
      throw new F3Exception(out + ": cannot write: " + e.getMessage(), e);
    }
    output.print(new Result(table, out, encoding, sessions));
    return ExitCodes.OK;
  }

  /** A kept table written to {@code file} in {@code encoding}, and the sessions that saw it. */
  record Result(PowerTable table, Path file, PowerTableFormat encoding, List<Long> sessions)
      implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      out.println(
          "Wrote the power table ("
              + table.size()
              + " entries) as "
              + encoding.description()
              + " to "
              + file);
      out.println(
          "Seen by session"
              + (sessions.size() == 1 ? " " : "s ")
              + sessions.stream().map(String::valueOf).collect(Collectors.joining(", ")));
      out.println(table.cid());
    }

    @Override
    public JsonFields toJson() {
      ArrayNode ids = JsonNodeFactory.instance.arrayNode();
      sessions.forEach(ids::add);
      return JsonFields.object()
          .cid("cid", table.cid())
          .number("entries", table.size())
          .text("out", file.toString())
          .text("format", encoding.name())
          .tree("sessions", ids);
    }
  }

  private PowerTableFormat encoding(Path out) {
    boolean cbor =
        format != null
            ? format == PowerTableConvertCommand.Target.cbor
            : out.getFileName() != null
                && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".cbor");
    return cbor ? PowerTableFormat.DAG_CBOR : PowerTableFormat.JSON_ENTRIES;
  }
}
