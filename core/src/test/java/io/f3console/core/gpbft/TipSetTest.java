package io.f3console.core.gpbft;

import static io.f3console.core.testing.Vectors.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.cid.Multihash;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TipSetTest {
  static final Cid PT = Cid.makeCid("pt".getBytes(StandardCharsets.US_ASCII));

  static Cid block(String name) {
    return Cid.makeCid(name.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void refusesCommitmentsThatAreNot32Bytes() {
    assertThatThrownBy(() -> TipSet.of(1, new byte[] {1}, PT, new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("commitments must be 32 bytes, found 31");
    assertThatThrownBy(() -> TipSet.of(1, new byte[] {1}, null, new byte[32]))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void copiesArraysInAndOut() {
    byte[] key = {1, 2, 3};
    byte[] commitments = new byte[32];
    TipSet tipSet = TipSet.of(5, key, PT, commitments);
    key[0] = 9;
    commitments[0] = 9;
    tipSet.key()[1] = 9;
    tipSet.commitments()[1] = 9;
    assertThat(tipSet.key()).containsExactly(1, 2, 3);
    assertThat(tipSet.commitments()).isEqualTo(new byte[32]);
  }

  @Test
  void equalityCoversAllFourFields() {
    TipSet base = TipSet.of(5, new byte[] {1}, PT, new byte[32]);
    byte[] otherCommitments = new byte[32];
    otherCommitments[31] = 1;
    assertThat(base)
        .isEqualTo(TipSet.of(5, new byte[] {1}, PT, new byte[32]))
        .hasSameHashCodeAs(TipSet.of(5, new byte[] {1}, PT, new byte[32]));
    assertThat(base)
        .isNotEqualTo(TipSet.of(6, new byte[] {1}, PT, new byte[32]))
        .isNotEqualTo(TipSet.of(5, new byte[] {2}, PT, new byte[32]))
        .isNotEqualTo(TipSet.of(5, new byte[] {1}, block("other"), new byte[32]))
        .isNotEqualTo(TipSet.of(5, new byte[] {1}, PT, otherCommitments));
  }

  @Test
  void keyIsReadBackAsTheBlockCids() throws Exception {
    List<Cid> blocks =
        List.of(
            block("a"),
            block("b"),
            Cid.fromString("QmdfTbBqBPQ7VNxZEYEj14VmRuZBkqFbiwReogJgS1zR1n"));
    TipSet tipSet = TipSet.ofBlocks(7, blocks, PT, new byte[32]);
    assertThat(tipSet.keyLength()).isEqualTo(38 + 38 + 34);
    assertThat(tipSet.keyCids()).containsExactlyElementsOf(blocks);
    assertThat(TipSet.of(7, new byte[0], PT, new byte[32]).keyCids()).isEmpty();
  }

  @Test
  void keyThatIsNotWholeCidsHasNoCidList() {
    byte[] truncated = Arrays.copyOf(block("a").toBytes(), 37);
    assertThatThrownBy(() -> TipSet.of(7, truncated, PT, new byte[32]).keyCids())
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> TipSet.of(7, "bigbang".getBytes(), PT, new byte[32]).keyCids())
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("tipset key");
  }

  @Test
  void validationFollowsGoF3() {
    assertThat(TipSet.of(0, new byte[0], PT, new byte[32]).validationError())
        .contains("tipset key must not be empty");
    assertThat(TipSet.of(0, new byte[760], PT, new byte[32]).validationError()).isEmpty();
    assertThat(TipSet.of(0, new byte[761], PT, new byte[32]).validationError())
        .contains("tipset key too long");
    Cid long39 = Cid.v1(0x71, Multihash.of(0xb220, new byte[33]));
    assertThat(long39.byteLength()).isEqualTo(39);
    assertThat(TipSet.of(0, new byte[1], long39, new byte[32]).validationError())
        .contains("power table CID too long");
  }

  @Test
  void negativeEpochUsesNintAndTwosComplementLeafBytes() throws Exception {
    TipSet tipSet = TipSet.of(-1, "bigbang".getBytes(), PT, new byte[32]);
    byte[] cbor = TipSetCbor.encode(tipSet);
    assertThat(hex(cbor)).startsWith("8420");
    assertThat(TipSetCbor.decode(cbor)).isEqualTo(tipSet);
    assertThat(hex(tipSet.marshalForSigning())).startsWith("ffffffffffffffff");
    TipSet minimum = TipSet.of(Long.MIN_VALUE, new byte[] {1}, PT, new byte[32]);
    assertThat(hex(TipSetCbor.encode(minimum))).startsWith("843b7fffffffffffffff");
    assertThat(TipSetCbor.decode(TipSetCbor.encode(minimum)).epoch()).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void leafValueIs116BytesForTheUsualCid() {
    TipSet tipSet = TipSet.ofBlocks(1, List.of(block("a"), block("b")), PT, new byte[32]);
    assertThat(tipSet.marshalForSigning()).hasSize(116);
  }

  @Test
  void cborRefusesOverlongKeysBothWays() {
    TipSet tipSet = TipSet.of(0, new byte[761], PT, new byte[32]);
    assertThatThrownBy(() -> TipSetCbor.encode(tipSet))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("761");
    byte[] cbor = TipSetCbor.encode(TipSet.of(0, new byte[760], PT, new byte[32]));
    cbor[4] = (byte) 0xf9; // 84 00 59 02 f8 (760) -> 59 02 f9 (761)
    assertThatThrownBy(() -> TipSetCbor.decode(cbor))
        .isInstanceOf(CborDecodingException.class)
        .hasMessageContaining("TipSet.Key")
        .hasMessageContaining("761");
  }

  @Test
  void toStringShowsEpochAndKeyStart() {
    assertThat(TipSet.ofBlocks(42, List.of(block("a")), PT, new byte[32]).toString())
        .startsWith("42@0171a0e40220")
        .endsWith("(38 bytes)");
  }
}
