package io.f3console.core.bench;

import io.f3console.core.F3Exception;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.open.Sources;
import io.f3console.core.participation.MinerTimeline;
import io.f3console.core.participation.MissingPower;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.SnapshotExport;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.store.CertificateStore;
import io.f3console.core.store.CertificateSync;
import io.f3console.core.store.StoreFootprint;
import io.f3console.core.store.StoredParticipation;
import io.f3console.core.store.SyncResult;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.validation.CertificateStream;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.ValidationListener;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * The certificate store at mainnet size, in two parts. Throughput: a generated, signed chain is
 * validated as {@code certs validate} does, and synced into a new store (validated with its
 * signatures as it arrives), from the same F3 snapshot with the same threads. Scale: a long
 * mainnet-shaped chain ({@link StoreBenchChain}) is written by the store's own writer, then the
 * queries an operator asks are timed on it: one miner over every instance, the missing power of the
 * last 30 days, the instance series, every miner over 30 days. Figures are reported, never judged;
 * a query whose answer is inconsistent is an error.
 */
public final class StoreBench {
  /** Mainnet's instances in 30 days, at about 1,650 a day. */
  public static final int THIRTY_DAYS = 49_500;

  private final Spec spec;
  private final Consumer<String> progress;

  /**
   * @param participants the committee size
   * @param validated certificates in the throughput part
   * @param stored instances in the scale part
   * @param threads validation threads
   * @param seed the generators' seed
   * @param folder where the stores are written (deleted afterwards)
   */
  public record Spec(
      int participants, int validated, int stored, int threads, long seed, Path folder) {
    public Spec {
      if (participants < 4 || participants > SimulationSpec.MAX_PARTICIPANTS) {
        throw new IllegalArgumentException(
            "--participants must be 4 to "
                + SimulationSpec.MAX_PARTICIPANTS
                + ", not "
                + participants);
      }
      if (validated < 1 || stored < 1 || threads < 1) {
        throw new IllegalArgumentException(
            "--instances, --stored and --threads must be" + " positive");
      }
    }
  }

  /** One timed query. */
  public record Query(String what, double seconds, String answer) {}

  /** What was measured. */
  public record Report(
      Spec spec,
      double validateSeconds,
      double syncSeconds,
      long stored,
      double writeSeconds,
      StoreFootprint footprint,
      List<Query> queries) {
    public double validatePerSecond() {
      return spec.validated() / validateSeconds;
    }

    public double syncPerSecond() {
      return spec.validated() / syncSeconds;
    }

    /** Sync throughput as a share of validation throughput. */
    public double syncShare() {
      return validateSeconds / syncSeconds;
    }

    public double bytesPerMillion() {
      return footprint.fileBytes() * 1_000_000.0 / stored;
    }
  }

  public StoreBench(Spec spec, Consumer<String> progress) {
    this.spec = spec;
    this.progress = progress;
  }

  public Report run() throws F3Exception, IOException, InterruptedException {
    Path folder = Files.createTempDirectory(spec.folder(), "f3console-store-bench");
    try {
      double[] throughput = throughput(folder);
      Path file = folder.resolve("scale.db");
      long start = System.nanoTime();
      write(file);
      double writeSeconds = (System.nanoTime() - start) / 1e9;
      try (CertificateStore store = CertificateStore.open(file, "bench")) {
        StoreFootprint footprint = StoreFootprint.of(store);
        return new Report(
            spec,
            throughput[0],
            throughput[1],
            spec.stored(),
            writeSeconds,
            footprint,
            queries(store));
      }
    } finally {
      deleteAll(folder);
    }
  }

