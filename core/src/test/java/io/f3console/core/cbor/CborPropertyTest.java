package io.f3console.core.cbor;

import static io.f3console.core.cbor.CborTestSupport.canonical;
import static io.f3console.core.cbor.CborTestSupport.decode;
import static io.f3console.core.cbor.CborTestSupport.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.f3console.core.cid.RandomCids;
import io.f3console.core.testing.Mutations;
import io.f3console.core.testing.Vectors;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random DAG-CBOR: canonical round trips, and mutated encodings that must either be refused
 * with a {@link CborDecodingException} or decode to a value that re-encodes cleanly.
 */
class CborPropertyTest {
  private static final int MAX_DEPTH = 4;
  private static final int MUTATIONS_PER_SEED = 40;
  private static final Duration BATCH_LIMIT = Duration.ofSeconds(30);

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void canonicalTreeRoundTripsThroughBytes(long seed) throws CborDecodingException {
    SplittableRandom random = new SplittableRandom(seed);
    CborValue value = canonical(RandomCbor.value(random, MAX_DEPTH));

    byte[] bytes = encode(value);
    CborValue read = decode(bytes);

    assertThat(read).as("seed %d: %s", seed, Vectors.hex(bytes)).isEqualTo(value);
    assertThat(encode(read)).as("seed %d", seed).isEqualTo(bytes);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mapsInAnyKeyOrderWriteTheCanonicalBytes(long seed) throws CborDecodingException {
    SplittableRandom random = new SplittableRandom(seed);
    CborValue value = RandomCbor.map(random, MAX_DEPTH);

    byte[] bytes = encode(value);

    assertThat(bytes).as("seed %d", seed).isEqualTo(encode(canonical(value)));
    assertThat(decode(bytes)).isEqualTo(canonical(value));
    assertKeysInDagOrder(decode(bytes));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void typedReadsMatchGenericValues(long seed) throws CborDecodingException {
    SplittableRandom random = new SplittableRandom(seed);
    long bits = RandomCbor.argument(random);
    byte[] unsigned = encode(new CborValue.UnsignedInteger(bits));
    byte[] negative = encode(new CborValue.NegativeInteger(bits));

    assertThat(new CborReader(unsigned).readUint64("u")).isEqualTo(bits);
    if (bits >= 0) {
      assertThat(new CborReader(unsigned).readInt64("i")).isEqualTo(bits);
      assertThat(new CborReader(negative).readInt64("i")).isEqualTo(-1 - bits);
      assertThat(new CborWriter().writeInt64(-1 - bits).toByteArray()).isEqualTo(negative);
    } else {
      assertThat(decodeFails(() -> new CborReader(unsigned).readInt64("i"))).isTrue();
      assertThat(decodeFails(() -> new CborReader(negative).readInt64("i"))).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomChainsAreAcceptedUpToTheNestingLimitOnly(long seed) throws CborDecodingException {
    SplittableRandom random = new SplittableRandom(seed);
    int depth = 1 + random.nextInt(CborReader.MAX_DEPTH);
    CborValue value = wrap(RandomCbor.value(random, 0), depth, random);
    CborValue tooDeep = wrap(value, CborReader.MAX_DEPTH + 1 - depth, random);

    assertThat(decode(encode(value))).as("seed %d depth %d", seed, depth).isEqualTo(value);
    CborDecodingException e =
        assertThrows(CborDecodingException.class, () -> decode(encode(tooDeep)));
    assertThat(e.problem()).as("seed %d", seed).isEqualTo("nesting deeper than 64");
  }

  /** {@code value} inside {@code containers} random single-item arrays and maps. */
  private static CborValue wrap(CborValue value, int containers, SplittableRandom random) {
    CborValue out = value;
    for (int i = 0; i < containers; i++) {
      out =
          random.nextBoolean()
              ? new CborValue.Array(List.of(out))
              : new CborValue.MapValue(
                  List.of(new CborValue.Entry(RandomCbor.text(random, 2), out)));
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mutatedEncodingIsRefusedCleanlyOrDecodesToARewritableValue(long seed) {
    assertTimeoutPreemptively(
        BATCH_LIMIT,
        () -> {
          SplittableRandom random = new SplittableRandom(seed);
          byte[] original = encode(canonical(RandomCbor.value(random, MAX_DEPTH)));
          for (int i = 0; i < MUTATIONS_PER_SEED; i++) {
            byte[] mutated = Mutations.mutate(original, random);
            checkMutated(seed, mutated);
          }
        });
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomBytesAreRefusedCleanlyOrDecodeToARewritableValue(long seed) {
    assertTimeoutPreemptively(
        BATCH_LIMIT,
        () -> {
          SplittableRandom random = new SplittableRandom(seed);
          for (int i = 0; i < MUTATIONS_PER_SEED; i++) {
            checkMutated(seed, RandomCids.bytes(random, random.nextInt(24)));
          }
        });
  }

  /**
   * A decoding attempt must end in a {@link CborDecodingException} that points inside the buffer,
   * or in a value. A value must re-encode to bytes that decode to the same value (maps put in
   * DAG-CBOR order); and when its maps were already in that order, the strict reader must have seen
   * exactly the canonical bytes.
   */
  private static void checkMutated(long seed, byte[] mutated) {
    String context = "seed " + seed + ", input " + Vectors.hex(mutated);
    CborValue value;
    try {
      value = decode(mutated);
    } catch (CborDecodingException e) {
      assertThat(e.offset()).as(context).isBetween(0L, (long) mutated.length);
      assertThat(e.getMessage()).as(context).endsWith(" at byte " + e.offset());
      return;
    } catch (RuntimeException e) {
      throw new AssertionError(context + ": " + e, e);
    }
    byte[] rewritten = encode(value);
    CborValue reread;
    try {
      reread = decode(rewritten);
    } catch (CborDecodingException e) {
      throw new AssertionError(context + ": re-encoded value does not decode: " + e, e);
    }
    assertThat(reread).as(context).isEqualTo(canonical(value));
    if (canonical(value).equals(value)) {
      assertThat(Vectors.hex(rewritten)).as(context).isEqualTo(Vectors.hex(mutated));
    }
  }

  private interface Decoding {
    void run() throws CborDecodingException;
  }

  private static boolean decodeFails(Decoding decoding) {
    try {
      decoding.run();
      return false;
    } catch (CborDecodingException expected) {
      return true;
    }
  }

  private static void assertKeysInDagOrder(CborValue value) {
    if (value instanceof CborValue.MapValue map) {
      List<byte[]> keys = new ArrayList<>();
      map.entries().forEach(e -> keys.add(e.key().getBytes(StandardCharsets.UTF_8)));
      for (int i = 1; i < keys.size(); i++) {
        assertThat(CborTestSupport.dagKeyOrder(keys.get(i - 1), keys.get(i))).isNegative();
      }
      map.entries().forEach(e -> assertKeysInDagOrder(e.value()));
    } else if (value instanceof CborValue.Array array) {
      array.items().forEach(CborPropertyTest::assertKeysInDagOrder);
    }
  }
}
