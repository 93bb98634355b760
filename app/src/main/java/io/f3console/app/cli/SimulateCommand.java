package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.F3Exception;
import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.validation.CertificateStream;
import io.f3console.core.validation.FailureReason;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code f3console simulate}: writes a deterministic synthetic network (initial table and
 * certificates) that 'certs validate' accepts, optionally broken at one instance.
 */
@Command(
    name = "simulate",
    header = "Generate a synthetic F3 network: participants, keys and signed certificates.",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a synthetic F3 network: N participants with their own BLS keys and M",
      "certificates whose committee changes at almost every instance (power changes,",
      "joins, leaves, key rotations), each signed by a random strong quorum with a real",
      "BDN aggregate signature. The same seed always gives the same files.",
      "Writes into DIR: initial_power_table.json and .cbor, certificates.json,",
      "final_power_table.json and simulation.json (what was made, and what to expect).",
      "--f3snap and --car also write the chain as an F3 snapshot and as a Filecoin v2",
      "snapshot CAR; without --out, certificates stream straight into them, so millions",
      "of instances need no more memory than a few.",
      "The keys derive from the seed: never use them for anything real."
    })
final class SimulateCommand implements Callable<Integer> {
  @Option(
      names = "--participants",
      paramLabel = "N",
      defaultValue = "100",
      description = "Committee size, 4 to 8192 (default: ${DEFAULT-VALUE}).")
  int participants;

  @Option(
      names = "--instances",
      paramLabel = "M",
      defaultValue = "50",
      description = "Number of certificates (default: ${DEFAULT-VALUE}).")
  int instances;

