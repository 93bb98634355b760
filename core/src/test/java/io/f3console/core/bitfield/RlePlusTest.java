package io.f3console.core.bitfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RlePlusTest {
  @Test
  void decodesEmptyBufferAsEmptySet() throws Exception {
    assertThat(RlePlus.decode(new byte[0])).isEqualTo(Bitfield.empty());
  }

  @Test
  void encodesEmptySetAsZeroBytes() {
    assertThat(RlePlus.encode(Bitfield.empty())).isEmpty();
  }

  @Test
  void writesEmptySetAsSingleZeroRunLength() {
    assertThat(RlePlus.toRunLengths(Bitfield.empty())).containsExactly(0);
  }

  @Test
  void acceptsFourBitBlockForRunOfOne() throws Exception {
    byte[] nonCanonical = HexFormat.of().parseHex("34");

    Bitfield decoded = RlePlus.decode(nonCanonical);

    assertThat(decoded).isEqualTo(RlePlus.decode(HexFormat.of().parseHex("0c")));
    assertThat(decoded).isEqualTo(Bitfield.of(0));
  }

  @Test
  void rejectsTrailingZeroByte() {
    assertThatThrownBy(() -> RlePlus.decode(new byte[] {0x0c, 0}))
        .isInstanceOf(BitfieldDecodingException.class)
        .hasMessage("RLE+ bitfield: not minimally encoded: the last byte (offset 1) is 0");
  }

  @Test
  void acceptsBufferOfExactlyMaximumSize() throws Exception {
    // Version 00, first run set, then only runs of one: every other index from 0, the most runs
    // a buffer of this size can hold.
    byte[] bytes = new byte[RlePlus.MAX_ENCODED_SIZE];
    Arrays.fill(bytes, (byte) 0xff);
    bytes[0] = (byte) 0xfc;

    Bitfield decoded = RlePlus.decode(bytes);

    int setRuns = (8 * RlePlus.MAX_ENCODED_SIZE - 3 + 1) / 2;
    assertThat(decoded.runCount()).isEqualTo(setRuns);
    assertThat(decoded.cardinality()).isEqualTo(setRuns);
    assertThat(decoded.first()).hasValue(0);
    assertThat(decoded.last()).hasValue(2L * (setRuns - 1));
    assertThat(decoded.contains(2)).isTrue();
    assertThat(decoded.contains(3)).isFalse();
    assertThat(RlePlus.encode(decoded)).isEqualTo(bytes);
  }

  @Test
  void rejectsBufferLongerThanMaximumSize() {
    byte[] bytes = new byte[RlePlus.MAX_ENCODED_SIZE + 1];
    bytes[0] = 0x0c;
    bytes[bytes.length - 1] = 1;

    assertThatThrownBy(() -> RlePlus.decode(bytes))
        .isInstanceOf(BitfieldDecodingException.class)
        .hasMessage("RLE+ bitfield: 32769 bytes is longer than the maximum of 32768 bytes");
  }

  @Test
  void encodesSetsLargerThanMaximumSizeButDecodeRefusesThem() {
    long[] sparse = new long[20_000];
    for (int i = 0; i < sparse.length; i++) {
      sparse[i] = 1000L * i;
    }

    byte[] encoded = RlePlus.encode(Bitfield.of(sparse));

    assertThat(encoded.length).isGreaterThan(RlePlus.MAX_ENCODED_SIZE);
    assertThatThrownBy(() -> RlePlus.decode(encoded))
        .isInstanceOf(BitfieldDecodingException.class)
        .hasMessageContaining("longer than the maximum");
  }

  @Test
  void decodeReadsBytesWithoutKeepingThem() throws Exception {
    byte[] bytes = HexFormat.of().parseHex("7c472202");

    Bitfield decoded = RlePlus.decode(bytes);
    bytes[0] = 0x0c;

    assertThat(decoded.toString()).isEqualTo("{0, 2, 4-6, 11-27}");
  }

  @Test
  void encodeReturnsFreshArray() {
    Bitfield set = Bitfield.of(0, 2);
    byte[] first = RlePlus.encode(set);
    first[0] = 0;

    assertThat(RlePlus.encode(set)).containsExactly(0x3c);
  }

  @Test
  void runLengthArraysAreCopiedInAndOut() throws Exception {
    long[] input = {0, 3, 5, 2};
    Bitfield read = RlePlus.fromRunLengths(input);
    input[1] = 1;
    long[] output = RlePlus.toRunLengths(read);
    output[1] = 1;

    assertThat(read).isEqualTo(Bitfield.of(0, 1, 2, 8, 9));
    assertThat(RlePlus.toRunLengths(read)).containsExactly(0, 3, 5, 2);
  }

  @Test
  void rejectsNullInput() {
    assertThatThrownBy(() -> RlePlus.decode(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RlePlus.fromRunLengths(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RlePlus.encode(null)).isInstanceOf(NullPointerException.class);
  }
}
