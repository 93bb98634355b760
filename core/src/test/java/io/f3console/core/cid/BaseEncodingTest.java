package io.f3console.core.cid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Strictness of {@link Base32} and {@link Base58} beyond the published vectors. */
class BaseEncodingTest {

  @ParameterizedTest
  @ValueSource(strings = {"m", "mzx", "mzxw6y", "mzxw6ytbo"})
  void base32RejectsImpossibleLengths(String text) {
    assertThatThrownBy(() -> Base32.decode(text, false))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("impossible length " + text.length());
  }

  @ParameterizedTest
  @ValueSource(strings = {"mz", "mzxr", "mzxw7", "mzxw6yr", "mzxw6ytboj"})
  void base32RejectsNonZeroTrailingBits(String text) {
    assertThatThrownBy(() -> Base32.decode(text, false))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("non-zero trailing bits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"my==", "m1", "m8", "m0", "m ", "m\u00e9", "m\n"})
  void base32RejectsCharactersOutsideTheAlphabet(String text) {
    assertThatThrownBy(() -> Base32.decode(text, false))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("invalid base32 character");
  }

  @Test
  void base32DecodesOneCaseOnly() {
    assertThatThrownBy(() -> Base32.decode("MY", false))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("'M' at position 0");
    assertThatThrownBy(() -> Base32.decode("my", true))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("'m' at position 0");
    assertThatThrownBy(() -> Base32.decode("MzXQ", true))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("'z' at position 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "O", "I", "l", "+", "/", "2NEpo7TZRRrLZSi2U0", "\u00e9"})
  void base58RejectsCharactersOutsideTheAlphabet(String text) {
    assertThatThrownBy(() -> Base58.decode(text))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("invalid base58 character");
  }

  @Test
  void base58RefusesOverlongText() {
    assertThatThrownBy(() -> Base58.decode("2".repeat(1025)))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("longer than 1024");
  }

  @Test
  void base58KeepsLeadingZeroBytes() throws CidFormatException {
    byte[] bytes = {0, 0, 0, (byte) 0xff, 0};

    assertThat(Base58.encode(bytes)).startsWith("111").doesNotStartWith("1111");
    assertThat(Base58.decode(Base58.encode(bytes))).isEqualTo(bytes);
    assertThat(Base58.decode("111")).containsExactly(0, 0, 0);
  }

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomBytesRoundTripThroughBothEncodings(long seed) throws CidFormatException {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] bytes = RandomCids.bytes(random, random.nextInt(80));
    if (random.nextBoolean() && bytes.length > 2) {
      bytes[0] = 0;
      bytes[1] = 0;
    }

    String lower = Base32.encodeLower(bytes);
    String b58 = Base58.encode(bytes);

    assertThat(lower).as("seed %d", seed).isEqualTo(lower.toLowerCase(Locale.ROOT));
    assertThat(lower).hasSize((bytes.length * 8 + 4) / 5);
    assertThat(Base32.decode(lower, false)).isEqualTo(bytes);
    assertThat(Base32.decode(lower.toUpperCase(Locale.ROOT), true)).isEqualTo(bytes);
    assertThat(Base58.decode(b58)).isEqualTo(bytes);
  }
}
