package io.f3console.core.snapshot;

import static io.f3console.core.snapshot.SnapshotTestData.chain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.f3console.core.F3Exception;
import io.f3console.core.testing.Mutations;
import io.f3console.core.validation.CertificateStream;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Randomly edited snapshots and CARs are read to the end or refused with a checked error: never an
 * unchecked exception, never a hang.
 */
class SnapshotMutationTest {
  static final int ROUNDS = 400;

  @TempDir Path dir;

  /** What happened to one mutated input. */
  private enum Outcome {
    READ,
    REFUSED
  }

  @FunctionalInterface
  private interface Reading {
    void read(byte[] bytes) throws Exception;
  }

  private static int[] run(byte[] original, long seed, Reading reading) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] counts = new int[Outcome.values().length];
    for (int round = 0; round < ROUNDS; round++) {
      byte[] mutated = Mutations.mutate(original, random);
      try {
        reading.read(mutated);
        counts[Outcome.READ.ordinal()]++;
      } catch (F3Exception expected) {
        assertThat(expected.getMessage()).isNotBlank();
        counts[Outcome.REFUSED.ordinal()]++;
      } catch (Exception | Error e) {
        fail("round " + round + " of seed " + seed + " threw " + e, e);
      }
    }
    return counts;
  }

  @Test
  void mutatedF3SnapshotsAreReadOrRefusedWithACheckedError() {
    byte[] snapshot =
        SnapshotTestData.write(SnapshotTestData.header(), chain().certificates().subList(0, 6))
            .bytes();

    int[] counts =
        run(
            snapshot,
            17,
            bytes -> {
              try (F3SnapshotReader reader =
                  F3SnapshotReader.open(
                      new ByteArrayInputStream(bytes), "mutated.f3snap", Optional.empty())) {
                new F3SnapshotImportCheck(Optional.empty(), 2)
                    .check(reader, F3SnapshotImportCheck.Progress.NONE);
                while (reader.skip()) {
                  assertThat(reader.certificateBlocks()).isPositive();
                }
              }
            });

    assertThat(counts[Outcome.REFUSED.ordinal()]).isGreaterThan(ROUNDS / 2);
  }

  @Test
  void mutatedCarsAreReadOrRefusedWithACheckedError() throws Exception {
    Path original =
        SnapshotExport.writeCar(
                dir.resolve("original.car"),
                CarWriter.Format.V2,
                F3SnapshotHeader.of(0, 3, chain().initialTable()),
                CertificateStream.of(chain().certificates().subList(0, 4)),
                true,
                SnapshotExport.Progress.NONE)
            .path();
    Path mutatedFile = dir.resolve("mutated.car");

    int[] counts =
        run(
            Files.readAllBytes(original),
            23,
            bytes -> {
              try (CarReader reader =
                  CarReader.open(new ByteArrayInputStream(bytes), "mutated.car")) {
                while (reader.next().isPresent()) {
                  assertThat(reader.blocks()).isPositive();
                }
              }
              Files.write(mutatedFile, bytes);
              CarSnapshot car = CarSnapshot.open(mutatedFile);
              if (car.f3DataStatus() == CarSnapshot.F3DataStatus.PRESENT) {
                try (F3SnapshotReader reader = car.openF3Data()) {
                  SnapshotTestData.readAll(reader);
                }
              }
            });

    assertThat(counts[Outcome.REFUSED.ordinal()]).isGreaterThan(ROUNDS / 2);
  }
}
