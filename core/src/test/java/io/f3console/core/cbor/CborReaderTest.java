package io.f3console.core.cbor;

import static io.f3console.core.cbor.CborTestSupport.assertRejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.f3console.core.cid.Cid;
import io.f3console.core.testing.Vectors;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The typed pull methods of {@link CborReader} that cbor-gen structures are read with. */
class CborReaderTest {
  private static final Cid PT = Cid.makeCid("pt".getBytes(StandardCharsets.UTF_8));

  private static CborReader reader(String hex) {
    return new CborReader(Vectors.hex(hex));
  }

  @ParameterizedTest
  @CsvSource({
    "00, 0",
    "17, 23",
    "1818, 24",
    "1b7fffffffffffffff, 9223372036854775807",
    "20, -1",
    "37, -24",
    "3818, -25",
    "3903e7, -1000",
    "3b7fffffffffffffff, -9223372036854775808"
  })
  void readInt64TakesMajorTypesZeroAndOne(String hex, long expected) throws CborDecodingException {
    CborReader reader = reader(hex);

    assertThat(reader.readInt64("value")).isEqualTo(expected);
    assertThat(reader.atEnd()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1b8000000000000000",
        "1bffffffffffffffff",
        "3b8000000000000000",
        "3bffffffffffffffff"
      })
  void readInt64RejectsValuesOutsideInt64(String hex) {
    CborDecodingException e =
        assertThrows(CborDecodingException.class, () -> reader(hex).readInt64("epoch"));
    assertRejection(e, "epoch: integer overflows int64", 0);

    CborReader framed = reader("01" + hex);
    assertThat(readInt64Quietly(framed)).isEqualTo(1);
    CborDecodingException nested =
        assertThrows(CborDecodingException.class, () -> framed.readInt64("epoch"));
    assertRejection(nested, "epoch: integer overflows int64", 1);
  }

  private static long readInt64Quietly(CborReader reader) {
    try {
      return reader.readInt64("first");
    } catch (CborDecodingException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "40, byte string",
    "60, text string",
    "80, array",
    "f6, null",
    "f5, true",
    "fb3ff0000000000000, a double-precision float"
  })
  void readInt64RejectsOtherTypes(String hex, String found) {
    CborDecodingException e =
        assertThrows(CborDecodingException.class, () -> reader(hex).readInt64("epoch"));

    assertRejection(e, "epoch: expected unsigned integer, found " + found, 0);
  }

  @Test
  void readInt64RejectsNonMinimalHeaders() {
    CborDecodingException e =
        assertThrows(CborDecodingException.class, () -> reader("3817").readInt64("epoch"));

    assertRejection(e, "epoch: cbor input was not canonical", 0);
  }

  @ParameterizedTest
  @CsvSource({
    "00, 0",
    "18ff, 255",
    "1b7fffffffffffffff, 9223372036854775807",
    "1b8000000000000000, -9223372036854775808",
    "1bffffffffffffffff, -1"
  })
  void readUint64ReturnsTheUnsignedBits(String hex, long bits) throws CborDecodingException {
    assertThat(reader(hex).readUint64("id")).isEqualTo(bits);
  }

  @ParameterizedTest
  @CsvSource({
    "20, negative integer",
    "3b7fffffffffffffff, negative integer",
    "40, byte string",
    "f4, false"
  })
  void readUint64AcceptsOnlyMajorTypeZero(String hex, String found) {
    CborDecodingException e =
        assertThrows(CborDecodingException.class, () -> reader(hex).readUint64("id"));

    assertRejection(e, "id: expected unsigned integer, found " + found, 0);
  }

