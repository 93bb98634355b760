package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.open.Sources;
import io.f3console.core.snapshot.CarWriter;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.SnapshotExport;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.SourceOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code f3console snapshot export}: writes an F3 snapshot (or a v2 CAR) from any source. */
@Command(
    name = "export",
    header = "Write an F3 snapshot of everything a source holds, as go-f3 exports it.",
    mixinStandardHelpOptions = true,
    description = {
      "Write an F3 snapshot of everything a source holds, as go-f3 exports it: the header",
      "(first and latest instance, the committee of the first) and every certificate in order.",
      "With --car, write a Filecoin v2 snapshot CAR instead (FRC-0108): the metadata block as",
      "root, then the F3 snapshot as a raw block (no chain data). Sources: file:, f3snap:,",
      "car:, demo:healthy, or a plain path."
    })
final class SnapshotExportCommand implements Callable<Integer> {
  @Option(
      names = "--from-source",
      required = true,
      paramLabel = "SOURCE",
      description = "Where the certificates come from, e.g. demo:healthy or certificates.json.")
  String from;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write.")
  Path out;

  @Option(
      names = "--power-table",
      paramLabel = "TABLE",
      description =
          "The committee of the first certificate, for sources that hold no power"
              + " table (a certificate file).")
  Path powerTable;

  @Option(names = "--car", description = "Write a Filecoin v2 snapshot CAR.")
  boolean car;

  @Option(
      names = "--car-format",
      paramLabel = "v1|v2",
      defaultValue = "v1",
      description =
          "The CAR container: v1 (as Lotus and Forest write snapshots) or v2"
              + " (default: ${DEFAULT-VALUE}).")
  String carFormat;

  @Option(
      names = "--with-power-table-block",
      description = "In the CAR, also store the initial power table as a DAG-CBOR block.")
  boolean withPowerTableBlock;

  @Option(names = "--force", description = "Overwrite FILE if it exists.")
  boolean force;

  @CommandLine.Mixin ProgressOptions progress;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    if (Files.exists(out) && !force) {
      throw new F3Exception(out + ": already exists (use --force to overwrite)");
    }
    Optional<CarWriter.Format> format = car ? Optional.of(carFormat()) : Optional.empty();
    SessionRecord.Builder session = output.session();
    session.source("certificates", from);
    if (powerTable != null) {
      session.source("committee of the first certificate", powerTable.toString());
    }
    long start = System.nanoTime();
    SnapshotExport.Exported exported;
    try (DataSource source = Sources.open(from, SourceOptions.defaults())) {
      Optional<PowerTable> table =
          powerTable == null
              ? Optional.empty()
              : Optional.of(LoadedPowerTable.read(powerTable).table());
      if (!source.hasCertificates()) {
        throw new F3Exception(source.spec() + " holds no certificates to export");
      }
      if (!source.hasPowerTables() && table.isEmpty()) {
        throw new F3Exception(
            source.spec()
                + " holds no power table: give the committee of"
                + " its first certificate with --power-table TABLE");
      }
      exported =
          SnapshotExport.fromSource(
              source,
              table,
              out,
              format,
              withPowerTableBlock,
              progress.reporter(output.err(), "wrote"));
    }
    record(session, exported);
    output.print(new Result(exported, car, (System.nanoTime() - start) / 1e9));
    return ExitCodes.OK;
  }

  private CarWriter.Format carFormat() throws F3Exception {
    return switch (carFormat.toLowerCase(Locale.ROOT)) {
      case "v1" -> CarWriter.Format.V1;
      case "v2" -> CarWriter.Format.V2;
      default -> throw new F3Exception("--car-format takes v1 or v2, not '" + carFormat + "'");
    };
  }

  private void record(SessionRecord.Builder session, SnapshotExport.Exported exported) {
    F3SnapshotHeader header = exported.header();
    String what = car ? "Filecoin v2 snapshot CAR" : "F3 snapshot";
    session.table(
        "initial power table", Optional.of(header.firstInstance()), header.initialPowerTable());
    session.instanceReached(header.latestInstance());
    session.fact(
        "file written", exported.path() + " (" + what + ", " + exported.bytes() + " bytes)");
    session.fact(
        "instances",
        Long.toUnsignedString(header.firstInstance())
            + " to "
            + Long.toUnsignedString(header.latestInstance())
            + " ("
            + header.declaredCertificates()
            + " certificates)");
    session.cid(RecordedCid.computed("F3 snapshot", exported.snapshotCid()));
    exported.rootCid().ifPresent(root -> session.cid(RecordedCid.computed("CAR root", root)));
    session.summary(
        "Wrote "
            + exported.path()
            + " ("
            + what
            + ", instances "
            + Long.toUnsignedString(header.firstInstance())
            + " to "
            + Long.toUnsignedString(header.latestInstance())
            + ", snapshot CID "
            + exported.snapshotCid()
            + ")");
  }

  /** A snapshot written: the file, its header and CIDs, and how long the export took. */
  record Result(SnapshotExport.Exported exported, boolean car, double seconds)
      implements CommandResult {
    @Override
    public void printText(PrintWriter text, PrintWriter err) {
      F3SnapshotHeader header = exported.header();
      text.printf(
          "Wrote %s (%s, %,d bytes, %.1f s)%n",
          exported.path(),
          car ? "Filecoin v2 snapshot CAR" : "F3 snapshot",
          exported.bytes(),
          seconds);
      text.println(
          "  instances      "
              + Long.toUnsignedString(header.firstInstance())
              + "–"
              + Long.toUnsignedString(header.latestInstance())
              + " ("
              + header.declaredCertificates()
              + " certificates)");
      text.println(
          "  initial table  "
              + header.initialPowerTable().size()
              + " entries, CID "
              + header.initialPowerTableCid());
      text.println("  snapshot CID   " + exported.snapshotCid());
      exported
          .rootCid()
          .ifPresent(
              root ->
                  text.println(
                      "  CAR root       "
                          + root
                          + " (metadata; head tipset "
                          + exported.headTipsetKey().stream().map(Cid::toString).toList()
                          + ")"));
    }

    @Override
    public JsonFields toJson() {
      return JsonFields.object()
          .text("file", exported.path().toString())
          .text("format", car ? "car" : "f3snap")
          .number("bytes", exported.bytes())
          .object("header", SnapshotJson.header(exported.header()))
          .cid("snapshotCid", exported.snapshotCid())
          .cid("rootCid", exported.rootCid())
          .strings("headTipsetKey", SnapshotJson.strings(exported.headTipsetKey()))
          .number("seconds", seconds);
    }
  }
}
