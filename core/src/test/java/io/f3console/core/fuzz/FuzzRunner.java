package io.f3console.core.fuzz;

import io.f3console.core.F3Exception;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs mutated inputs through one target under a watchdog and holds each to the contract: only the
 * project's own checked exceptions ({@link F3Exception} and its subclasses) escape, no input takes
 * more than {@link #TIME_LIMIT}, none allocates more than {@link #ALLOCATION_LIMIT}. A breach is
 * written to {@code target/fuzz-failures/} with the seed that regenerates it.
 */
final class FuzzRunner implements AutoCloseable {
  static final Duration TIME_LIMIT = Duration.ofSeconds(2);
  static final long ALLOCATION_LIMIT = 128L << 20;

  /** A parse still running after this is abandoned and reported as a hang. */
  static final Duration HANG_LIMIT = Duration.ofSeconds(20);

  private final Duration hangLimit;

  /** A slow input is timed this many more times; it is a breach only if every run is slow. */
  private static final int SLOW_RERUNS = 2;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final Path failures;
  private ExecutorService worker = newWorker();

  FuzzRunner(Path failures) {
    this(failures, HANG_LIMIT);
  }

  /** A runner that gives up on a parse after {@code hangLimit} (at least the time limit). */
  FuzzRunner(Path failures, Duration hangLimit) {
    if (hangLimit.compareTo(TIME_LIMIT) < 0) {
      throw new IllegalArgumentException("the hang limit must be at least " + TIME_LIMIT);
    }
    this.failures = failures;
    this.hangLimit = hangLimit;
  }

  /**
   * The input that {@code inputSeed} gives from a target's seeds: the reproducer of a breach (the
   * input is also written to {@code target/fuzz-failures/}, to hand to the CLI).
   */
  static byte[] input(Mutator mutator, long inputSeed) {
    return mutator.input(new SplittableRandom(inputSeed));
  }

  /**
   * Every seed as it is, then mutated inputs until {@code maxInputs} or {@code deadlineNanos} (of
   * {@link System#nanoTime}) is reached, whichever comes first.
   */
  TargetReport run(FuzzTarget target, long campaignSeed, long maxInputs, long deadlineNanos) {
    TargetReport report = new TargetReport(target.name(), campaignSeed);
    Mutator mutator = new Mutator(target.seeds());
    for (int i = 0; i < target.seeds().size(); i++) {
      judge(target, report, target.seeds().get(i), "seed #" + i);
    }
    SplittableRandom inputs = new SplittableRandom(campaignSeed ^ target.name().hashCode());
    while (report.inputs() < maxInputs && System.nanoTime() < deadlineNanos) {
      long inputSeed = inputs.nextLong();
      byte[] input = input(mutator, inputSeed);
      judge(target, report, input, "input seed " + Long.toHexString(inputSeed));
    }
    return report;
  }

  private void judge(FuzzTarget target, TargetReport report, byte[] input, String origin) {
    FuzzOutcome outcome = runOnce(target, input);
    Breach breach = breachOf(outcome);
    if (breach == null && outcome.nanos() > TIME_LIMIT.toNanos()) {
      long fastest = outcome.nanos();
      for (int i = 0; i < SLOW_RERUNS && fastest > TIME_LIMIT.toNanos(); i++) {
        FuzzOutcome again = runOnce(target, input);
        fastest = Math.min(fastest, again.hung() ? Long.MAX_VALUE : again.nanos());
      }
      if (fastest > TIME_LIMIT.toNanos()) {
        breach =
            new Breach(
                "slower than " + TIME_LIMIT.toMillis() + " ms",
                "took " + millis(fastest) + " ms (limit " + TIME_LIMIT.toMillis() + " ms)");
      }
    }
    report.record(outcome, input.length, origin);
    if (breach != null) {
      String description = breach.description();
      if (report.isNewBreach(breach.kind())) {
        description +=
            "; " + origin + "; reproducer " + save(target, origin, input, breach.description());
      }
      report.breach(breach.kind(), description);
    }
  }

  /** A breach of the contract: its kind (for counting alike ones together) and its details. */
  private record Breach(String kind, String description) {}

  /** What is wrong with an outcome, or null if it kept the contract (time is judged apart). */
  private Breach breachOf(FuzzOutcome outcome) {
    if (outcome.hung()) {
      String limit = "did not finish within " + hangLimit.toMillis() + " ms";
      return new Breach(limit, limit);
    }
    if (outcome.allocatedBytes() > ALLOCATION_LIMIT) {
      return new Breach(
          "allocated more than 128 MiB",
          "allocated " + (outcome.allocatedBytes() >> 20) + " MiB (limit 128 MiB)");
    }
    if (outcome.thrown().isPresent() && !(outcome.thrown().get() instanceof F3Exception)) {
      Throwable thrown = outcome.thrown().get();
      StackTraceElement[] trace = thrown.getStackTrace();
      String where = trace.length > 0 ? " at " + trace[0] : "";
      String caller = trace.length > 1 ? " < " + trace[1] : "";
      return new Breach(
          "threw " + thrown.getClass().getName() + where + caller,
          "threw " + abbreviated(thrown.toString()) + where + caller);
    }
    return null;
  }

  private static String abbreviated(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private FuzzOutcome runOnce(FuzzTarget target, byte[] input) {
    Future<FuzzOutcome> pending =
        worker.submit(
            () -> {
              long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
              long start = System.nanoTime();
              Throwable thrown = null;
              try {
                target.parser().parse(input);
              } catch (Throwable t) {
                thrown = t;
              }
              long nanos = System.nanoTime() - start;
              long allocatedAfter = THREADS.getCurrentThreadAllocatedBytes();
              long allocated = allocatedBefore < 0 ? -1 : allocatedAfter - allocatedBefore;
              return new FuzzOutcome(nanos, allocated, Optional.ofNullable(thrown), false);
            });
    try {
      return pending.get(hangLimit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      return new FuzzOutcome(hangLimit.toNanos(), -1, Optional.empty(), true);
    } catch (ExecutionException e) {
      return new FuzzOutcome(0, -1, Optional.of(e.getCause()), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fuzzing " + target.name(), e);
    }
  }

  private Path save(FuzzTarget target, String origin, byte[] input, String breach) {
    try {
      Files.createDirectories(failures);
      String base = target.name() + "-" + origin.replaceAll("[^A-Za-z0-9]+", "_");
      Path file = failures.resolve(base + ".bin");
      Files.write(file, input);
      Files.writeString(
          failures.resolve(base + ".txt"),
          target.name() + "\n" + origin + "\n" + breach + "\n" + HexFormat.of().formatHex(input));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long millis(long nanos) {
    return nanos / 1_000_000;
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        runnable -> {
          Thread thread = new Thread(runnable, "fuzz-worker");
          thread.setDaemon(true);
          return thread;
        });
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
