package io.f3console.core.validation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Total time spent in each stage over the certificates that were settled, for reports and
 * benchmarks. Stages run on different threads when signatures are checked in parallel, so the sum
 * can exceed the wall-clock time.
 *
 * @param certificates how many certificates contributed
 */
public record StageTimes(Map<Stage, Long> totalNanos, long certificates) {
  public StageTimes {
    EnumMap<Stage, Long> copy = new EnumMap<>(Stage.class);
    for (Stage stage : Stage.values()) {
      copy.put(stage, totalNanos.getOrDefault(stage, 0L));
    }
    totalNanos = Collections.unmodifiableMap(copy);
  }

  public static StageTimes none() {
    return new StageTimes(Map.of(), 0);
  }

  /** Mean time per certificate in a stage, in nanoseconds (0 when nothing was timed). */
  public double meanNanos(Stage stage) {
    return certificates == 0 ? 0 : (double) totalNanos.get(stage) / certificates;
  }

  /** Mean time per certificate over all stages. */
  public double meanTotalNanos() {
    long sum = 0;
    for (long nanos : totalNanos.values()) {
      sum += nanos;
    }
    return certificates == 0 ? 0 : (double) sum / certificates;
  }

  /** Accumulates stage times; not thread-safe (the validator adds on its own thread). */
  static final class Accumulator {
    private final long[] nanos = new long[Stage.values().length];
    private long certificates;

    void add(StageEvent event) {
      nanos[event.stage().ordinal()] += event.nanos();
    }

    void countCertificate() {
      certificates++;
    }

    StageTimes snapshot() {
      EnumMap<Stage, Long> map = new EnumMap<>(Stage.class);
      for (Stage stage : Stage.values()) {
        map.put(stage, nanos[stage.ordinal()]);
      }
      return new StageTimes(map, certificates);
    }
  }
}