  private double[] throughput(Path folder) throws F3Exception, IOException, InterruptedException {
    progress.accept(
        "generating "
            + spec.validated()
            + " signed certificates at "
            + spec.participants()
            + " participants");
    SyntheticChain chain =
        SyntheticNetwork.of(
                SimulationSpec.of(spec.seed(), spec.participants(), spec.validated(), "bench"))
            .generate();
    Path snapshot =
        SnapshotExport.writeF3Snapshot(
                folder.resolve("chain.f3snap"),
                F3SnapshotHeader.of(0, spec.validated() - 1, chain.initialTable()),
                CertificateStream.of(chain.certificates()),
                SnapshotExport.Progress.NONE)
            .path();
    ValidatorOptions options = ValidatorOptions.withThreads(spec.threads());
    double validate = Double.MAX_VALUE;
    double sync = Double.MAX_VALUE;
    for (int round = 0; round < 2; round++) {
      progress.accept("validating, round " + (round + 1));
      try (DataSource source = Sources.open("f3snap:" + snapshot, SourceOptions.defaults())) {
        long start = System.nanoTime();
        ValidationResult result =
            new CertificateValidator("bench", options)
                .validate(
                    chain.initialTable(),
                    0,
                    Optional.empty(),
                    source.certificates(0, spec.validated() - 1),
                    ValidationListener.NONE);
        validate = Math.min(validate, (System.nanoTime() - start) / 1e9);
        if (result.validated() != spec.validated()) {
          throw new F3Exception("the benchmark chain did not validate: " + result.failure());
        }
      }
      progress.accept("syncing into a new store, round " + (round + 1));
      Path file = folder.resolve("sync-" + round + ".db");
      try (DataSource source = Sources.open("f3snap:" + snapshot, SourceOptions.defaults());
          CertificateStore store = CertificateStore.open(file, "bench")) {
        long start = System.nanoTime();
        SyncResult result =
            new CertificateSync(TrustAssessor.of(NetworkSelection.raw("bench")), options)
                .sync(store, source, OptionalLong.empty());
        sync = Math.min(sync, (System.nanoTime() - start) / 1e9);
        if (result.stored() != spec.validated()) {
          throw new F3Exception("the benchmark chain did not sync: " + result.failure());
        }
      }
    }
    return new double[] {validate, sync};
  }

  private void write(Path file) throws F3Exception {
    StoreBenchChain chain;
    try {
      chain = new StoreBenchChain(spec.seed(), spec.participants());
    } catch (io.f3console.core.gpbft.InvalidPowerTableException e) {
      throw new F3Exception("the benchmark table is not valid: " + e.getMessage(), e);
    }
    try (CertificateStore store = CertificateStore.open(file, "bench")) {
      store.begin(
          0,
          chain.initialTable(),
          TrustAssessor.of(NetworkSelection.raw("bench")).table(chain.initialTable().cid(), 0));
      for (int i = 0; i < spec.stored(); i++) {
        StoreBenchChain.Step step = chain.next();
        store.append(step.certificate(), false, step.next());
        if ((i + 1) % 100_000 == 0) {
          progress.accept("stored " + (i + 1) + " instances");
        }
      }
    }
  }

  private List<Query> queries(CertificateStore store) throws F3Exception {
    StoredParticipation participation = new StoredParticipation(store);
    StoredParticipation.Range all = participation.stored().orElseThrow();
    long last = all.last();
    StoredParticipation.Range month =
        new StoredParticipation.Range(Math.max(all.first(), last - THIRTY_DAYS + 1), last);
    PowerTable committee = store.committeeOf(last).orElseThrow();
    List<Query> queries = new ArrayList<>();
    List<ActorId> miners =
        List.of(
            committee.entry(0).id(),
            committee.entry(committee.size() / 2).id(),
            committee.entry(committee.size() - 1).id());
    String[] names = {"largest", "median", "smallest"};
    for (int i = 0; i < miners.size(); i++) {
      progress.accept("one miner over every instance");
      long start = System.nanoTime();
      MinerTimeline history = participation.miner(miners.get(i), all);
      var p = history.summary();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (p.signed() + p.absent() + p.notInCommittee() != all.size()) {
        throw new F3Exception("the miner's counts do not add up to the instances");
      }
      queries.add(
          new Query(
              "one miner ("
                  + names[i]
                  + " in the last committee) over "
                  + all.size()
                  + " instances",
              seconds,
              String.format(
                  java.util.Locale.ROOT,
                  "%s signed %d, absent %d, out %d",
                  miners.get(i).address(),
                  p.signed(),
                  p.absent(),
                  p.notInCommittee())));
    }
    progress.accept("missing power over 30 days");
    long start = System.nanoTime();
    MissingPower missing = participation.missing(month);
    queries.add(
        new Query(
            "missing power over the last " + month.size() + " instances (30" + " days)",
            (System.nanoTime() - start) / 1e9,
            missing.absentees().size()
                + " absentees, first "
                + missing.absentees().stream()
                    .findFirst()
                    .map(a -> a.actor().address())
                    .orElse("none")));
    start = System.nanoTime();
    int rows = participation.instances(all).size();
    queries.add(
        new Query(
            "the instance series over every instance",
            (System.nanoTime() - start) / 1e9,
            rows + " instances"));
    progress.accept("every miner over 30 days");
    start = System.nanoTime();
    ParticipationReport report = participation.report(month);
    queries.add(
        new Query(
            "every miner over the last " + month.size() + " instances",
            (System.nanoTime() - start) / 1e9,
            report.miners().size()
                + " miners, most absent "
                + report.mostAbsent(1).stream()
                    .findFirst()
                    .map(m -> m.actor().address())
                    .orElse("none")));
    return queries;
  }

  private static void deleteAll(Path folder) throws IOException {
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
