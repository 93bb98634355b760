package io.f3console.core.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tally of one target's run: inputs tried, rejections by exception type, inputs accepted, the
 * breaches of the contract (with their reproducers), and the slowest and hungriest inputs.
 */
final class TargetReport {
  private final String target;
  private final long campaignSeed;
  private final Map<String, Long> rejections = new TreeMap<>();
  private final List<String> breaches = new ArrayList<>();
  private final Map<String, Long> breachKinds = new TreeMap<>();
  private long inputs;
  private long accepted;
  private long bytes;
  private long slowestNanos = -1;
  private String slowestInput = "";
  private long mostAllocated;

  TargetReport(String target, long campaignSeed) {
    this.target = target;
    this.campaignSeed = campaignSeed;
  }

  void record(FuzzOutcome outcome, int length, String origin) {
    inputs++;
    bytes += length;
    if (outcome.thrown().isPresent()) {
      rejections.merge(outcome.thrown().get().getClass().getSimpleName(), 1L, Long::sum);
    } else if (!outcome.hung()) {
      accepted++;
    }
    if (outcome.nanos() > slowestNanos) {
      slowestNanos = outcome.nanos();
      slowestInput = origin + " (" + length + " bytes)";
    }
    mostAllocated = Math.max(mostAllocated, outcome.allocatedBytes());
  }

  /**
   * Counts a breach; the first of each kind (the exception and the place it was thrown, or the
   * limit exceeded) is kept with its reproducer.
   */
  void breach(String kind, String description) {
    if (breachKinds.merge(kind, 1L, Long::sum) == 1) {
      breaches.add(description);
    }
  }

  boolean isNewBreach(String kind) {
    return !breachKinds.containsKey(kind);
  }

  String target() {
    return target;
  }

  long inputs() {
    return inputs;
  }

  List<String> breaches() {
    return List.copyOf(breaches);
  }

  /** A few lines for people: the figures, then every breach. */
  String describe() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%-28s %9d inputs (%d MiB), %d accepted, rejected %s; slowest %d ms: %s;"
                + " most allocated %d MiB; campaign seed %x%n",
            target,
            inputs,
            bytes >> 20,
            accepted,
            rejections,
            FuzzRunner.millis(slowestNanos),
            slowestInput,
            mostAllocated >> 20,
            campaignSeed));
    for (String breach : breaches) {
      out.append("  BREACH ").append(breach).append('\n');
    }
    breachKinds.forEach(
        (kind, count) -> out.append("  ").append(count).append(" x ").append(kind).append('\n'));
    return out.toString();
  }
}
