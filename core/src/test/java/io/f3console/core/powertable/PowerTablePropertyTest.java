package io.f3console.core.powertable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.f3console.core.gpbft.PowerEntriesCbor;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.testing.Mutations;
import io.f3console.core.testing.RandomPowerTables;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded round-trip and mutation properties of power-table encodings. */
class PowerTablePropertyTest {
  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomTablesRoundTripThroughCborAndJson(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    List<PowerEntry> entries = RandomPowerTables.entries(random, random.nextInt(0, 60));
    PowerTable table = PowerTable.of(entries);

    PowerTableDocument fromCbor = PowerTableFiles.parse(table.toCbor(), "cbor");
    assertThat(fromCbor.canonicalBytes()).isTrue();
    assertThat(fromCbor.entries()).isEqualTo(entries);

    byte[] json = PowerTableJson.write(entries).getBytes(StandardCharsets.UTF_8);
    PowerTableDocument fromJson = PowerTableFiles.parse(json, "json");
    assertThat(fromJson.toTable().cid()).isEqualTo(table.cid());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void cidDependsOnOrderAndCanonicalSortIsStable(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    List<PowerEntry> entries =
        new ArrayList<>(RandomPowerTables.entries(random, 2 + random.nextInt(30)));
    PowerTable canonical = PowerTable.of(entries).canonical();
    assertThat(canonical.isCanonicalOrder()).isTrue();
    Collections.shuffle(entries, new java.util.Random(seed));
    PowerTable shuffled = PowerTable.of(entries);
    assertThat(shuffled.canonical().cid()).isEqualTo(canonical.cid());
    assertThat(shuffled.cid().equals(canonical.cid())).isEqualTo(shuffled.isCanonicalOrder());
    assertThat(PowerTableDiff.between(canonical, shuffled).sameEntries()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void scaledPowersNeverExceedTheScaleAndQuorumIsReachable(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    PowerTable table = PowerTable.of(RandomPowerTables.entries(random, 1 + random.nextInt(80)));
    long sum = 0;
    for (int i = 0; i < table.size(); i++) {
      assertThat(table.scaledPower(i)).isBetween(0L, PowerTable.MAX_SCALED_POWER);
      sum += table.scaledPower(i);
    }
    assertThat(sum)
        .isEqualTo(table.scaledTotal())
        .isLessThanOrEqualTo(PowerTable.MAX_SCALED_POWER)
        .isGreaterThan(PowerTable.MAX_SCALED_POWER - table.size());
    assertThat(table.strongQuorumThreshold() * 3).isBetween(2 * sum, 2 * sum + 2);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mutatedCborIsRefusedOrDecodesToSomethingElse(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<PowerEntry> entries = RandomPowerTables.entries(random, 1 + random.nextInt(12));
    byte[] valid = PowerEntriesCbor.encode(entries);
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          for (int round = 0; round < 50; round++) {
            byte[] mutated = Mutations.mutate(valid, random);
            if (java.util.Arrays.equals(mutated, valid)) {
              continue;
            }
            try {
              PowerTableDocument document = PowerTableFiles.parseCbor(mutated, "mutated");
              if (!document.entries().equals(entries)) {
                continue;
              }
              // Same entries from different bytes: only go-f3's lax big-integer forms allow that.
              assertThat(document.canonicalBytes()).isFalse();
            } catch (PowerTableFormatException expected) {
              assertThat(expected.getMessage()).startsWith("mutated: ").doesNotContain("\n");
            } catch (RuntimeException e) {
              fail(
                  "seed "
                      + seed
                      + ": unchecked "
                      + e
                      + " for "
                      + HexFormat.of().formatHex(mutated));
            }
          }
        });
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mutatedJsonIsRefusedOrReadsToSomethingElse(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<PowerEntry> entries = RandomPowerTables.entries(random, 1 + random.nextInt(6));
    byte[] valid = PowerTableJson.write(entries).getBytes(StandardCharsets.UTF_8);
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          for (int round = 0; round < 50; round++) {
            byte[] mutated = Mutations.mutate(valid, random);
            try {
              PowerTableFiles.parse(mutated, "mutated").toTable();
            } catch (PowerTableFormatException expected) {
              assertThat(expected.getMessage()).startsWith("mutated: ").doesNotContain("\n");
            } catch (RuntimeException e) {
              fail(
                  "seed "
                      + seed
                      + ": unchecked "
                      + e
                      + " for "
                      + new String(mutated, StandardCharsets.UTF_8));
            }
          }
        });
  }
}
