package io.f3console.core.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One fuzzing run over every target: builds the targets (reading the shared data), gives each its
 * share of inputs or time, and collects a {@link TargetReport} per target. Used by the short run in
 * every build ({@link FuzzSmokeTest}) and the long one ({@code -Pfuzz}, {@link FuzzLongRun}).
 */
final class FuzzCampaign {
  static final Path FAILURES = Path.of("target", "fuzz-failures");

  private FuzzCampaign() {}

  /**
   * Runs every target with {@code maxInputs.applyAsLong(target)} mutated inputs at most and, for
   * each, until its even share of {@code totalNanos} has passed.
   */
  static List<TargetReport> run(
      long campaignSeed, ToLongFunction<FuzzTarget> maxInputs, long totalNanos) throws Exception {
    Path scratch = Files.createTempDirectory("f3console-fuzz");
    List<TargetReport> reports = new ArrayList<>();
    try (RpcTarget rpc = new RpcTarget();
        FuzzRunner runner = new FuzzRunner(FAILURES)) {
      List<FuzzTarget> targets = new ArrayList<>(new FuzzTargets(scratch).all());
      targets.addAll(new StateTargets(scratch).all());
      targets.add(rpc.target());
      for (FuzzTarget target : targets) {
        long deadline = System.nanoTime() + totalNanos / targets.size();
        TargetReport report =
            runner.run(target, campaignSeed, maxInputs.applyAsLong(target), deadline);
        System.out.print(report.describe());
        reports.add(report);
      }
    } finally {
      try (var files = Files.walk(scratch)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return reports;
  }

  /** Every breach of every report, one per line, or an empty string. */
  static String breaches(List<TargetReport> reports) {
    StringBuilder out = new StringBuilder();
    for (TargetReport report : reports) {
      for (String breach : report.breaches()) {
        out.append(report.target()).append(": ").append(breach).append('\n');
      }
    }
    return out.toString();
  }
}
