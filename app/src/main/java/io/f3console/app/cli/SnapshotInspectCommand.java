package io.f3console.app.cli;

import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.snapshot.CarSnapshot;
import io.f3console.core.snapshot.ImportExpectations;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustAssessor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code f3console snapshot inspect FILE}: what a snapshot holds, read in one streaming pass. */
@Command(
    name = "inspect",
    header = "Show what an F3 snapshot or a Filecoin snapshot CAR holds.",
    mixinStandardHelpOptions = true,
    description = {
      "Show what an F3 snapshot or a Filecoin snapshot CAR holds: the CAR's roots and v2",
      "metadata, the F3 header (instances, initial power table and its CID), block counts and",
      "sizes, and the snapshot CID; then run go-f3's import checks (no signatures).",
      "Exit 0 when the snapshot would import, 1 when a check fails, 2 when it is unreadable."
    })
final class SnapshotInspectCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "F3 snapshot or CAR file.")
  Path file;

  /** When given, the snapshot is checked against its manifest, as go-f3's import does. */
  @CommandLine.Mixin OptionalNetworkOption network;

  @CommandLine.Mixin ProgressOptions progress;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    SnapshotFile snapshot = SnapshotFile.open(file);
    Optional<NetworkSelection> selection = network.selection();
    Optional<ImportExpectations> manifest =
        selection.flatMap(NetworkSelection::profile).map(ImportExpectations::of);
    Optional<SnapshotScan> scan = Optional.empty();
    if (snapshot.hasF3Data()) {
      scan =
          Optional.of(
              SnapshotScan.run(snapshot, manifest, progress.reporter(output.err(), "read")));
    }
    Optional<NetworkProfile> known =
        scan.flatMap(
            s ->
                NetworkProfiles.builtIn()
                    .byInitialPowerTableCid(s.check().header().initialPowerTableCid().toString()));
    Optional<Trust> trust = trust(selection, scan);
    record(output.session(), snapshot, selection, known, scan, trust);
    Result result = new Result(snapshot, selection, known, scan, trust);
    output.print(result);
    return result.ok() ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
  }

  /**
   * What a snapshot holds: its CAR layout, and the pass over its F3 data ({@code scan}, absent for
   * a CAR without F3 data) with the initial table's trust for the network given.
   */
  record Result(
      SnapshotFile snapshot,
      Optional<NetworkSelection> selection,
      Optional<NetworkProfile> known,
      Optional<SnapshotScan> scan,
      Optional<Trust> trust)
      implements CommandResult {
    /** Whether go-f3 would import it (true when there is no F3 data to judge). */
    boolean ok() {
      return scan.map(SnapshotScan::passed).orElse(true);
    }

    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      print(out, snapshot, selection, known, scan);
      trust.ifPresent(t -> TrustOutput.print(out, t));
    }

    @Override
    public JsonFields toJson() {
      JsonFields json =
          JsonFields.object()
              .text("file", snapshot.path().toString())
              .number("bytes", snapshot.size())
              .text("format", snapshot.format())
              .object("car", snapshot.car().map(SnapshotJson::car))
              .text("network", selection.map(NetworkSelection::f3NetworkName))
              .text("initialPowerTableOf", known.map(NetworkProfile::key));
      json.object("trust", trust.map(TrustOutput::fields));
      scan.ifPresentOrElse(s -> s.addTo(json), () -> SnapshotScan.addAbsent(json));
      return json.bool("ok", ok());
    }
  }

  /** The trust of the snapshot's initial table for the network given, when both are there. */
  private static Optional<Trust> trust(
      Optional<NetworkSelection> selection, Optional<SnapshotScan> scan) {
    if (selection.isEmpty() || scan.isEmpty()) {
      return Optional.empty();
    }
    var header = scan.get().check().header();
    return Optional.of(
        TrustAssessor.of(selection.get())
            .table(header.initialPowerTableCid(), header.firstInstance()));
  }

  private void record(
      SessionRecord.Builder session,
      SnapshotFile snapshot,
      Optional<NetworkSelection> selection,
      Optional<NetworkProfile> known,
      Optional<SnapshotScan> scan,
      Optional<Trust> trust) {
    session.source("snapshot", file.toString());
    session.fact("file", snapshot.format() + ", " + snapshot.size() + " bytes");
    snapshot
        .car()
        .ifPresent(
            car ->
                session.fact(
                    "F3 data",
                    car.f3DataStatus().name().toLowerCase(java.util.Locale.ROOT)
                        + ": "
                        + car.f3DataDetail()));
    known.ifPresent(profile -> session.network(profile.key()));
    selection.ifPresent(s -> SessionFacts.network(session, s));
    if (scan.isEmpty()) {
      session.summary(file + " (" + snapshot.format() + ") holds no F3 data");
      return;
    }
    scan.get().record(session);
    // the initial table's CID against the network's, with the evidence, is the trust
    trust.ifPresent(session::trust);
    session.summary(scan.get().summary());
  }

  private static void print(
      PrintWriter out,
      SnapshotFile snapshot,
      Optional<NetworkSelection> selection,
      Optional<NetworkProfile> known,
      Optional<SnapshotScan> scan) {
    out.printf(
        "File           %s (%s, %,d bytes)%n", snapshot.path(), snapshot.format(), snapshot.size());
    snapshot.car().ifPresent(car -> printCar(out, car));
    if (scan.isEmpty()) {
      return;
    }
    scan.get().print(out);
    String cid = scan.get().check().header().initialPowerTableCid().toString();
    if (selection.isPresent()) {
      Optional<String> expected =
          selection.get().profile().flatMap(NetworkProfile::initialPowerTableCid);
      out.println(
          "Network        "
              + selection.get().f3NetworkName()
              + ": "
              + expected
                  .map(
                      e ->
                          e.equals(cid)
                              ? "its initial power table CID matches"
                              : "expects initial power table " + e + ", the snapshot's DIFFERS")
                  .orElse("no initial power table CID is pinned for it"));
    } else {
      out.println(
          "Network        "
              + known
                  .map(p -> "the initial table is " + p.key() + "'s (" + p.f3NetworkName() + ")")
                  .orElse("the initial table is not that of a" + " known network")
              + "; give --network to check against its manifest");
    }
  }

  private static void printCar(PrintWriter out, CarSnapshot car) {
    out.println("CAR roots      " + car.header().roots());
    car.header()
        .v2()
        .ifPresent(
            v2 ->
                out.println(
                    "CARv2 data     offset "
                        + v2.dataOffset()
                        + ", "
                        + v2.dataSize()
                        + " bytes, index offset "
                        + v2.indexOffset()));
    car.metadata()
        .ifPresent(
            metadata ->
                out.println(
                    "Metadata       version "
                        + metadata.version()
                        + ", head tipset "
                        + metadata.headTipsetKey().size()
                        + " block(s), F3Data "
                        + metadata.f3Data().map(Object::toString).orElse("none")));
    out.println(
        "F3 data        "
            + switch (car.f3DataStatus()) {
              case PRESENT -> car.f3DataDetail();
              case ABSENT -> "none: " + car.f3DataDetail();
              case NOT_V2 -> "none, a v1 snapshot: " + car.f3DataDetail();
            });
  }
}