  @Option(
      names = "--network",
      paramLabel = "NAME",
      defaultValue = "f3console-demo",
      description =
          "The F3 network name of the NEW network to generate, which its certificates are"
              + " signed for, or a profile key whose F3 network name to use (unlike other"
              + " commands' --network, this names no network to judge against; default:"
              + " ${DEFAULT-VALUE}).")
  String network;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Seed of every random choice and key (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Directory to write the JSON and CBOR files into (created if missing).")
  Path out;

  @Option(
      names = "--f3snap",
      paramLabel = "FILE",
      description = "Also write the chain as an F3 snapshot.")
  Path f3snap;

  @Option(
      names = "--car",
      paramLabel = "FILE",
      description = "Also write the chain as a Filecoin v2 snapshot CAR (F3 data only).")
  Path car;

  @Option(
      names = "--churn",
      paramLabel = "default|none",
      defaultValue = "default",
      description =
          "How the committee changes: default (almost every instance) or none"
              + " (a fixed committee, for very long chains; default: ${DEFAULT-VALUE}).")
  String churn;

  @Option(
      names = "--fault",
      paramLabel = "REASON@INSTANCE",
      description =
          "Break the chain so that validation fails with REASON at INSTANCE,"
              + " e.g. INVALID_SIGNATURE@7. Reasons: ${COMPLETION-CANDIDATES}.",
      converter = FaultConverter.class,
      completionCandidates = FaultConverter.Reasons.class)
  Fault fault;

  @Option(names = "--force", description = "Overwrite files that exist.")
  boolean force;

  @CommandLine.Mixin ProgressOptions progress;

  @CommandLine.Mixin OutputOptions output;

  /** A requested fault. */
  record Fault(FailureReason reason, int instance) {}

  @Override
  public Integer call() throws Exception {
    String networkName = NetworkProfiles.builtIn().resolveTyped(network).f3NetworkName();
    SessionRecord.Builder session = output.session();
    session.network(HistoryNetworks.recorded(networkName));
    SimulationSpec spec;
    try {
      spec = new SimulationSpec(seed, participants, instances, networkName, churn());
    } catch (IllegalArgumentException e) {
      throw new F3Exception(e.getMessage());
    }
    for (Path path : Arrays.asList(f3snap, car)) {
      if (path != null && Files.exists(path) && !force) {
        throw new F3Exception(path + ": already exists (use --force to overwrite)");
      }
    }
    if (out == null) {
      if (f3snap == null && car == null) {
        throw new F3Exception("nothing to write: give --out DIR, --f3snap FILE or --car FILE");
      }
      if (fault != null) {
        throw new F3Exception("--fault needs --out: faults are made in a chain held in memory");
      }
      return streamSnapshots(spec);
    }
    Path initialJson = out.resolve(SimulationResult.INITIAL_TABLE_FILE);
    Path initialCbor = out.resolve("initial_power_table.cbor");
    Path certsJson = out.resolve(SimulationResult.CERTIFICATES_FILE);
    Path finalJson = out.resolve("final_power_table.json");
    Path summary = out.resolve("simulation.json");
    for (Path path : List.of(initialJson, initialCbor, certsJson, finalJson, summary)) {
      if (Files.exists(path) && !force) {
        throw new F3Exception(path + ": already exists (use --force to overwrite)");
      }
    }
    long start = System.nanoTime();
    SyntheticChain chain = SyntheticNetwork.of(spec).generate();
    if (fault != null) {
      try {
        chain = chain.withFault(fault.reason(), fault.instance());
      } catch (IllegalArgumentException e) {
        throw new F3Exception(
            "cannot make "
                + fault.reason()
                + " at instance "
                + fault.instance()
                + ": "
                + e.getMessage());
      }
    }
    try {
      Files.createDirectories(out);
      PowerTableFiles.write(
          initialJson, chain.initialTable().entries(), PowerTableFormat.JSON_ENTRIES);
      PowerTableFiles.write(initialCbor, chain.initialTable().entries(), PowerTableFormat.DAG_CBOR);
      PowerTableFiles.write(finalJson, chain.finalTable().entries(), PowerTableFormat.JSON_ENTRIES);
      writeCertificates(certsJson, chain.certificates());
    } catch (IOException e) {
      throw new F3Exception(out + ": cannot write: " + e.getMessage(), e);
    }
    SimulatedSnapshots snapshots =
        writeSnapshots(
            F3SnapshotHeader.of(0, chain.certificates().size() - 1L, chain.initialTable()),
            CertificateStream.of(chain.certificates()));
    double seconds = (System.nanoTime() - start) / 1e9;
    record(session, spec, chain.initialTable(), chain.finalTable().cid(), snapshots);
    session.table(
        "final power table", Optional.of((long) chain.certificates().size()), chain.finalTable());
    session.fact(
        "files written",
        String.join(
            ", ",
            List.of(initialJson, initialCbor, certsJson, finalJson, summary).stream()
                .map(Path::toString)
                .toList()));
    try {
      Files.writeString(
          summary, JsonOutput.text(summary(spec, chain)) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new F3Exception(summary + ": cannot write: " + e.getMessage(), e);
    }
    output.print(
        new SimulationResult(
            spec,
            Optional.of(out),
            chain.initialTable(),
            Optional.of(chain.finalTable().size()),
            Optional.of(chain.finalTable().cid()),
            Optional.ofNullable(fault),
            snapshots,
            seconds));
    return ExitCodes.OK;
  }

  private SimulationSpec.Churn churn() throws F3Exception {
    return switch (churn.toLowerCase(Locale.ROOT)) {
      case "default" -> SimulationSpec.Churn.DEFAULT;
      case "none" -> SimulationSpec.Churn.NONE;
      default -> throw new F3Exception("--churn takes default or none, not '" + churn + "'");
    };
  }

  private SimulatedSnapshots writeSnapshots(F3SnapshotHeader header, CertificateStream certificates)
      throws F3Exception {
    if (f3snap == null && car == null) {
      return new SimulatedSnapshots(Optional.empty(), Optional.empty(), Optional.empty());
    }
    if (header.declaredCertificates() == 0) {
      throw new F3Exception("a snapshot needs at least one certificate (--instances 0)");
    }
    return SimulatedSnapshots.write(
        Optional.ofNullable(f3snap),
        Optional.ofNullable(car),
        header,
        certificates,
        progress.reporter(output.err(), "generated"));
  }

  /** Generates certificates one at a time straight into the snapshot files. */
  private int streamSnapshots(SimulationSpec spec) throws F3Exception {
    long start = System.nanoTime();
    SyntheticNetwork network = SyntheticNetwork.of(spec);
    PowerTable initial = network.initialTable();
    SimulatedSnapshots snapshots =
        writeSnapshots(F3SnapshotHeader.of(0, instances - 1L, initial), network.stream());
    record(output.session(), spec, initial, snapshots.finalPowerTableCid().orElse(null), snapshots);
    output.print(
        new SimulationResult(
            spec,
            Optional.empty(),
            initial,
            Optional.empty(),
            snapshots.finalPowerTableCid(),
            Optional.empty(),
            snapshots,
            (System.nanoTime() - start) / 1e9));
    return ExitCodes.OK;
  }

  /** What was generated, for the session: the parameters, the tables and the files. */
  private void record(
      SessionRecord.Builder session,
      SimulationSpec spec,
      PowerTable initial,
      Cid finalCid,
      SimulatedSnapshots snapshots) {
    session.fact("seed", spec.seed());
    session.fact("participants", spec.participants());
    session.fact("certificates", spec.instances());
    session.fact("churn", churn);
    session.table("initial power table", Optional.of(0L), initial);
    session.cid(RecordedCid.computed("initial power table", initial.cid()));
    if (finalCid != null) {
      session.cid(RecordedCid.computed("final power table", finalCid));
    }
    if (fault != null) {
      session.fact(
          "broken", "validation fails with " + fault.reason() + " at instance " + fault.instance());
    }
    snapshots
        .f3snap()
        .ifPresent(
            e ->
                session.fact(
                    "F3 snapshot written",
                    e.path() + " (" + e.bytes() + " bytes, CID " + e.snapshotCid() + ")"));
    snapshots
        .car()
        .ifPresent(
            e -> session.fact("snapshot CAR written", e.path() + " (" + e.bytes() + " bytes)"));
    if (spec.instances() > 0) {
      session.instanceReached(spec.instances() - 1L);
    }
    session.summary(
        "Generated "
            + spec.instances()
            + " certificates for "
            + spec.networkName()
            + " (seed "
            + spec.seed()
            + ", "
            + spec.participants()
            + " participants), initial"
            + " power table "
            + initial.cid()
            + (fault == null ? "" : ", broken with " + fault.reason() + " at " + fault.instance()));
  }

  private ObjectNode summary(SimulationSpec spec, SyntheticChain chain) {
    ObjectNode node = JsonOutput.object();
    node.put("synthetic", true);
    node.put("networkName", spec.networkName());
    node.put("seed", spec.seed());
    node.put("participants", spec.participants());
    node.put("instances", chain.certificates().size());
    node.put("initialPowerTableCid", chain.initialTable().cid().toString());
    node.put("finalPowerTableCid", chain.finalTable().cid().toString());
    if (fault == null) {
      node.put("expectValid", true);
      node.put("expectNextInstance", chain.certificates().size());
    } else {
      node.put("expectValid", false);
      node.put("expectReason", fault.reason().name());
      node.put("expectFailedInstance", fault.instance());
    }
    return node;
  }

  private static void writeCertificates(Path path, List<FinalityCertificate> certificates)
      throws IOException {
    try (BufferedWriter writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      writer.write("[");
      for (int i = 0; i < certificates.size(); i++) {
        writer.write(i == 0 ? "\n" : ",\n");
        writer.write(CertificateJson.toJson(certificates.get(i)));
      }
      writer.write("\n]\n");
    }
  }

  /** Parses REASON@INSTANCE. */
  static final class FaultConverter implements CommandLine.ITypeConverter<Fault> {
    @Override
    public Fault convert(String value) {
      int at = value.lastIndexOf('@');
      if (at <= 0 || at == value.length() - 1) {
        throw new CommandLine.TypeConversionException(
            "expected REASON@INSTANCE, e.g." + " INVALID_SIGNATURE@7, got '" + value + "'");
      }
      try {
        FailureReason reason =
            FailureReason.valueOf(
                value.substring(0, at).toUpperCase(Locale.ROOT).replace('-', '_'));
        int instance = Integer.parseInt(value.substring(at + 1));
        return new Fault(reason, instance);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'"
                + value
                + "': unknown reason or bad"
                + " instance (reasons: "
                + List.of(FailureReason.values())
                + ")");
      }
    }

    /** The reason names, for the help text. */
    static final class Reasons implements Iterable<String> {
      @Override
      public java.util.Iterator<String> iterator() {
        return java.util.Arrays.stream(FailureReason.values()).map(Enum::name).iterator();
      }
    }
  }
}
