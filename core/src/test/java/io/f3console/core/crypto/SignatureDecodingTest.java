package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import supranational.blst.P2_Affine;

/**
 * How {@link BlsSignatures#verify} reads signature bytes: gnark's rules, lenient exactly where Go
 * is (trailing bytes, the uncompressed form) and strict elsewhere. Uses the synthetic certificate
 * of the protocol notes, whose aggregate signature is valid.
 */
class SignatureDecodingTest {
  private static final BigInteger P = G1EncodingRules.FIELD_MODULUS;
  private static AggregateKey key;
  private static AggregateKey emptySet;
  private static MessagePoint message;
  private static byte[] valid;

  @BeforeAll
  static void prepare() throws Exception {
    BdnCommittee committee = BdnCommittee.prepare(BlsSignaturesTest.syntheticKeys());
    key = committee.aggregate(new int[] {0, 1});
    emptySet = committee.aggregate(new int[0]);
    message = BlsSignatures.hashToG2(BlsSignaturesTest.syntheticSigningBytes());
    valid =
        BlsSignaturesTest.hex(
            TestJson.resource("/vectors/bls/signatures.json").required("syntheticCertificate"),
            "aggregateSignature");
  }

  @Test
  void compressedSignatureIsValid() throws Exception {
    assertThat(outcome(valid)).isEqualTo(SignatureOutcome.VALID);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4, 96, 1000})
  void bytesAfterTheCompressedPointAreIgnoredAsInGo(int extra) throws Exception {
    byte[] withJunk = Arrays.copyOf(valid, valid.length + extra);
    Arrays.fill(withJunk, valid.length, withJunk.length, (byte) 0xa5);

    assertThat(outcome(withJunk)).isEqualTo(SignatureOutcome.VALID);
  }

  @Test
  void uncompressedFormIsAcceptedAsInGo() throws Exception {
    byte[] uncompressed = new P2_Affine(valid).serialize();
    assertThat(uncompressed).hasSize(192);
    assertThat(uncompressed[0] & 0xe0).isZero();

    assertThat(outcome(uncompressed)).isEqualTo(SignatureOutcome.VALID);
    assertThat(outcome(Arrays.copyOf(uncompressed, 200))).isEqualTo(SignatureOutcome.VALID);
    assertThat(check(Arrays.copyOf(uncompressed, 191)).detail()).contains("uncompressed");
  }

  @Test
  void uncompressedWithAWrongYIsMalformed() throws Exception {
    byte[] uncompressed = new P2_Affine(valid).serialize();
    uncompressed[191] ^= 1;

    assertThat(check(uncompressed).detail()).contains("not on the curve");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 48, 95})
  void shorterThan96BytesIsMalformed(int length) throws Exception {
    SignatureCheck check = check(Arrays.copyOf(valid, length));

    assertThat(check.outcome()).isEqualTo(SignatureOutcome.MALFORMED_SIGNATURE);
    assertThat(check.detail()).contains("too short");
  }

  @ParameterizedTest
  @ValueSource(ints = {0b001, 0b011, 0b111})
  void forbiddenFlagPatternsAreMalformed(int flags) throws Exception {
    byte[] signature = valid.clone();
    signature[0] = (byte) ((signature[0] & 0x1f) | (flags << 5));

    assertThat(check(signature).detail()).contains("invalid flag bits");
  }

  @Test
  void ninetySixZeroBytesAnnounceAnUncompressedPointAndAreTooShort() throws Exception {
    assertThat(check(new byte[96]).detail()).contains("too short");
  }

  @Test
  void identityEncodingsDecodeAndFailAgainstARealKey() throws Exception {
    for (byte[] identity : identities()) {
      assertThat(outcome(identity)).isEqualTo(SignatureOutcome.INVALID);
    }
  }

  @Test
  void emptySignerSetVerifiesWithTheIdentitySignatureAsInGo() throws Exception {
    assertThat(emptySet.isIdentity()).isTrue();
    for (byte[] identity : identities()) {
      assertThat(BlsSignatures.verify(emptySet, message, identity).outcome())
          .isEqualTo(SignatureOutcome.VALID);
    }
    assertThat(BlsSignatures.verify(emptySet, message, valid).outcome())
        .isEqualTo(SignatureOutcome.INVALID);
  }

  @Test
  void infinityFlagWithOtherBitsSetIsMalformed() throws Exception {
    byte[] compressed = identities().get(0);
    compressed[95] = 1;
    byte[] uncompressed = identities().get(1);
    uncompressed[150] = 1;
    byte[] flagByte = identities().get(0);
    flagByte[0] |= 0x01;

    for (byte[] signature : List.of(compressed, uncompressed, flagByte)) {
      assertThat(check(signature).detail()).contains("infinity flag");
    }
  }

  @Test
  void coordinatesNotBelowTheModulusAreMalformed() throws Exception {
    byte[] xImaginaryIsP = valid.clone();
    System.arraycopy(fixed48(P), 0, xImaginaryIsP, 0, 48);
    xImaginaryIsP[0] |= (byte) 0x80;
    byte[] xRealIsP = valid.clone();
    System.arraycopy(fixed48(P), 0, xRealIsP, 48, 48);
    byte[] uncompressedYAboveP = new P2_Affine(valid).serialize();
    System.arraycopy(fixed48(P.add(BigInteger.ONE)), 0, uncompressedYAboveP, 144, 48);

    assertThat(check(xImaginaryIsP).detail()).contains("coordinate 1 is not below");
    assertThat(check(xRealIsP).detail()).contains("coordinate 2 is not below");
    assertThat(check(uncompressedYAboveP).detail()).contains("coordinate 4 is not below");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
  void realXIsOffTheCurveExactlyWhenTheNormTestSaysSo(int x) throws Exception {
    byte[] signature = new byte[96];
    signature[0] = (byte) 0x80;
    signature[95] = (byte) x;

    // y² = x³ + 4(1 + i) has a root in Fp2 iff the norm a0² + a1² of the right side is a
    // square in Fp (Euler's criterion); x is real here, so a0 = x³ + 4 and a1 = 4.
    BigInteger a0 = BigInteger.valueOf(x).pow(3).add(BigInteger.valueOf(4));
    BigInteger norm = a0.multiply(a0).add(BigInteger.valueOf(16)).mod(P);
    boolean square =
        norm.modPow(P.subtract(BigInteger.ONE).shiftRight(1), P).equals(BigInteger.ONE);

    SignatureCheck check = check(signature);
    assertThat(check.outcome()).isEqualTo(SignatureOutcome.MALFORMED_SIGNATURE);
    assertThat(check.detail()).contains(square ? "not in the G2 subgroup" : "not on the curve");
  }

  private static List<byte[]> identities() {
    byte[] compressed = new byte[96];
    compressed[0] = (byte) 0xc0;
    byte[] uncompressed = new byte[192];
    uncompressed[0] = 0x40;
    byte[] zeros = new byte[192];
    return List.of(compressed, uncompressed, zeros, Arrays.copyOf(compressed, 120));
  }

  private static byte[] fixed48(BigInteger value) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[48];
    int copy = Math.min(raw.length, 48);
    System.arraycopy(raw, raw.length - copy, out, 48 - copy, copy);
    return out;
  }

  private static SignatureOutcome outcome(byte[] signature) throws Exception {
    return check(signature).outcome();
  }

  private static SignatureCheck check(byte[] signature) throws Exception {
    return BlsSignatures.verify(key, message, signature);
  }
}