  @Test
  void readBoolTakesOnlyF4AndF5() throws CborDecodingException {
    CborReader reader = reader("f4f5f6");

    assertThat(reader.readBool("a")).isFalse();
    assertThat(reader.readBool("b")).isTrue();
    CborDecodingException e = assertThrows(CborDecodingException.class, () -> reader.readBool("c"));
    assertRejection(e, "c: expected a boolean, found null", 2);
    CborDecodingException other =
        assertThrows(CborDecodingException.class, () -> reader("01").readBool("d"));
    assertRejection(other, "d: expected a boolean, found unsigned integer", 0);
  }

  @Test
  void readBoolAtTheEndReportsTruncation() {
    CborDecodingException e =
        assertThrows(CborDecodingException.class, () -> reader("").readBool("flag"));

    assertRejection(e, "unexpected end of input reading flag", 0);
  }

  @Test
  void readNullIfPresentConsumesOnlyNull() {
    CborReader reader = reader("f6f7");

    assertThat(reader.readNullIfPresent()).isTrue();
    assertThat(reader.position()).isEqualTo(1);
    assertThat(reader.readNullIfPresent()).isFalse();
    assertThat(reader.position()).isEqualTo(1);
    assertThat(reader("").readNullIfPresent()).isFalse();
  }

  @Test
  void readTupleHeaderDemandsTheExactFieldCount() throws CborDecodingException {
    reader("83010203").readTupleHeader(3, "PowerEntry");

    CborDecodingException fewer =
        assertThrows(
            CborDecodingException.class, () -> reader("820102").readTupleHeader(3, "PowerEntry"));
    assertRejection(fewer, "PowerEntry: wrong number of fields: expected 3, found 2", 0);
    CborReader framed = reader("0184");
    readInt64Quietly(framed);
    CborDecodingException nested =
        assertThrows(CborDecodingException.class, () -> framed.readTupleHeader(3, "PowerEntry"));
    assertRejection(nested, "PowerEntry: wrong number of fields: expected 3, found 4", 1);
  }

  @ParameterizedTest
  @CsvSource({
    "a0, expected array, found map",
    "9f, indefinite-length items are not allowed",
    "9b0000000100000000, wrong number of fields: expected 3, found 4294967296"
  })
  void readTupleHeaderRejectsOtherHeaders(String hex, String problem) {
    CborDecodingException e =
        assertThrows(CborDecodingException.class, () -> reader(hex).readTupleHeader(3, "Tuple"));

    assertRejection(e, "Tuple: " + problem, 0);
  }

  @Test
  void readArrayHeaderAppliesTheCallersLimit() throws CborDecodingException {
    assertThat(reader("82f6f6").readArrayHeader(2, "entries")).isEqualTo(2);

    CborDecodingException e =
        assertThrows(
            CborDecodingException.class, () -> reader("83f6f6f6").readArrayHeader(2, "entries"));
    assertRejection(e, "entries: array length 3 exceeds the limit of 2", 0);
  }

  @Test
  void readByteStringAppliesTheCallersLimit() throws CborDecodingException {
    assertThat(reader("4401020304").readByteString(4, "key")).containsExactly(1, 2, 3, 4);

    CborDecodingException e =
        assertThrows(
            CborDecodingException.class, () -> reader("4401020304").readByteString(3, "key"));
    assertRejection(e, "key: byte string length 4 exceeds the limit of 3", 0);
  }

  @Test
  void readTextStringAppliesTheCallersLimit() throws CborDecodingException {
    assertThat(reader("6449455446").readTextString(4, "name")).isEqualTo("IETF");

    CborDecodingException e =
        assertThrows(
            CborDecodingException.class, () -> reader("6449455446").readTextString(3, "name"));
    assertRejection(e, "name: text string length 4 exceeds the limit of 3", 0);
    CborDecodingException utf8 =
        assertThrows(
            CborDecodingException.class, () -> reader("62c328").readTextString(10, "name"));
    assertRejection(utf8, "name: text string is not valid UTF-8", 0);
  }

