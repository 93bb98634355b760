package io.f3console.app.cli;

import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.sim.SimulationSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code simulate} made: the synthetic network's parameters, its initial and final tables, the
 * fault it was broken with, and the files written (a directory of JSON and CBOR files, snapshots,
 * or only snapshots when the certificates were streamed into them).
 *
 * @param spec the parameters the network was generated from
 * @param directory the directory of JSON and CBOR files, empty when the certificates were streamed
 *     straight into snapshots
 * @param initialTable the committee of instance 0
 * @param finalTableSize the size of the table the last certificate commits to, when it was held
 * @param finalTableCid the CID of the table the last certificate commits to, when there was one
 * @param fault how the chain was broken, if it was
 * @param snapshots the snapshot files written
 * @param seconds how long it took
 */
record SimulationResult(
    SimulationSpec spec,
    Optional<Path> directory,
    PowerTable initialTable,
    Optional<Integer> finalTableSize,
    Optional<Cid> finalTableCid,
    Optional<SimulateCommand.Fault> fault,
    SimulatedSnapshots snapshots,
    double seconds)
    implements CommandResult {

  static final String INITIAL_TABLE_FILE = "initial_power_table.json";
  static final String CERTIFICATES_FILE = "certificates.json";

  @Override
  public void printText(PrintWriter out, PrintWriter err) {
    out.println(
        (directory.isPresent()
                ? "Wrote a synthetic network into " + directory.get()
                : "Generated a synthetic network")
            + String.format(" (%.1f s)", seconds));
    out.println("  network          " + spec.networkName() + " (seed " + spec.seed() + ")");
    out.println(
        "  initial table    " + initialTable.size() + " participants, CID " + initialTable.cid());
    out.println(
        "  certificates     " + spec.instances() + " (instances 0–" + (spec.instances() - 1) + ")");
    String finalCid = finalTableCid.map(Cid::toString).orElse("?");
    out.println(
        "  final table      "
            + finalTableSize.map(size -> size + " participants, ").orElse("")
            + "CID "
            + finalCid);
    fault.ifPresent(
        f ->
            out.println(
                "  broken           validation fails with "
                    + f.reason()
                    + " at instance "
                    + f.instance()));
    snapshots.print(out);
    if (directory.isPresent()) {
      out.println(
          "Check it with: f3console certs validate --network "
              + spec.networkName()
              + " --power-table "
              + directory.get().resolve(INITIAL_TABLE_FILE)
              + " "
              + directory.get().resolve(CERTIFICATES_FILE));
    } else {
      Path file = snapshots.f3snap().or(snapshots::car).orElseThrow().path();
      out.println(
          "Check it with: f3console snapshot validate --network "
              + spec.networkName()
              + " "
              + file);
    }
  }

  @Override
  public JsonFields toJson() {
    return JsonFields.object()
        .bool("synthetic", true)
        .text("networkName", spec.networkName())
        .number("seed", spec.seed())
        .number("participants", spec.participants())
        .number("instances", spec.instances())
        .cid("initialPowerTableCid", initialTable.cid())
        .cid("finalPowerTableCid", finalTableCid)
        .bool("expectValid", fault.isEmpty())
        .uint64(
            "expectNextInstance",
            fault.isEmpty() ? Optional.of((long) spec.instances()) : Optional.empty())
        .text("expectReason", fault.map(f -> f.reason().name()))
        .uint64("expectFailedInstance", fault.map(f -> (long) f.instance()))
        .text("directory", directory.map(Path::toString))
        .number("seconds", seconds)
        .object("f3snap", snapshots.f3snapJson())
        .object("car", snapshots.carJson());
  }
}
