package io.f3console.core.bitfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.f3console.core.testing.Mutations;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded randomised properties of RLE+ and the run-length form; each seed is one case. */
class RlePlusPropertyTest {
  private static final int MUTATIONS_PER_SEED = 200;
  private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(5);

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void smallSetsRoundTripThroughRlePlus(long seed) throws Exception {
    Bitfield set = RandomBitfields.small(new SplittableRandom(seed));

    byte[] encoded = RlePlus.encode(set);

    assertThat(RlePlus.decode(encoded)).isEqualTo(set);
    assertCanonicalShape(encoded, set);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void setsWithHugeRunsRoundTripThroughRlePlus(long seed) throws Exception {
    Bitfield set = RandomBitfields.withHugeRuns(new SplittableRandom(seed));

    byte[] encoded = RlePlus.encode(set);

    assertThat(RlePlus.decode(encoded)).isEqualTo(set);
    assertThat(ReferenceDecoder.decode(encoded).set()).isEqualTo(set);
    assertCanonicalShape(encoded, set);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void setsRoundTripThroughRunLengths(long seed) throws Exception {
    Bitfield set = RandomBitfields.any(new SplittableRandom(seed));

    long[] runLengths = RlePlus.toRunLengths(set);

    assertThat(RlePlus.fromRunLengths(runLengths)).isEqualTo(set);
    assertThat(runLengths.length).isEqualTo(set.isEmpty() ? 1 : 2 * set.runCount());
    assertThat(Arrays.stream(runLengths).skip(1)).doesNotContain(0L);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void trailingUnsetRunLengthIsIgnored(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    Bitfield set = RandomBitfields.any(random);
    long[] runLengths = RlePlus.toRunLengths(set);
    // The empty set's [0] is itself the leading unset run, which the extra run then replaces.
    long[] withTrailing =
        set.isEmpty() ? new long[1] : Arrays.copyOf(runLengths, runLengths.length + 1);
    withTrailing[withTrailing.length - 1] = RandomBitfields.length(random);

    assertThat(RlePlus.fromRunLengths(withTrailing)).isEqualTo(set);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void reencodingNonCanonicalBufferGivesCanonicalBytes(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    Bitfield set = RandomBitfields.any(random);
    byte[] nonCanonical = RandomEncodings.nonCanonical(set, random);

    Bitfield decoded = RlePlus.decode(nonCanonical);

    assertThat(decoded).isEqualTo(set);
    assertThat(ReferenceDecoder.decode(nonCanonical).set()).isEqualTo(set);
    assertThat(RlePlus.encode(decoded)).isEqualTo(RlePlus.encode(set));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mutatedEncodingsDecodeOrFailCleanly(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    assertTimeoutPreemptively(
        BATCH_TIMEOUT,
        () -> {
          int accepted = 0;
          for (int i = 0; i < MUTATIONS_PER_SEED; i++) {
            Bitfield set = RandomBitfields.any(random);
            byte[] valid =
                random.nextBoolean()
                    ? RlePlus.encode(set)
                    : RandomEncodings.nonCanonical(set, random);
            if (checkAgainstReference(mutate(valid, random))) {
              accepted++;
            }
          }
          // Sanity: the mutations neither always break nor never break the encodings.
          assertThat(accepted).isBetween(1, MUTATIONS_PER_SEED - 1);
        });
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomBytesDecodeOrFailCleanly(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] edgeBytes = {0, 1, 2, 3, 0x0c, 0x7f, (byte) 0x80, (byte) 0x81, (byte) 0xfe, -1};
    assertTimeoutPreemptively(
        BATCH_TIMEOUT,
        () -> {
          for (int i = 0; i < MUTATIONS_PER_SEED; i++) {
            byte[] bytes = new byte[random.nextInt(25)];
            for (int j = 0; j < bytes.length; j++) {
              bytes[j] =
                  random.nextBoolean()
                      ? edgeBytes[random.nextInt(edgeBytes.length)]
                      : (byte) random.nextInt(256);
            }
            checkAgainstReference(bytes);
          }
        });
  }

  /**
   * Decodes {@code bytes}: any exception other than {@link BitfieldDecodingException} escapes and
   * fails the test. The outcome must match the reference decoder, and an accepted set must survive
   * re-encoding. Returns whether the bytes were accepted.
   */
  private static boolean checkAgainstReference(byte[] bytes) throws Exception {
    ReferenceDecoder.Outcome expected = ReferenceDecoder.decode(bytes);
    Bitfield decoded;
    try {
      decoded = RlePlus.decode(bytes);
    } catch (BitfieldDecodingException e) {
      assertThat(expected.failure()).as("reference failure for %s", hex(bytes)).isNotNull();
      assertThat(e.getMessage()).as("message for %s", hex(bytes)).contains(expected.failure());
      return false;
    }
    assertThat(expected.failure()).as("reference failure for %s", hex(bytes)).isNull();
    assertThat(decoded).as("set for %s", hex(bytes)).isEqualTo(expected.set());
    assertThat(RlePlus.decode(RlePlus.encode(decoded))).isEqualTo(decoded);
    return true;
  }

  private static byte[] mutate(byte[] valid, SplittableRandom random) {
    byte[] bytes = valid;
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      bytes = Mutations.mutate(bytes, random);
    }
    return bytes;
  }

  private static void assertCanonicalShape(byte[] encoded, Bitfield set) {
    assertThat(encoded.length == 0).isEqualTo(set.isEmpty());
    if (encoded.length > 0) {
      assertThat(encoded[encoded.length - 1]).isNotZero();
      assertThat(encoded[0] & 3).isZero();
    }
  }

  private static String hex(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(bytes);
  }
}