  @Test
  void readCidReadsTag42() throws CborDecodingException {
    CborReader reader = new CborReader(new CborWriter().writeCid(PT).writeNull().toByteArray());

    assertThat(reader.readCid("PowerTable")).isEqualTo(PT);
    assertThat(reader.position()).isEqualTo(2 + 2 + 1 + 38);
  }

  @Test
  void readCidRejectsOtherTagsAndTypes() {
    CborDecodingException tag =
        assertThrows(CborDecodingException.class, () -> reader("d82b4100").readCid("PowerTable"));
    assertRejection(tag, "PowerTable: expected tag 42 (CID), found tag 43", 0);
    CborDecodingException bytes =
        assertThrows(CborDecodingException.class, () -> reader("4100").readCid("PowerTable"));
    assertRejection(bytes, "PowerTable: expected tag, found byte string", 0);
    CborDecodingException prefix =
        assertThrows(CborDecodingException.class, () -> reader("d82a4101").readCid("PowerTable"));
    assertRejection(prefix, "PowerTable: CID bytes must start with the 0x00 multibase prefix", 2);
    CborDecodingException empty =
        assertThrows(CborDecodingException.class, () -> reader("d82a4100").readCid("PowerTable"));
    assertRejection(empty, "PowerTable: invalid CID: empty CID", 0);
  }

  @ParameterizedTest
  @CsvSource({
    "00, UNSIGNED_INTEGER",
    "20, NEGATIVE_INTEGER",
    "40, BYTE_STRING",
    "60, TEXT_STRING",
    "80, ARRAY",
    "a0, MAP",
    "d82a, TAG",
    "f6, SIMPLE",
    "ff, SIMPLE"
  })
  void peekMajorTypeDoesNotConsume(String hex, CborMajorType type) throws CborDecodingException {
    CborReader reader = reader(hex);

    assertThat(reader.peekMajorType()).isEqualTo(type);
    assertThat(reader.position()).isZero();
  }

  @Test
  void peekMajorTypeAtTheEndReportsTruncation() {
    CborReader reader = reader("00");
    readInt64Quietly(reader);

    CborDecodingException e = assertThrows(CborDecodingException.class, reader::peekMajorType);
    assertRejection(e, "unexpected end of input reading a data item", 1);
  }

  @Test
  void readsASequenceOfValuesAndTracksPosition() throws CborDecodingException {
    CborReader reader = reader("01820203f6");

    assertThat(reader.readValue()).isEqualTo(new CborValue.UnsignedInteger(1));
    assertThat(reader.position()).isEqualTo(1);
    assertThat(reader.remaining()).isEqualTo(4);
    assertThat(reader.readValue()).isInstanceOf(CborValue.Array.class);
    assertThat(reader.readValue()).isEqualTo(CborValue.Null.INSTANCE);
    assertThat(reader.atEnd()).isTrue();
    reader.expectEnd("the sequence");
  }

  @Test
  void readsARangeAndReportsOffsetsWithinTheWholeBuffer() throws CborDecodingException {
    byte[] data = Vectors.hex("ffff8201ff0000");
    CborReader reader = new CborReader(data, 2, 3);

    CborDecodingException e = assertThrows(CborDecodingException.class, reader::readValue);
    assertRejection(e, "a break code is not allowed", 4);
    CborReader bounded = new CborReader(data, 2, 2);
    CborDecodingException truncated = assertThrows(CborDecodingException.class, bounded::readValue);
    assertRejection(truncated, "array of length 2 is truncated (1 bytes left)", 2);
    CborReader single = new CborReader(data, 3, 1);
    assertThat(single.readValue()).isEqualTo(new CborValue.UnsignedInteger(1));
    assertThat(single.atEnd()).isTrue();
    assertThat(single.position()).isEqualTo(4);
  }

  @Test
  void rangeOutsideTheBufferIsAProgrammingError() {
    byte[] data = new byte[4];

    assertThatThrownBy(() -> new CborReader(data, -1, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CborReader(data, 2, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CborReader(data, 0, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
