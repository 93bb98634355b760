package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.rpc.F3Manifest;
import io.f3console.core.rpc.LotusRpcClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code f3console powertable fetch}: the committee of an instance, from a node. */
@Command(
    name = "fetch",
    header = "Fetch the power table of an instance from a Lotus or Forest node.",
    mixinStandardHelpOptions = true,
    description = {
      "Fetch the power table (committee) of an instance from a Lotus or Forest node",
      "(F3GetPowerTableByInstance; Forest: F3GetF3PowerTableByInstance) and write it as",
      "Lotus JSON or DAG-CBOR, in the node's order. Prints the CID as the last line, and a",
      "note when the initial instance's table is not the manifest's InitialPowerTable.",
      "Exit 0 when written, 2 on bad input or a malformed answer, 3 when the node cannot",
      "be reached or cannot give the table."
    })
final class PowerTableFetchCommand implements Callable<Integer> {
  @Option(
      names = "--instance",
      paramLabel = "N",
      description = "The instance (default: the manifest's initial instance).")
  Long instance;

  @Option(
      names = "--format",
      paramLabel = "json|cbor",
      defaultValue = "json",
      description = "Output encoding: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  PowerTableConvertCommand.Target format;

  @CommandLine.Mixin OutputFileOptions file;

  @CommandLine.Mixin NodeOptions node;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    Path out = file.checked();
    SessionRecord.Builder session = output.session();
    try (LotusRpcClient client = node.connect()) {
      session.source("node", "rpc:" + client.displayEndpoint());
      F3Manifest manifest = client.manifest();
      session.network(HistoryNetworks.recorded(manifest.networkName()));
      long chosen = instance != null ? instance : manifest.initialInstance();
      PowerTable table = client.powerTableByInstance(chosen);
      PowerTableFormat encoding =
          format == PowerTableConvertCommand.Target.cbor
              ? PowerTableFormat.DAG_CBOR
              : PowerTableFormat.JSON_ENTRIES;
      try {
        PowerTableFiles.write(out, table.entries(), encoding);
      } catch (IOException e) {
        throw new F3Exception(out + ": cannot write: " + e.getMessage(), e);
      }
      Optional<Cid> expected =
          chosen == manifest.initialInstance() ? manifest.initialPowerTable() : Optional.empty();
      String method = client.powerTableMethod().orElse(LotusRpcClient.POWER_TABLE_BY_INSTANCE);
      record(session, method, chosen, table, encoding, expected, out);
      output.print(
          new Result(client.displayEndpoint(), method, chosen, table, encoding, expected, out));
    }
    return ExitCodes.OK;
  }

  private static void record(
      SessionRecord.Builder session,
      String method,
      long chosen,
      PowerTable table,
      PowerTableFormat encoding,
      Optional<Cid> expected,
      Path out) {
    String role = "power table of instance " + Long.toUnsignedString(chosen);
    session.instanceReached(chosen);
    session.table(role, Optional.of(chosen), table);
    session.cid(
        expected.isPresent()
            ? RecordedCid.compared(
                role + " against the manifest's InitialPowerTable", table.cid(), expected.get())
            : RecordedCid.computed(role, table.cid()));
    session.fact("method", method);
    session.fact(
        "file written", out + " (" + encoding.description() + ", " + table.size() + " entries)");
    session.summary(
        "Fetched the power table of instance "
            + Long.toUnsignedString(chosen)
            + " ("
            + table.size()
            + " entries, CID "
            + table.cid()
            + ") into "
            + out
            + (expected.isPresent() && !expected.get().equals(table.cid())
                ? "; it is not the manifest's InitialPowerTable " + expected.get()
                : ""));
  }

  /** The committee of one instance as a node gave it, and the file it was written to. */
  record Result(
      String endpoint,
      String method,
      long instance,
      PowerTable table,
      PowerTableFormat encoding,
      Optional<Cid> manifestInitialPowerTable,
      Path out)
      implements CommandResult {
    boolean differsFromManifest() {
      return manifestInitialPowerTable.isPresent()
          && !manifestInitialPowerTable.get().equals(table.cid());
    }

    @Override
    public void printText(PrintWriter stdout, PrintWriter err) {
      if (differsFromManifest()) {
        err.println(
            "note: the manifest's InitialPowerTable is "
                + manifestInitialPowerTable.get()
                + ", but the node's table of instance "
                + Long.toUnsignedString(instance)
                + " hashes to "
                + table.cid());
      }
      stdout.println(
          "Wrote the power table of instance "
              + Long.toUnsignedString(instance)
              + " ("
              + table.size()
              + (table.size() == 1 ? " entry" : " entries")
              + ", "
              + method.substring(method.indexOf('.') + 1)
              + " at "
              + endpoint
              + ") as "
              + encoding.description()
              + " to "
              + out);
      stdout.println(table.cid());
    }

    @Override
    public JsonFields toJson() {
      return JsonFields.object()
          .text("source", "rpc:" + endpoint)
          .text("method", method)
          .uint64("instance", instance)
          .text("out", out.toString())
          .text("format", encoding.name())
          .number("entries", table.size())
          .cid("cid", table.cid())
          .cid("manifestInitialPowerTable", manifestInitialPowerTable);
    }
  }
}
