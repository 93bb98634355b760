package io.f3console.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The long fuzzing run, only under {@code ./mvnw -pl core verify -Pfuzz} (its name keeps it out of
 * ordinary builds): {@code -Dfuzz.seconds=N} in all (600 by default) shared evenly by the targets,
 * {@code -Dfuzz.seed=HEX} for another campaign (random by default; the seed is printed). Prints per
 * target the inputs tried, the rejections by exception type, every breach with its reproducer, and
 * the slowest input.
 */
class FuzzLongRun {
  @Test
  void everyParserKeepsTheContractForMinutes() throws Exception {
    Duration total = Duration.ofSeconds(Long.getLong("fuzz.seconds", 600));
    String seedText = System.getProperty("fuzz.seed", "");
    long seed =
        seedText.isBlank()
            ? new java.util.SplittableRandom().nextLong()
            : Long.parseUnsignedLong(seedText, 16);
    System.out.printf("fuzz campaign seed %x, %s in all%n", seed, total);
    List<TargetReport> reports = FuzzCampaign.run(seed, target -> Long.MAX_VALUE, total.toNanos());
    long inputs = reports.stream().mapToLong(TargetReport::inputs).sum();
    System.out.printf("%d inputs over %d targets%n", inputs, reports.size());
    assertThat(FuzzCampaign.breaches(reports)).isEmpty();
  }
}
