package io.f3console.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.CidFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself: it tells rejections from breaches, and a breach can be reproduced. */
class FuzzRunnerTest {
  private static final List<byte[]> SEEDS =
      List.of(new byte[] {1, 2, 3, 4}, "{\"a\":1}".getBytes());

  @TempDir Path failures;

  @Test
  void theProjectsOwnExceptionsAreRejectionsNotBreaches() {
    FuzzTarget target =
        new FuzzTarget(
            "rejects",
            SEEDS,
            input -> {
              throw new CidFormatException("not a CID");
            });
    TargetReport report = run(target, 200);

    assertThat(report.inputs()).isEqualTo(200);
    assertThat(report.breaches()).isEmpty();
    assertThat(report.describe()).contains("{CidFormatException=200}");
  }

  @Test
  void anyOtherExceptionIsABreachWhoseInputTheSeedRegenerates() throws Exception {
    List<byte[]> crashed = new ArrayList<>();
    FuzzTarget target =
        new FuzzTarget(
            "crashes",
            SEEDS,
            input -> {
              if (input.length > 8) {
                crashed.add(input);
                throw new IllegalStateException("boom");
              }
              throw new F3Exception("short");
            });
    TargetReport report = run(target, 300);

    assertThat(report.breaches()).hasSize(1);
    String breach = report.breaches().get(0);
    assertThat(breach).contains("threw java.lang.IllegalStateException: boom");
    assertThat(report.describe())
        .contains(crashed.size() + " x threw java.lang.IllegalStateException");
    Matcher seed = Pattern.compile("input seed ([0-9a-f]+)").matcher(breach);
    assertThat(seed.find()).isTrue();
    byte[] again = FuzzRunner.input(new Mutator(SEEDS), Long.parseUnsignedLong(seed.group(1), 16));
    Matcher file = Pattern.compile("reproducer (\\S+\\.bin)").matcher(breach);
    assertThat(file.find()).isTrue();
    assertThat(Files.readAllBytes(Path.of(file.group(1)))).isEqualTo(again);
    assertThat(again).isEqualTo(crashed.get(0));
  }

  @Test
  void allocatingMoreThan128MiBIsABreach() {
    FuzzTarget target =
        new FuzzTarget(
            "allocates",
            SEEDS,
            input -> {
              long sum = 0;
              for (int i = 0; i < 20; i++) {
                byte[] chunk = new byte[8 << 20];
                sum += chunk.length;
              }
              assertThat(sum).isEqualTo(160L << 20);
            });
    TargetReport report = run(target, 2);

    assertThat(report.breaches()).singleElement().asString().contains("allocated 16");
  }

  @Test
  void anInputSlowerThanTheLimitEachTimeItIsTriedIsABreach() {
    FuzzTarget target =
        new FuzzTarget(
            "slow",
            SEEDS,
            input -> {
              if (input[0] == 1) {
                Thread.sleep(FuzzRunner.TIME_LIMIT.toMillis() + 200);
              }
            });
    TargetReport report = run(target, SEEDS.size());

    assertThat(report.breaches()).singleElement().asString().contains("seed #0").contains("took ");
    assertThat(report.describe()).contains("slowest 22");
  }

  @Test
  void anInputThatNeverFinishesIsReportedAndTheRunGoesOn() {
    FuzzTarget target =
        new FuzzTarget(
            "hangs",
            SEEDS,
            input -> {
              if (input[0] == 1) {
                Thread.sleep(Long.MAX_VALUE);
              }
            });
    TargetReport report;
    try (FuzzRunner runner = new FuzzRunner(failures, Duration.ofSeconds(3))) {
      report = runner.run(target, 7, SEEDS.size(), Long.MAX_VALUE);
    }

    assertThat(report.inputs()).isEqualTo(2);
    assertThat(report.breaches()).singleElement().asString().contains("did not finish within");
  }

  @Test
  void oneSeedGivesOneInput() {
    Mutator mutator = new Mutator(SEEDS);
    for (long seed = 0; seed < 100; seed++) {
      assertThat(mutator.input(new SplittableRandom(seed)))
          .isEqualTo(mutator.input(new SplittableRandom(seed)));
    }
  }

  private TargetReport run(FuzzTarget target, long inputs) {
    try (FuzzRunner runner = new FuzzRunner(failures)) {
      return runner.run(target, 42, inputs, Long.MAX_VALUE);
    }
  }
}
