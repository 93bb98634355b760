package io.f3console.core.cbor;

import static io.f3console.core.cbor.CborTestSupport.canonical;
import static io.f3console.core.cbor.CborTestSupport.decode;
import static io.f3console.core.cbor.CborTestSupport.encode;
import static io.f3console.core.cbor.CborTestSupport.fromDagJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.testing.Vectors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CborWriterTest {
  private static final Cid PT = Cid.makeCid("pt".getBytes(StandardCharsets.UTF_8));

  static List<JsonNode> encodings() {
    return Vectors.list("cbor/vectors.json", "encodings");
  }

  @ParameterizedTest
  @MethodSource("encodings")
  void writesTheExpectedBytes(JsonNode vector) throws CidFormatException {
    CborValue value = fromDagJson(vector.get("value"));

    assertThat(Vectors.hex(encode(value)))
        .as("%s (%s)", vector.get("value"), vector.get("source").asText())
        .isEqualTo(vector.get("hex").asText());
  }

  @ParameterizedTest
  @MethodSource("encodings")
  void readsTheExpectedValueAndWritesItBack(JsonNode vector)
      throws CidFormatException, CborDecodingException {
    byte[] bytes = Vectors.hex(vector.get("hex").asText());

    CborValue read = decode(bytes);

    assertThat(read).isEqualTo(canonical(fromDagJson(vector.get("value"))));
    assertThat(encode(read)).isEqualTo(bytes);
  }

  @Test
  void writesGenericMapKeysShorterFirstThenBytewise() {
    CborValue map =
        new CborValue.MapValue(
            List.of(
                new CborValue.Entry("bb", new CborValue.UnsignedInteger(1)),
                new CborValue.Entry("a", new CborValue.UnsignedInteger(2))));

    assertThat(Vectors.hex(encode(map))).isEqualTo("a2" + "6161" + "02" + "626262" + "01");
  }

  @Test
  void ordersKeysByUtf8BytesNotByUtf16() {
    // "\uff5e" is one UTF-16 char but three UTF-8 bytes; "ab" is two of each.
    CborValue map =
        new CborValue.MapValue(
            List.of(
                new CborValue.Entry("\uff5e", CborValue.Null.INSTANCE),
                new CborValue.Entry("\ud83d\ude00", CborValue.Null.INSTANCE),
                new CborValue.Entry("ab", CborValue.Null.INSTANCE),
                new CborValue.Entry("z", CborValue.Null.INSTANCE)));

    assertThat(Vectors.hex(encode(map)))
        .isEqualTo(
            "a4" + "617a" + "f6" + "626162" + "f6" + "63efbd9e" + "f6" + "64f09f9880" + "f6");
  }

  @Test
  void ordersEqualLengthKeysByUnsignedBytes() {
    // "\u00e9" is c3 a9: above every ASCII key of two bytes when compared unsigned.
    CborValue map =
        new CborValue.MapValue(
            List.of(
                new CborValue.Entry("\u00e9", new CborValue.UnsignedInteger(1)),
                new CborValue.Entry("zz", new CborValue.UnsignedInteger(2))));

    assertThat(Vectors.hex(encode(map))).isEqualTo("a2" + "627a7a" + "02" + "62c3a9" + "01");
  }

  @Test
  void refusesDuplicateKeysInAGenericMap() {
    CborValue map =
        new CborValue.MapValue(
            List.of(
                new CborValue.Entry("a", new CborValue.UnsignedInteger(1)),
                new CborValue.Entry("b", new CborValue.UnsignedInteger(2)),
                new CborValue.Entry("a", new CborValue.UnsignedInteger(3))));

    assertThatThrownBy(() -> encode(map))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate map key: a");
  }

  @Test
  void writesNestedValuesCanonicallyAtEveryLevel() {
    CborValue inner =
        new CborValue.MapValue(
            List.of(
                new CborValue.Entry("yy", new CborValue.Bool(true)),
                new CborValue.Entry(
                    "x",
                    new CborValue.Array(
                        List.of(
                            new CborValue.MapValue(
                                List.of(
                                    new CborValue.Entry("d", new CborValue.NegativeInteger(0)),
                                    new CborValue.Entry("c", new CborValue.Link(PT)))),
                            new CborValue.ByteString(new byte[] {(byte) 0xff}))))));
    CborValue outer = new CborValue.Array(List.of(inner, new CborValue.TextString("\u00fc")));

    assertThat(Vectors.hex(encode(outer)))
        .isEqualTo(
            "82"
                + "a2"
                + "6178"
                + "82"
                + "a2"
                + "6163"
                + "d82a582700"
                + Vectors.hex(PT.toBytes())
                + "6164"
                + "20"
                + "41ff"
                + "627979"
                + "f5"
                + "62c3bc");
  }

  @ParameterizedTest
  @CsvSource({
    "0, 00",
    "23, 17",
    "24, 1818",
    "-1, 20",
    "-24, 37",
    "-25, 3818",
    "-256, 38ff",
    "-257, 390100",
    "-65537, 3a00010000",
    "-4294967297, 3b0000000100000000",
    "9223372036854775807, 1b7fffffffffffffff",
    "-9223372036854775808, 3b7fffffffffffffff"
  })
  void writeInt64ChoosesTheMajorTypeAndShortestHeader(long value, String hex) {
    assertThat(Vectors.hex(new CborWriter().writeInt64(value).toByteArray())).isEqualTo(hex);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 00",
    "255, 18ff",
    "-9223372036854775808, 1b8000000000000000",
    "-1, 1bffffffffffffffff"
  })
  void writeUint64TreatsTheBitsAsUnsigned(long bits, String hex) {
    assertThat(Vectors.hex(new CborWriter().writeUint64(bits).toByteArray())).isEqualTo(hex);
  }

  @Test
  void writesArrayAndMapHeadersOfEverySize() {
    CborWriter writer =
        new CborWriter()
            .writeArrayHeader(0)
            .writeArrayHeader(24)
            .writeArrayHeader(256)
            .writeMapHeader(23)
            .writeMapHeader(65536)
            .writeArrayHeader(0x100000000L);

    assertThat(Vectors.hex(writer.toByteArray()))
        .isEqualTo("80" + "9818" + "990100" + "b7" + "ba00010000" + "9b0000000100000000");
    assertThat(writer.size()).isEqualTo(1 + 2 + 3 + 1 + 5 + 9);
  }

  @Test
  void writesTag42CidAsCborGenDoes() throws CidFormatException {
    byte[] bytes = new CborWriter().writeCid(PT).toByteArray();

    assertThat(Vectors.hex(bytes)).isEqualTo("d82a582700" + Vectors.hex(PT.toBytes()));
    assertThat(Vectors.hex(bytes)).startsWith("d82a58270001");
    Cid v0 = Cid.fromBytes(Vectors.hex("1220" + "11".repeat(32)));
    assertThat(Vectors.hex(new CborWriter().writeCid(v0).toByteArray()))
        .isEqualTo("d82a582300" + "1220" + "11".repeat(32));
  }

  @Test
  void writesStringsWithUtf8Lengths() {
    CborWriter writer =
        new CborWriter()
            .writeTextString("")
            .writeTextString("\u00fc")
            .writeByteString(new byte[0])
            .writeByteString(new byte[24]);

    assertThat(Vectors.hex(writer.toByteArray()))
        .isEqualTo("60" + "62c3bc" + "40" + "5818" + "00".repeat(24));
  }

  @Test
  void writesFloatsAsEightBytesAlways() {
    assertThat(hexOf(new CborValue.Float64(0.0))).isEqualTo("fb0000000000000000");
    assertThat(hexOf(new CborValue.Float64(-0.0))).isEqualTo("fb8000000000000000");
    assertThat(hexOf(new CborValue.Float64(Double.MAX_VALUE))).isEqualTo("fb7fefffffffffffff");
    assertThat(hexOf(new CborValue.Float64(Double.MIN_VALUE))).isEqualTo("fb0000000000000001");
  }

  @Test
  void writesSimpleValues() {
    CborWriter writer = new CborWriter().writeBool(false).writeBool(true).writeNull();

    assertThat(Vectors.hex(writer.toByteArray())).isEqualTo("f4f5f6");
    assertThat(hexOf(CborValue.Null.INSTANCE)).isEqualTo("f6");
    assertThat(hexOf(new CborValue.Bool(true))).isEqualTo("f5");
  }

  @Test
  void typedAndGenericWritesAgree() {
    byte[] typed =
        new CborWriter()
            .writeArrayHeader(3)
            .writeInt64(-5)
            .writeCid(PT)
            .writeByteString(new byte[] {1})
            .toByteArray();
    byte[] generic =
        encode(
            new CborValue.Array(
                List.of(
                    new CborValue.NegativeInteger(4),
                    new CborValue.Link(PT),
                    new CborValue.ByteString(new byte[] {1}))));

    assertThat(generic).isEqualTo(typed);
  }

  private static String hexOf(CborValue value) {
    return Vectors.hex(encode(value));
  }
}
