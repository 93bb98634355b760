package io.f3console.core.cbor;

import static io.f3console.core.cbor.CborTestSupport.assertRejected;
import static io.f3console.core.cbor.CborTestSupport.decode;
import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.cid.Cid;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.cid.Multicodec;
import io.f3console.core.cid.Multihash;
import io.f3console.core.testing.Vectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The cbor-gen decoding rules of the F3 protocol reference §1.4, plus DAG-CBOR's own. */
class CborReaderStrictnessTest {
  private static final String PT_HEX =
      "0171a0e40220fb3e4d513234f94f1067bd4a496bb848f0730d9b7c7ffa5ac54eecabb6acd3c7";

  // ---- minimal headers -------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"1800", "1817", "3817", "5817", "7817", "9817", "b817", "d817"})
  void rejectsNonMinimalOneByteHeader(String hex) {
    assertRejected(hex, "cbor input was not canonical", 0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"190000", "1900ff", "3900ff", "5900ff", "790017", "9900ff", "b90001", "d9002a"})
  void rejectsNonMinimalTwoByteHeader(String hex) {
    assertRejected(hex, "cbor input was not canonical", 0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1a00000000",
        "1a0000ffff",
        "3a0000ffff",
        "5a0000ffff",
        "7a00000100",
        "9a00000001",
        "ba0000ffff",
        "da0000002a"
      })
  void rejectsNonMinimalFourByteHeader(String hex) {
    assertRejected(hex, "cbor input was not canonical", 0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1b0000000000000000",
        "1b00000000ffffffff",
        "3b00000000ffffffff",
        "5b0000000000000001",
        "7b00000000ffffffff",
        "9b0000000000000000",
        "bb00000000ffffffff",
        "db000000000000002a"
      })
  void rejectsNonMinimalEightByteHeader(String hex) {
    assertRejected(hex, "cbor input was not canonical", 0);
  }

  @ParameterizedTest
  @CsvSource({
    "82011817, 2",
    "a16161190001, 3",
    "8381001a0000ffff, 3",
    "a2616101616282001b00000000ffffffff, 8"
  })
  void nonMinimalHeaderErrorPointsAtTheNestedItem(String hex, long offset) {
    CborDecodingException e = assertRejected(hex, "not canonical", offset);

    assertThat(e.problem()).contains("-byte header");
  }

  @ParameterizedTest
  @CsvSource({
    "1818, 24",
    "18ff, 255",
    "190100, 256",
    "19ffff, 65535",
    "1a00010000, 65536",
    "1affffffff, 4294967295",
    "1b0000000100000000, 4294967296"
  })
  void acceptsShortestFormAtEachBoundary(String hex, long value) throws CborDecodingException {
    assertThat(decode(hex)).isEqualTo(new CborValue.UnsignedInteger(value));
  }

