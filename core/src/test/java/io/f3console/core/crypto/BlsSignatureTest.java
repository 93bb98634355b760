package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 96-byte signature value: its length rule, copies, equality and text. */
class BlsSignatureTest {

  private static byte[] sample() {
    byte[] bytes = new byte[BlsSignature.LENGTH];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (0xa0 + i);
    }
    return bytes;
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 48, 95, 97, 192})
  void anyOtherLengthIsRefusedSayingWhatIsExpected(int length) {
    assertThatThrownBy(() -> BlsSignature.of(new byte[length]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "a BLS signature is 96 bytes (a compressed G2 point), got " + length);
  }

  @Test
  void anUncompressedPointIsNamedAsThePossibleCause() {
    assertThatThrownBy(() -> BlsSignature.of(new byte[192]))
        .hasMessageEndingWith("(an uncompressed point?)");
  }

  @Test
  void theBytesAreCopiedInAndOut() {
    byte[] bytes = sample();
    BlsSignature signature = BlsSignature.of(bytes);
    bytes[0] = 0;
    signature.bytes()[1] = 0;

    assertThat(signature.bytes()).isEqualTo(sample()).isNotSameAs(signature.bytes());
  }

  @Test
  void equalWhenTheBytesAreEqual() {
    byte[] other = sample();
    other[95] ^= 1;

    assertThat(BlsSignature.of(sample()))
        .isEqualTo(BlsSignature.of(sample()))
        .hasSameHashCodeAs(BlsSignature.of(sample()))
        .isNotEqualTo(BlsSignature.of(other))
        .isNotEqualTo(sample());
  }

  @Test
  void textIsTheHexOfTheBytes() {
    assertThat(BlsSignature.of(sample()))
        .hasToString("BlsSignature[" + HexFormat.of().formatHex(sample()) + "]");
    assertThat(BlsSignature.of(sample()).toString()).startsWith("BlsSignature[a0a1a2");
  }

  @Test
  void theCompressedIdentityIsRecognised() {
    byte[] identity = new byte[96];
    identity[0] = (byte) 0xc0;
    byte[] notQuite = identity.clone();
    notQuite[95] = 1;

    assertThat(BlsSignature.of(identity).isIdentity()).isTrue();
    assertThat(BlsSignature.of(notQuite).isIdentity()).isFalse();
    assertThat(BlsSignature.of(sample()).isIdentity()).isFalse();
  }
}
