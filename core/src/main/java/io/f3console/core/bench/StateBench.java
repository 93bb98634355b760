package io.f3console.core.bench;

import io.f3console.core.F3Exception;
import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.blocks.RpcBlockSource;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.sim.StateGenerator;
import io.f3console.core.sim.SyntheticState;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.statepower.PowerTableComputation;
import io.f3console.core.statepower.StatePowerTable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The power table computed from a generated state at mainnet size: {@link StateGenerator} writes a
 * state of {@code claims} claims, {@code eligible} of them at or above the consensus minimum, to a
 * temporary CAR; its table is computed from the CAR (indexed, then read in place) and, unless
 * turned off, through {@code Filecoin.ChainReadObj} from a {@link ChainReadObjServer} on the
 * loopback interface serving that CAR. Each table is checked against the one the generator worked
 * out (a mismatch is an error, not a figure); times and heap are reported, never judged.
 */
public final class StateBench {
  /** Mainnet's consensus minimum (10 TiB), used for the generated state. */
  public static final StoragePower MINIMUM = StoragePower.of(10L << 40);

  private final Spec spec;
  private final Consumer<String> progress;

  /**
   * What to measure.
   *
   * @param claims claims in the power actor
   * @param eligible claims at or above the minimum
   * @param seed the generator's seed
   * @param node whether the loopback node path is measured too
   */
  public record Spec(int claims, int eligible, long seed, boolean node) {
    public Spec {
      if (claims < 1 || claims > PowerTableComputation.MAX_CLAIMS) {
        throw new IllegalArgumentException(
            "--claims must be 1 to " + PowerTableComputation.MAX_CLAIMS + ", not " + claims);
      }
      if (eligible < 0 || eligible > claims) {
        throw new IllegalArgumentException(
            "--eligible must be 0 to the number of claims, not " + eligible);
      }
    }
  }

  /**
   * One path's figures.
   *
   * @param seconds from opening the source to the table
   * @param blocksRead blocks the computation read
   * @param requests HTTP requests (0 for the CAR)
   * @param peakHeapBytes the heap's peak during the path
   */
  public record PathFigures(double seconds, long blocksRead, long requests, long peakHeapBytes) {}

  /**
   * The figures.
   *
   * @param spec what was measured
   * @param entries entries in the table
   * @param tableCid the table's CID
   * @param blocks blocks in the CAR
   * @param carBytes the CAR's size
   * @param generateSeconds generating and writing the CAR
   * @param indexHeapBytes the CAR index's heap bytes
   * @param indexOffHeapBytes the CAR index's off-heap bytes
   * @param car the CAR path's figures
   * @param node the node path's figures, when measured
   * @param maxHeapBytes the JVM's heap limit
   */
  public record Report(
      Spec spec,
      int entries,
      Cid tableCid,
      long blocks,
      long carBytes,
      double generateSeconds,
      long indexHeapBytes,
      long indexOffHeapBytes,
      PathFigures car,
      Optional<PathFigures> node,
      long maxHeapBytes) {}

  public StateBench(Spec spec, Consumer<String> progress) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** Generates, writes, computes and measures; the temporary CAR is deleted. */
  public Report run() throws F3Exception, IOException, InterruptedException {
    Path file = Files.createTempFile("f3console-state-bench-", ".car");
    try {
      return run(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private Report run(Path file) throws F3Exception, IOException, InterruptedException {
    progress.accept(
        "generating "
            + spec.claims()
            + " claims, "
            + spec.eligible()
            + " at or above the minimum (seed "
            + spec.seed()
            + ")");
    long start = System.nanoTime();
    StateGenerator.Generated generated =
        StateGenerator.generate(
            spec.seed(), spec.claims(), spec.eligible(), MINIMUM, 1000, SyntheticState.Layout.V17);
    SyntheticState.Written written = SyntheticState.writeCar(generated.spec(), file);
    double generateSeconds = seconds(start);
    List<Cid> tipset = List.of(written.header());
    long carBytes = Files.size(file);
    progress.accept(
        String.format(
            java.util.Locale.ROOT,
            "wrote %d blocks, %d bytes in %.1f s",
            written.blocks(),
            carBytes,
            generateSeconds));
    List<?> expected = generated.expected();
    generated = null;
    System.gc();

    progress.accept("computing from the CAR");
    resetPeaks();
    start = System.nanoTime();
    StatePowerTable fromCar;
    long indexHeap;
    long indexOffHeap;
    try (CarBlockSource source = CarBlockSource.open(file)) {
      fromCar = PowerTableComputation.compute(source, tipset, MINIMUM);
      indexHeap = source.indexHeapBytes();
      indexOffHeap = source.indexBytes();
    }
    PathFigures car = new PathFigures(seconds(start), fromCar.blocksRead(), 0, peakHeap());
    check(fromCar, expected, "the CAR");

    Optional<PathFigures> node = Optional.empty();
    if (spec.node()) {
      progress.accept("computing through ChainReadObj on the loopback interface");
      try (CarBlockSource served = CarBlockSource.open(file);
          ChainReadObjServer server = ChainReadObjServer.start(served)) {
        LotusRpcClient client = LotusRpcClient.connect(server.endpoint(), SourceOptions.defaults());
        System.gc();
        resetPeaks();
        start = System.nanoTime();
        StatePowerTable fromNode;
        try (RpcBlockSource blocks = RpcBlockSource.of(client, 0, Duration.ZERO, 0)) {
          fromNode = PowerTableComputation.compute(blocks, tipset, MINIMUM);
        }
        node =
            Optional.of(
                new PathFigures(
                    seconds(start), fromNode.blocksRead(), server.requests(), peakHeap()));
        check(fromNode, expected, "the node");
      }
    }
    return new Report(
        spec,
        fromCar.table().entries().size(),
        fromCar.cid(),
        written.blocks(),
        carBytes,
        generateSeconds,
        indexHeap,
        indexOffHeap,
        car,
        node,
        Runtime.getRuntime().maxMemory());
  }

  private static void check(StatePowerTable table, List<?> expected, String from)
      throws F3Exception {
    if (!table.table().entries().equals(expected)) {
      throw new F3Exception(
          "the table computed from "
              + from
              + " ("
              + table.table().entries().size()
              + " entries) is not the one the generator worked out ("
              + expected.size()
              + " entries)");
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since {@link #resetPeaks}. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
