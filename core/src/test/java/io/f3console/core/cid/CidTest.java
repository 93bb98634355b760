package io.f3console.core.cid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.testing.Vectors;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidTest {
  private static final Cid PT = Cid.makeCid("pt".getBytes(StandardCharsets.UTF_8));
  private static final String PT_HEX =
      "0171a0e40220fb3e4d513234f94f1067bd4a496bb848f0730d9b7c7ffa5ac54eecabb6acd3c7";

  @Test
  void makeCidHasTheF3BinaryLayout() {
    byte[] binary = PT.toBytes();

    assertThat(Vectors.hex(binary)).isEqualTo(PT_HEX);
    assertThat(PT.byteLength()).isEqualTo(38);
    assertThat(PT.multihash().digest())
        .isEqualTo(Arrays.copyOfRange(binary, 6, 38))
        .isEqualTo(Multihash.blake2b256("pt".getBytes(StandardCharsets.UTF_8)).digest());
    assertThat(PT.toString()).startsWith("bafy2bza");
  }

  @Test
  void rawCidUsesTheRawCodec() {
    Cid raw = Cid.raw(new byte[] {1, 2, 3});

    assertThat(raw.codec()).isEqualTo(Multicodec.RAW);
    assertThat(raw.multihash()).isEqualTo(Multihash.blake2b256(new byte[] {1, 2, 3}));
    assertThat(Vectors.hex(raw.toBytes())).startsWith("0155a0e40220");
    assertThat(raw.toString()).startsWith("bafk2bza");
    assertThat(raw).isNotEqualTo(Cid.makeCid(new byte[] {1, 2, 3}));
  }

  @Test
  void v1BuildsVersionCodecAndMultihash() throws CidFormatException {
    Cid cid = Cid.v1(0x0129, Multihash.of(0x12, new byte[] {(byte) 0xab}));

    assertThat(Vectors.hex(cid.toBytes())).isEqualTo("01a9021201ab");
    assertThat(cid.version()).isEqualTo(1);
    assertThat(cid.codec()).isEqualTo(Multicodec.DAG_JSON);
    assertThat(Cid.fromBytes(cid.toBytes())).isEqualTo(cid);
  }

  @Test
  void v1RefusesANegativeCodec() {
    Multihash hash = Multihash.sha256(new byte[0]);

    assertThatThrownBy(() -> Cid.v1(-1, hash)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void binaryAndStringFormsRoundTrip() throws CidFormatException {
    Cid fromBytes = Cid.fromBytes(Vectors.hex(PT_HEX));
    Cid fromString = Cid.fromString(PT.toString());

    assertThat(fromBytes).isEqualTo(PT).isEqualTo(fromString);
    assertThat(Cid.fromString(fromBytes.toString())).isEqualTo(fromBytes);
    assertThat(Cid.fromBytes(fromString.toBytes())).isEqualTo(fromString);
  }

  @Test
  void toBytesReturnsACopy() {
    byte[] first = PT.toBytes();
    first[0] = 0x7f;

    assertThat(Vectors.hex(PT.toBytes())).isEqualTo(PT_HEX);
  }

  @Test
  void writeToAppendsTheBinaryForm() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xee);
    PT.writeTo(out);

    assertThat(Vectors.hex(out.toByteArray())).isEqualTo("ee" + PT_HEX);
  }

  @Test
  void fromBytesReadsExactlyTheGivenRange() throws CidFormatException {
    byte[] framed = Vectors.hex("ffff" + PT_HEX + "eeee");

    assertThat(Cid.fromBytes(framed, 2, 38)).isEqualTo(PT);
  }

  @Test
  void fromBytesOfASubRangeNeverReadsPastItsEnd() {
    byte[] framed = Vectors.hex(PT_HEX);

    // The range holds only the version and codec; the multihash follows outside it.
    assertThatThrownBy(() -> Cid.fromBytes(framed, 0, 2))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("truncated");
    // The codec varint a0 e4 02 is cut after its first byte.
    assertThatThrownBy(() -> Cid.fromBytes(Vectors.hex("01a0e402"), 0, 2))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("varint truncated");
  }

  @Test
  void rejectsEmptyBinary() {
    assertThatThrownBy(() -> Cid.fromBytes(new byte[0]))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void rejectsBinaryLongerThan512Bytes() {
    byte[] digest = new byte[Multihash.MAX_DIGEST_LENGTH];
    byte[] tooLong = new byte[3 + 2 + digest.length];
    tooLong[0] = 0x01;
    tooLong[1] = 0x55;
    tooLong[2] = 0x12;
    tooLong[3] = (byte) 0x80; // varint 512
    tooLong[4] = 0x04;

    assertThat(tooLong.length).isGreaterThan(Cid.MAX_BINARY_LENGTH);
    assertThatThrownBy(() -> Cid.fromBytes(tooLong))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("exceeds 512");
    assertThatThrownBy(() -> Cid.v1(Multicodec.RAW, Multihash.of(0x12, digest)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceeds 512");
  }

  @Test
  void acceptsBinaryOfExactly512Bytes() throws CidFormatException {
    // 01 55 00 + varint(507) (2 bytes) + 507 digest bytes = 512 bytes.
    Cid cid = Cid.v1(Multicodec.RAW, Multihash.of(Multicodec.IDENTITY, new byte[507]));

    assertThat(cid.byteLength()).isEqualTo(512);
    assertThat(Cid.fromBytes(cid.toBytes())).isEqualTo(cid);
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "02", "03", "7f", "8101"})
  void rejectsCidVersionsOtherThanOne(String versionHex) {
    byte[] binary = Vectors.hex(versionHex + "71a0e40220" + "00".repeat(32));

    assertThatThrownBy(() -> Cid.fromBytes(binary))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("unsupported CID version");
  }

  @Test
  void rejectsNonMinimalVersionVarint() {
    byte[] binary = Vectors.hex("8100" + "71a0e40220" + "00".repeat(32));

    assertThatThrownBy(() -> Cid.fromBytes(binary))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("not minimally encoded");
  }

  @Test
  void rejectsNonMinimalCodecVarint() {
    byte[] binary = Vectors.hex("01f100" + "a0e40220" + "00".repeat(32));

    assertThatThrownBy(() -> Cid.fromBytes(binary))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("not minimally encoded");
  }

  @Test
  void rejectsNonMinimalHashCodeVarint() {
    byte[] binary = Vectors.hex("0171" + "a0e48200" + "20" + "00".repeat(32));

    assertThatThrownBy(() -> Cid.fromBytes(binary))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("not minimally encoded");
  }

  @Test
  void rejectsTenByteCodecVarint() {
    byte[] binary = Vectors.hex("01" + "ff".repeat(9) + "01" + "1200");

    assertThatThrownBy(() -> Cid.fromBytes(binary))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("longer than 9 bytes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "0171", "01f1", "0171a0e4", "0171a0e402"})
  void rejectsTruncatedVarints(String hex) {
    assertThatThrownBy(() -> Cid.fromBytes(Vectors.hex(hex)))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void rejectsMultihashWithFewerDigestBytesThanDeclared() {
    byte[] binary = Vectors.hex(PT_HEX.substring(0, PT_HEX.length() - 2));

    assertThatThrownBy(() -> Cid.fromBytes(binary))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("declares 32 digest bytes but only 31 follow");
  }

  @Test
  void rejectsTrailingBytesAfterTheDigest() {
    byte[] binary = Vectors.hex(PT_HEX + "00");

    assertThatThrownBy(() -> Cid.fromBytes(binary))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("1 trailing bytes");
  }

  @Test
  void rejectsDigestLengthOver512() {
    byte[] binary = Vectors.hex("015512" + "8104" + "00".repeat(20));

    assertThatThrownBy(() -> Cid.fromBytes(binary))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("exceeds 512");
  }

  @Test
  void acceptsUnknownCodecAndHashCodes() throws CidFormatException {
    // codec 0x300001 (varint 81 80 c0 01), hash code 0xabcdef (varint ef 9b af 05), 3 bytes.
    byte[] binary = Vectors.hex("01" + "8180c001" + "ef9baf05" + "03" + "010203");

    Cid cid = Cid.fromBytes(binary);

    assertThat(cid.codec()).isEqualTo(0x300001L);
    assertThat(cid.multihash().code()).isEqualTo(0xabcdefL);
    assertThat(cid.multihash().digest()).containsExactly(1, 2, 3);
    assertThat(Multicodec.name(cid.codec())).isEqualTo("0x300001");
    assertThat(Multicodec.name(cid.multihash().code())).isEqualTo("0xabcdef");
    assertThat(cid.multihash()).hasToString("0xabcdef:010203");
    assertThat(Cid.fromString(cid.toString())).isEqualTo(cid);
  }

  @Test
  void acceptsEmptyDigest() throws CidFormatException {
    Cid cid = Cid.fromBytes(Vectors.hex("01550000"));

    assertThat(cid.multihash().digestLength()).isZero();
    assertThat(cid.multihash().code()).isEqualTo(Multicodec.IDENTITY);
    assertThat(Cid.fromString(cid.toString())).isEqualTo(cid);
  }

  @Test
  void rejectsCidV0OfWrongLength() {
    assertThatThrownBy(() -> Cid.fromBytes(Vectors.hex("1220" + "00".repeat(33))))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("CIDv0 must be 34 bytes, found 35");
    assertThatThrownBy(() -> Cid.fromBytes(Vectors.hex("1220" + "00".repeat(31))))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("CIDv0 must be 34 bytes, found 33");
  }

  @Test
  void cidV0PrintsAsBase58AndRefusesMultibase() throws CidFormatException {
    Cid v0 = Cid.fromBytes(Vectors.hex("1220" + "ab".repeat(32)));
    String base32 = "b" + Base32.encodeLower(v0.toBytes());
    String base58 = "z" + Base58.encode(v0.toBytes());

    assertThat(v0.toString()).isEqualTo(Base58.encode(v0.toBytes())).startsWith("Qm");
    assertThatThrownBy(() -> Cid.fromString(base32))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("CIDv0 must be written in plain base58");
    assertThatThrownBy(() -> Cid.fromString(base58))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("CIDv0 must be written in plain base58");
  }

  @Test
  void rejectsQmStringThatIsNotACidV0() {
    // 46 characters starting "Qm" whose bytes are not a sha2-256 multihash.
    String text = "Qm" + "1".repeat(44);

    assertThatThrownBy(() -> Cid.fromString(text))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("unsupported CID version 18");
  }

  @ParameterizedTest
  @ValueSource(chars = {'0', 'O', 'I', 'l', '+'})
  void rejectsQmStringWithCharacterOutsideBase58(char bad) throws CidFormatException {
    String good = Cid.fromBytes(Vectors.hex("1220" + "cd".repeat(32))).toString();
    String text = good.substring(0, 45) + bad;

    assertThatThrownBy(() -> Cid.fromString(text))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("invalid base58 character '" + bad + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"f0171a0e40220", "mAXGg5AIg", "uAXGg5AIg", "k2cwue", "Zabc", "9abc"})
  void rejectsMultibasePrefixesOtherThanBase32AndBase58(String text) {
    assertThatThrownBy(() -> Cid.fromString(text))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("unsupported multibase prefix '" + text.charAt(0) + "'");
  }

  @Test
  void rejectsNullAndEmptyStrings() {
    assertThatThrownBy(() -> Cid.fromString(null)).isInstanceOf(CidFormatException.class);
    assertThatThrownBy(() -> Cid.fromString("")).isInstanceOf(CidFormatException.class);
    assertThatThrownBy(() -> Cid.fromString("b"))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("empty CID");
  }

  @Test
  void rejectsStringsLongerThan1024Characters() {
    String text = "b" + "a".repeat(1024);

    assertThatThrownBy(() -> Cid.fromString(text))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("longer than 1024");
  }

  @Test
  void rejectsMixedCaseInUpperCaseBase32() {
    String upper = "B" + PT.toString().substring(1).toUpperCase(java.util.Locale.ROOT);
    String mixed = upper.substring(0, 10) + "a" + upper.substring(11);

    assertThatThrownBy(() -> Cid.fromString(mixed))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("invalid base32 character 'a'");
  }

  @Test
  void equalityFollowsTheBinaryForm() throws CidFormatException {
    Cid same = Cid.fromString(PT.toString());
    Cid other = Cid.makeCid("fish".getBytes(StandardCharsets.UTF_8));

    assertThat(same).isEqualTo(PT).hasSameHashCodeAs(PT).isNotSameAs(PT);
    assertThat(other).isNotEqualTo(PT);
    assertThat(PT).isNotEqualTo(PT.toString()).isNotEqualTo(null);
    assertThat(PT.compareTo(same)).isZero();
  }

  @Test
  void ordersByUnsignedBinaryForm() throws CidFormatException {
    Cid low = Cid.v1(Multicodec.RAW, Multihash.of(0, new byte[] {0x7f}));
    Cid high = Cid.v1(Multicodec.RAW, Multihash.of(0, new byte[] {(byte) 0x80}));
    Cid shorter = Cid.v1(Multicodec.RAW, Multihash.of(0, new byte[0]));
    Cid v0 = Cid.fromBytes(Vectors.hex("1220" + "00".repeat(32)));
    List<Cid> cids = new ArrayList<>(List.of(v0, high, low, shorter));

    Collections.sort(cids);

    // 01 55 00 00 < 01 55 00 01 7f < 01 55 00 01 80 < 12 20 …
    assertThat(cids).containsExactly(shorter, low, high, v0);
    assertThat(low.compareTo(high)).isNegative();
    assertThat(high.compareTo(low)).isPositive();
  }
}
