package io.f3console.core.cid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.f3console.core.testing.Mutations;
import io.f3console.core.testing.Vectors;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random CIDs: round trips, and mutated input that must fail cleanly or parse exactly. */
class CidPropertyTest {
  private static final int MUTATIONS_PER_SEED = 40;
  private static final Duration BATCH_LIMIT = Duration.ofSeconds(20);

  /** Characters a mutated CID string may gain: both base32 cases, base58, and strays. */
  private static final String STRING_ALPHABET =
      "abcdefghijklmnopqrstuvwxyz234567ABCDEFGHIJKLMNOPQRSTUVWXYZ0189=+/ Qmbz\u00e9\u0000";

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomCidsRoundTripThroughBytesAndString(long seed) throws CidFormatException {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 10; i++) {
      Cid cid = RandomCids.any(random);
      byte[] binary = cid.toBytes();
      String text = cid.toString();

      Cid fromBytes = Cid.fromBytes(binary);
      Cid fromString = Cid.fromString(text);

      assertThat(fromBytes).as("seed %d: %s", seed, text).isEqualTo(cid);
      assertThat(fromString).as("seed %d: %s", seed, text).isEqualTo(cid);
      assertThat(fromBytes.version()).isEqualTo(cid.version());
      assertThat(fromBytes.codec()).isEqualTo(cid.codec());
      assertThat(fromBytes.multihash()).isEqualTo(cid.multihash());
      assertThat(fromString.toString()).isEqualTo(text);
      assertThat(fromString.toBytes()).isEqualTo(binary);
      if (cid.version() == 0) {
        assertThat(text).startsWith("Qm").hasSize(46);
      } else {
        assertThat(text).startsWith("b");
        assertThat(Cid.fromString("B" + text.substring(1).toUpperCase(java.util.Locale.ROOT)))
            .isEqualTo(cid);
        assertThat(Cid.fromString("z" + Base58.encode(binary))).isEqualTo(cid);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomCidV1KeepsItsCodecAndMultihash(long seed) throws CidFormatException {
    SplittableRandom random = new SplittableRandom(seed);
    long codec = RandomCids.code(random);
    Multihash hash =
        Multihash.of(RandomCids.code(random), RandomCids.bytes(random, random.nextInt(65)));

    Cid cid = Cid.fromBytes(Cid.v1(codec, hash).toBytes());

    assertThat(cid.codec()).as("seed %d", seed).isEqualTo(codec);
    assertThat(cid.multihash()).isEqualTo(hash);
    assertThat(cid.byteLength())
        .isEqualTo(
            1
                + Varint.length(codec)
                + Varint.length(hash.code())
                + Varint.length(hash.digestLength())
                + hash.digestLength());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mutatedBinaryCidIsRejectedCleanlyOrIsExactlyACid(long seed) {
    assertTimeoutPreemptively(
        BATCH_LIMIT,
        () -> {
          SplittableRandom random = new SplittableRandom(seed);
          byte[] original = RandomCids.any(random).toBytes();
          for (int i = 0; i < MUTATIONS_PER_SEED; i++) {
            byte[] mutated = Mutations.mutate(original, random);
            Cid cid;
            try {
              cid = Cid.fromBytes(mutated);
            } catch (CidFormatException expected) {
              assertThat(expected.getMessage()).isNotBlank();
              continue;
            } catch (RuntimeException e) {
              throw new AssertionError(
                  "seed " + seed + ": " + e + " on " + Vectors.hex(mutated), e);
            }
            assertThat(cid.toBytes())
                .as("seed %d: %s", seed, Vectors.hex(mutated))
                .isEqualTo(mutated);
            assertThat(Cid.fromString(cid.toString())).isEqualTo(cid);
          }
        });
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mutatedCidStringIsRejectedCleanlyOrParsesToACanonicalCid(long seed) {
    assertTimeoutPreemptively(
        BATCH_LIMIT,
        () -> {
          SplittableRandom random = new SplittableRandom(seed);
          Cid original = RandomCids.any(random);
          String text =
              switch (random.nextInt(4)) {
                case 0 -> "B" + original.toString().substring(1).toUpperCase(java.util.Locale.ROOT);
                case 1 -> "z" + Base58.encode(original.toBytes());
                default -> original.toString();
              };
          for (int i = 0; i < MUTATIONS_PER_SEED; i++) {
            String mutated = Mutations.mutate(text, STRING_ALPHABET, random);
            Cid cid;
            try {
              cid = Cid.fromString(mutated);
            } catch (CidFormatException expected) {
              assertThat(expected.getMessage()).isNotBlank();
              continue;
            } catch (RuntimeException e) {
              throw new AssertionError("seed " + seed + ": " + e + " on \"" + mutated + "\"", e);
            }
            assertThat(Cid.fromString(cid.toString()))
                .as("seed %d: %s", seed, mutated)
                .isEqualTo(cid);
            assertThat(Cid.fromBytes(cid.toBytes())).isEqualTo(cid);
          }
        });
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomBytesNeverBreakTheBinaryParser(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] bytes = RandomCids.bytes(random, random.nextInt(48));
    if (bytes.length > 0 && random.nextBoolean()) {
      bytes[0] = 1;
    }
    try {
      Cid cid = Cid.fromBytes(bytes);
      assertThat(cid.toBytes()).isEqualTo(bytes);
    } catch (CidFormatException expected) {
      assertThat(expected.getMessage()).isNotBlank().doesNotContain("only -");
    } catch (RuntimeException e) {
      fail("seed " + seed + ": " + e + " on " + Vectors.hex(bytes), e);
    }
  }
}