  // ---- indefinite lengths, reserved values, simple values -------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5f",
        "5f4101ff",
        "7f",
        "7f6161ff",
        "9f",
        "9f01ff",
        "bf",
        "bf616101ff",
        "1f",
        "3f",
        "df"
      })
  void rejectsIndefiniteLengths(String hex) {
    assertRejected(hex, "indefinite-length items are not allowed", 0);
  }

  @Test
  void rejectsNestedIndefiniteArrayAtItsOffset() {
    assertRejected("82009f01ff", "indefinite-length items are not allowed", 2);
  }

  @ParameterizedTest
  @CsvSource({
    "1c, 28", "1d, 29", "1e, 30", "3c, 28", "5d, 29", "7e, 30", "9c, 28", "bd, 29", "de, 30"
  })
  void rejectsReservedAdditionalInformation(String hex, int info) {
    assertRejected(hex, "reserved additional information " + info, 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fc", "fd", "fe"})
  void rejectsReservedSimpleEncodings(String hex) {
    assertRejected(hex, "simple value 0x" + hex + " is not allowed in DAG-CBOR", 0);
  }

  @Test
  void rejectsBreakCode() {
    assertRejected("ff", "a break code is not allowed in DAG-CBOR", 0);
    assertRejected("8201ff", "a break code is not allowed", 2);
  }

  @Test
  void rejectsUndefined() {
    assertRejected("f7", "undefined is not allowed in DAG-CBOR", 0);
    assertRejected("a16161f7", "undefined is not allowed", 3);
  }

  @Test
  void rejectsHalfAndSinglePrecisionFloats() {
    assertRejected("f93c00", "a half-precision float is not allowed", 0);
    assertRejected("fa3f800000", "a single-precision float is not allowed", 0);
    assertRejected("81fa3f800000", "a single-precision float is not allowed", 1);
  }

  @Test
  void acceptsDoublePrecisionFloatsWithTheirExactBits() throws CborDecodingException {
    assertThat(decode("fb3ff199999999999a")).isEqualTo(new CborValue.Float64(1.1));
    assertThat(decode("fb8000000000000000"))
        .isEqualTo(new CborValue.Float64(-0.0))
        .isNotEqualTo(new CborValue.Float64(0.0));
    CborValue tiny = decode("fb0000000000000001");
    assertThat(Double.doubleToRawLongBits(((CborValue.Float64) tiny).value())).isEqualTo(1L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fb7ff8000000000001", "fb7ff0000000000000", "fbfff0000000000000"})
  void rejectsNanAndInfinities(String hex) {
    assertRejected(hex, "NaN and infinite floats are not allowed in DAG-CBOR", 0);
    assertRejected("81" + hex, "NaN and infinite floats are not allowed in DAG-CBOR", 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"e0", "f0", "f3", "f820", "f8ff"})
  void rejectsOtherSimpleValues(String hex) {
    assertRejected(hex, "simple value 0x" + hex.substring(0, 2) + " is not allowed", 0);
  }

  @Test
  void rejectsTruncatedFloat() {
    assertRejected("fb3ff1", "unexpected end of input reading a float", 0);
  }

  // ---- tags and links ---------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "c060, 0",
    "c24101, 2",
    "c1190100, 1",
    "d82b40, 43",
    "d9010000, 256",
    "d9d9f700, 55799",
    "dbffffffffffffffff00, 18446744073709551615"
  })
  void rejectsTagsOtherThan42(String hex, String tag) {
    assertRejected(hex, "tag " + tag + " is not allowed in DAG-CBOR (only 42)", 0);
  }

  @Test
  void rejectsOtherTagAtItsOffset() {
    assertRejected("8200c100", "tag 1 is not allowed", 2);
  }

  @ParameterizedTest
  @CsvSource({
    "d82a00, unsigned integer",
    "d82a20, negative integer",
    "d82a60, text string",
    "d82a80, array",
    "d82aa0, map",
    "d82af6, null",
    "d82ad82a40, tag"
  })
  void rejectsTag42OverAnythingButAByteString(String hex, String found) {
    assertRejected(hex, "link: expected byte string, found " + found, 2);
  }

  @Test
  void rejectsTag42AtTheEndOfInput() {
    assertRejected("d82a", "unexpected end of input reading link", 2);
  }

  @Test
  void rejectsCidBytesWithoutTheZeroPrefix() {
    assertRejected("d82a5826" + PT_HEX, "CID bytes must start with the 0x00 multibase prefix", 2);
    assertRejected("d82a5827" + "01" + PT_HEX, "must start with the 0x00 multibase prefix", 2);
    assertRejected("d82a40", "must start with the 0x00 multibase prefix", 2);
    assertRejected("8200d82a4101", "must start with the 0x00 multibase prefix", 4);
  }

  @ParameterizedTest
  @CsvSource({
    "d82a4100, empty CID",
    "d82a4400017100, varint truncated",
    "d82a5828000171a0e40220"
        + "fb3e4d513234f94f1067bd4a496bb848f0730d9b7c7ffa5ac54eecabb6acd3c7"
        + "00, trailing bytes",
    "d82a4a00021200" + "000000000000, unsupported CID version 2",
    "d82a450001f10001, not minimally encoded"
  })
  void rejectsTag42OverAnInvalidCid(String hex, String why) {
    CborDecodingException e = assertRejected(hex, "link: invalid CID: ", 0);

    assertThat(e.problem()).contains(why);
    assertThat(e.getCause()).isInstanceOf(CidFormatException.class);
  }

  @Test
  void invalidCidErrorPointsAtTheTag() {
    assertRejected("a1616cd82a4100", "link: invalid CID: empty CID", 3);
  }

  @Test
  void acceptsTag42OverAValidCid() throws CborDecodingException, CidFormatException {
    CborValue value = decode("d82a582700" + PT_HEX);

    assertThat(value).isEqualTo(new CborValue.Link(Cid.fromBytes(Vectors.hex(PT_HEX))));
  }

  @Test
  void acceptsCidByteStringOfExactly512Bytes() throws CborDecodingException {
    // 00 || 01 55 00 fa03 || 506 bytes = 512 bytes.
    Cid cid = Cid.v1(Multicodec.RAW, Multihash.of(Multicodec.IDENTITY, new byte[506]));
    String hex = "d82a590200" + "00" + Vectors.hex(cid.toBytes());

    assertThat(cid.byteLength()).isEqualTo(511);
    assertThat(decode(hex)).isEqualTo(new CborValue.Link(cid));
  }

  @Test
  void rejectsCidByteStringOver512Bytes() {
    Cid cid = Cid.v1(Multicodec.RAW, Multihash.of(Multicodec.IDENTITY, new byte[507]));
    String hex = "d82a590201" + "00" + Vectors.hex(cid.toBytes());

    assertRejected(hex, "link: byte string length 513 exceeds the limit of 512", 2);
  }

  // ---- lengths bounded by the limits and by the input ------------------------------------------

  @Test
  void acceptsArrayOfExactly8192Items() throws CborDecodingException {
    CborValue value = decode("992000" + "00".repeat(8192));

    assertThat(((CborValue.Array) value).items()).hasSize(8192);
  }

  @Test
  void rejectsArrayLengthOver8192() {
    assertRejected(
        "992001" + "00".repeat(8193), "array: array length 8193 exceeds the limit of 8192", 0);
    assertRejected("8200" + "9a00010000", "array length 65536 exceeds the limit of 8192", 2);
  }

  @Test
  void rejectsMapLengthOver8192() {
    StringBuilder hex = new StringBuilder("b92001");
    for (int i = 0; i < 8193; i++) {
      hex.append("6400").append(String.format("%06x", i)).append("f6");
    }

    assertRejected(hex.toString(), "map: map length 8193 exceeds the limit of 8192", 0);
  }

  @ParameterizedTest
  @CsvSource({
    "9bffffffffffffffff, array length 18446744073709551615 exceeds",
    "bbffffffffffffffff, map length 18446744073709551615 exceeds",
    "5bffffffffffffffff, byte string length 18446744073709551615 exceeds",
    "7b8000000000000000, text string length 9223372036854775808 exceeds",
    "5a00200001, byte string length 2097153 exceeds the limit of 2097152"
  })
  void rejectsHugeDeclaredLengthsBeforeAllocating(String hex, String problem) {
    assertRejected(hex, problem, 0);
  }

  @ParameterizedTest
  @CsvSource({
    "992000, array of length 8192 is truncated (0 bytes left)",
    "83 0102, array of length 3 is truncated (2 bytes left)",
    "b91000 00000000000000000000, map of length 4096 is truncated (10 bytes left)",
    "a2 616101, map of length 2 is truncated (3 bytes left)",
    "5a001fffff 01020304, byte string of length 2097151 is truncated (4 bytes left)",
    "7a00100000 61, text string of length 1048576 is truncated (1 bytes left)",
    "43 0102, byte string of length 3 is truncated (2 bytes left)"
  })
  void rejectsLengthsLongerThanTheBytesLeft(String hex, String problem) {
    assertRejected(hex.replace(" ", ""), problem, 0);
  }

  @Test
  void truncationErrorPointsAtTheItemHeader() {
    assertRejected("8201991000", "array of length 4096 is truncated", 2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"18", "1901", "1a000100", "1b00000001000000", "3b", "59", "d9"})
  void rejectsTruncatedHeaders(String hex) {
    assertRejected(hex, "header truncated", 0);
  }

  @Test
  void rejectsEmptyInput() {
    assertRejected("", "unexpected end of input reading a data item", 0);
  }

  @Test
  void rejectsMissingArrayItemAtTheEnd() {
    // The length check allows one byte per item, so the shortfall shows at the last item.
    assertRejected("828101", "unexpected end of input reading a data item", 3);
  }

  // ---- nesting -------------------------------------------------------------------------------

  @Test
  void accepts64NestedArrays() throws CborDecodingException {
    CborValue value = decode("81".repeat(63) + "80");

    int depth = 0;
    while (value instanceof CborValue.Array array && !array.items().isEmpty()) {
      value = array.items().get(0);
      depth++;
    }
    assertThat(depth).isEqualTo(63);
  }

  @Test
  void acceptsAScalarInside64NestedArrays() throws CborDecodingException {
    assertThat(decode("81".repeat(64) + "01")).isInstanceOf(CborValue.Array.class);
  }

  @Test
  void rejects65NestedArrays() {
    assertRejected("81".repeat(64) + "80", "nesting deeper than 64", 64);
  }

  @Test
  void rejects65NestedMaps() {
    assertRejected("a16161".repeat(64) + "a0", "nesting deeper than 64", 192);
  }

  @Test
  void rejects65NestedMixedContainers() {
    assertRejected("81a16161".repeat(32) + "81" + "80", "nesting deeper than 64", 32 * 4);
  }

  @Test
  void rejectsDeepNestingWithoutExhaustingTheStack() {
    assertRejected("81".repeat(100_000) + "80", "nesting deeper than 64", 64);
  }

  // ---- text -----------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "62c328",
        "62c0af",
        "63e08080",
        "63eda080",
        "64f4908080",
        "61e2",
        "6180",
        "66eda080edb080",
        "61ff"
      })
  void rejectsInvalidUtf8(String hex) {
    assertRejected(hex, "text string: text string is not valid UTF-8", 0);
  }

  @Test
  void invalidUtf8ErrorPointsAtTheString() {
    assertRejected("820062c328", "not valid UTF-8", 2);
    assertRejected("a161ff00", "map key: text string is not valid UTF-8", 1);
  }

  @Test
  void acceptsFourByteUtf8() throws CborDecodingException {
    assertThat(decode("64f09f90a1")).isEqualTo(new CborValue.TextString("\ud83d\udc21"));
    assertThat(decode("63efbfbf")).isEqualTo(new CborValue.TextString("\uffff"));
  }

  // ---- maps -----------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "a10102, unsigned integer",
    "a12002, negative integer",
    "a1416101, byte string",
    "a18001, array",
    "a1a001, map",
    "a1f601, null",
    "a1f501, true",
    "a1d82a582700"
        + "0171a0e40220"
        + "fb3e4d513234f94f1067bd4a496bb848f0730d9b7c7ffa5ac54eecabb6acd3c7"
        + "01, tag"
  })
  void rejectsMapKeysThatAreNotText(String hex, String found) {
    assertRejected(hex, "map key must be a text string in DAG-CBOR, found " + found, 1);
  }

  @Test
  void rejectsDuplicateMapKeys() {
    assertRejected("a2616101616102", "duplicate map key \"a\"", 4);
    assertRejected("a3616101616202616103", "duplicate map key \"a\"", 7);
    assertRejected("a2600160f6", "duplicate map key \"\"", 3);
  }

  @Test
  void keepsMapEntriesInTheOrderRead() throws CborDecodingException {
    CborValue.MapValue map = (CborValue.MapValue) decode("a262626201616102");

    assertThat(map.entries()).extracting(CborValue.Entry::key).containsExactly("bb", "a");
    assertThat(map.get("a")).isEqualTo(new CborValue.UnsignedInteger(2));
  }

  // ---- trailing bytes -------------------------------------------------------------------------

  @Test
  void rejectsTrailingBytesViaExpectEnd() {
    assertRejected("0102", "1 unexpected trailing bytes after the value", 1);
    assertRejected("8001f6ff", "3 unexpected trailing bytes after the value", 1);
  }

  @Test
  void readValueAloneLeavesTrailingBytesForTheCaller() throws CborDecodingException {
    CborReader reader = new CborReader(Vectors.hex("0102"));

    assertThat(reader.readValue()).isEqualTo(new CborValue.UnsignedInteger(1));
    assertThat(reader.remaining()).isEqualTo(1);
    assertThat(reader.readValue()).isEqualTo(new CborValue.UnsignedInteger(2));
    assertThat(reader.atEnd()).isTrue();
  }
}
