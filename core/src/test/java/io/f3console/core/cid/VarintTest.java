package io.f3console.core.cid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.testing.Vectors;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class VarintTest {

  @ParameterizedTest
  @CsvSource({
    "0, 00",
    "1, 01",
    "127, 7f",
    "128, 8001",
    "300, ac02",
    "16383, ff7f",
    "16384, 808001",
    "45600, a0e402",
    "9223372036854775807, ffffffffffffffff7f"
  })
  void encodesAndDecodesMinimally(long value, String hex) throws CidFormatException {
    byte[] bytes = Vectors.hex(hex);

    assertThat(Varint.encode(value)).isEqualTo(bytes);
    assertThat(Varint.length(value)).isEqualTo(bytes.length);
    assertThat(Varint.decode(bytes, 0)).isEqualTo(new Varint.Decoded(value, bytes.length));
  }

  @Test
  void decodesAtAnOffsetAndIgnoresWhatFollows() throws CidFormatException {
    Varint.Decoded decoded = Varint.decode(Vectors.hex("ffac02ff"), 1);

    assertThat(decoded).isEqualTo(new Varint.Decoded(300, 2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"8000", "ff00", "808000", "ac8200", "ffffffffffffffff00"})
  void rejectsNonMinimalEncodings(String hex) {
    assertThatThrownBy(() -> Varint.decode(Vectors.hex(hex), 0))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("not minimally encoded at byte 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ffffffffffffffff80", "ffffffffffffffffff01", "80808080808080808001"})
  void rejectsVarintsLongerThanNineBytes(String hex) {
    assertThatThrownBy(() -> Varint.decode(Vectors.hex(hex), 0))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("longer than 9 bytes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "80", "ff", "ffffffff"})
  void rejectsTruncatedVarints(String hex) {
    byte[] bytes = Vectors.hex(hex);

    assertThatThrownBy(() -> Varint.decode(bytes, 0))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("varint truncated at byte " + bytes.length);
  }

  @Test
  void boundedDecodeStopsAtTheGivenEnd() throws CidFormatException {
    byte[] bytes = Vectors.hex("ac02");

    assertThat(Varint.decode(bytes, 0, 2).value()).isEqualTo(300);
    assertThatThrownBy(() -> Varint.decode(bytes, 0, 1))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("varint truncated at byte 1");
  }

  @Test
  void encodeRefusesNegativeValues() {
    assertThatThrownBy(() -> Varint.encode(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomValuesOfEveryWidthRoundTrip(long seed) throws CidFormatException {
    SplittableRandom random = new SplittableRandom(seed);
    for (int width = 1; width <= Varint.MAX_LENGTH; width++) {
      long value = RandomCids.varintValue(random, width);
      byte[] bytes = Varint.encode(value);

      assertThat(bytes).as("seed %d value %d", seed, value).hasSize(width);
      assertThat(Varint.length(value)).isEqualTo(width);
      assertThat(Varint.decode(bytes, 0)).isEqualTo(new Varint.Decoded(value, width));
    }
  }
}
