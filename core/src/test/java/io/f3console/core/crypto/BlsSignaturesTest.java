package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import supranational.blst.P2_Affine;

/** Hashing, signing and verifying against the drand and synthetic-certificate vectors. */
class BlsSignaturesTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final JsonNode DRAND =
      TestJson.resource("/vectors/bls/signatures.json").required("drand");
  private static final JsonNode SYNTHETIC =
      TestJson.resource("/vectors/bls/signatures.json").required("syntheticCertificate");
  private static final JsonNode SECRET_KEYS =
      TestJson.resource("/vectors/bls/secret_to_public_key.json").required("vectors");

  @Test
  void drandBeaconVerifiesAsAPlainSignature() throws Exception {
    SignatureCheck check =
        BlsSignatures.verifyPlain(
            hex(DRAND, "publicKey"),
            drandMessage(DRAND.required("round").asLong()),
            hex(DRAND, "signature"));

    assertThat(check.outcome()).as(check.detail()).isEqualTo(SignatureOutcome.VALID);
    assertThat(check.isValid()).isTrue();
  }

  @Test
  void drandBeaconOfAnotherRoundIsInvalid() throws Exception {
    SignatureCheck check =
        BlsSignatures.verifyPlain(
            hex(DRAND, "publicKey"), drandMessage(2), hex(DRAND, "signature"));

    assertThat(check.outcome()).isEqualTo(SignatureOutcome.INVALID);
    assertThat(check.detail()).contains("pairing");
  }

  @Test
  void plainVerificationRefusesAnUnusableKey() {
    byte[] identity = new byte[48];
    identity[0] = (byte) 0xc0;

    assertThatThrownBy(
            () -> BlsSignatures.verifyPlain(identity, new byte[1], hex(DRAND, "signature")))
        .isInstanceOfSatisfying(
            InvalidPublicKeyException.class,
            e -> assertThat(e.status()).isEqualTo(KeyStatus.IDENTITY));
  }

  @Test
  void secretKeysFromSeedsAreTheVectorKeys() {
    for (JsonNode vector : SECRET_KEYS) {
      BigInteger key =
          BlsSignatures.secretKeyFromSeed(
              (SYNTHETIC.required("secretKeySeedPrefix").asText()
                      + vector.required("index").asInt())
                  .getBytes(StandardCharsets.US_ASCII));
      assertThat(key).isEqualTo(new BigInteger(vector.required("secretKey").asText(), 16));
    }
  }

  @Test
  void individualSignaturesOfTheSyntheticCertificate() throws Exception {
    byte[] message = syntheticSigningBytes();
    List<BigInteger> secrets = syntheticSecrets();

    byte[] signature0 = BlsSignatures.sign(secrets.get(0), message).bytes();
    byte[] signature1 = BlsSignatures.sign(secrets.get(1), message).bytes();

    assertThat(HEX.formatHex(signature0)).isEqualTo(SYNTHETIC.required("signature0").asText());
    assertThat(HEX.formatHex(signature1)).isEqualTo(SYNTHETIC.required("signature1").asText());
    assertThat(BlsSignatures.verifyPlain(syntheticKeys().get(0), message, signature0).isValid())
        .isTrue();
    assertThat(BlsSignatures.verifyPlain(syntheticKeys().get(1), message, signature0).outcome())
        .isEqualTo(SignatureOutcome.INVALID);
  }

  @Test
  void bdnAggregateOfTheSyntheticCertificate() throws Exception {
    BdnCommittee committee = BdnCommittee.prepare(syntheticKeys());
    MessagePoint message = BlsSignatures.hashToG2(syntheticSigningBytes());
    List<BigInteger> secrets = syntheticSecrets();
    BigInteger scalar =
        committee
            .weight(0)
            .multiply(secrets.get(0))
            .add(committee.weight(1).multiply(secrets.get(1)));

    BlsSignature aggregateSignature = BlsSignatures.signWithScalar(scalar, message);
    AggregateKey aggregateKey = committee.aggregate(new int[] {0, 1});

    assertThat(HEX.formatHex(aggregateSignature.bytes()))
        .isEqualTo(SYNTHETIC.required("aggregateSignature").asText());
    assertThat(HEX.formatHex(aggregateKey.compressed()))
        .isEqualTo(SYNTHETIC.required("aggregateKey").asText());
    assertThat(BlsSignatures.verify(aggregateKey, message, aggregateSignature).outcome())
        .isEqualTo(SignatureOutcome.VALID);
    assertThat(
            BlsSignatures.verify(aggregateKey, message, hex(SYNTHETIC, "aggregateSignature"))
                .isValid())
        .isTrue();
  }

  @Test
  void plainSumOfTheTwoSignaturesDoesNotVerifyAgainstTheBdnKey() throws Exception {
    BdnCommittee committee = BdnCommittee.prepare(syntheticKeys());
    MessagePoint message = BlsSignatures.hashToG2(syntheticSigningBytes());
    List<BigInteger> secrets = syntheticSecrets();
    byte[] plainSum =
        new P2_Affine(hex(SYNTHETIC, "signature0"))
            .to_jacobian()
            .add(new P2_Affine(hex(SYNTHETIC, "signature1")))
            .compress();
    assertThat(plainSum)
        .as("sig0 + sig1 = [sk0 + sk1]·H(m)")
        .isEqualTo(
            BlsSignatures.signWithScalar(secrets.get(0).add(secrets.get(1)), message).bytes());
    BdnCommittee unweighted =
        BdnCommittee.withWeights(
            List.of(committee.key(0), committee.key(1)),
            new BigInteger[] {BigInteger.ONE, BigInteger.ONE});

    assertThat(
            BlsSignatures.verify(committee.aggregate(new int[] {0, 1}), message, plainSum)
                .outcome())
        .isEqualTo(SignatureOutcome.INVALID);
    assertThat(
            BlsSignatures.verify(unweighted.aggregate(new int[] {0, 1}), message, plainSum)
                .outcome())
        .as("the plain sum is a valid plain aggregate")
        .isEqualTo(SignatureOutcome.VALID);
  }

  @ParameterizedTest
  @ValueSource(ints = {767, 700, 500, 383, 200, 9, 5, 4, 3})
  void flippedBitIsNeverValid(int bit) throws Exception {
    BdnCommittee committee = BdnCommittee.prepare(syntheticKeys());
    byte[] signature = hex(SYNTHETIC, "aggregateSignature");
    signature[bit / 8] ^= (byte) (0x80 >>> (bit % 8));

    SignatureCheck check =
        BlsSignatures.verify(
            committee.aggregate(new int[] {0, 1}),
            BlsSignatures.hashToG2(syntheticSigningBytes()),
            signature);

    assertThat(check.outcome())
        .isIn(SignatureOutcome.INVALID, SignatureOutcome.MALFORMED_SIGNATURE);
  }

  @Test
  void otherSignerSetIsInvalid() throws Exception {
    BdnCommittee committee = BdnCommittee.prepare(syntheticKeys());

    assertThat(
            BlsSignatures.verify(
                    committee.aggregate(new int[] {0, 2}),
                    BlsSignatures.hashToG2(syntheticSigningBytes()),
                    hex(SYNTHETIC, "aggregateSignature"))
                .outcome())
        .isEqualTo(SignatureOutcome.INVALID);
  }

  @Test
  void hashToG2IsDeterministicAndCompressed() throws Exception {
    MessagePoint first = BlsSignatures.hashToG2(syntheticSigningBytes());
    MessagePoint second = BlsSignatures.hashToG2(syntheticSigningBytes());
    MessagePoint other = BlsSignatures.hashToG2(new byte[0]);

    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second).isNotEqualTo(other);
    assertThat(first.compressed()).hasSize(96);
    assertThat(first.compressed()[0] & 0x80).isEqualTo(0x80);
  }

  @Test
  void scalarsAreReducedModuloTheGroupOrder() throws Exception {
    MessagePoint message = BlsSignatures.hashToG2(new byte[] {1, 2, 3});
    BigInteger scalar = new BigInteger("123456789");
    byte[] identity = new byte[96];
    identity[0] = (byte) 0xc0;

    assertThat(BlsSignatures.signWithScalar(scalar.add(Bls.GROUP_ORDER), message))
        .isEqualTo(BlsSignatures.signWithScalar(scalar, message));
    assertThat(BlsSignatures.signWithScalar(BigInteger.ZERO, message).bytes()).isEqualTo(identity);
    assertThat(BlsSignatures.signWithScalar(Bls.GROUP_ORDER, message).isIdentity()).isTrue();
    assertThat(BlsSignatures.signWithScalar(BigInteger.ONE, message).bytes())
        .isEqualTo(message.compressed());
    assertThat(BlsSignatures.signWithScalar(BigInteger.ONE, message).isIdentity()).isFalse();
  }

  @Test
  void signRefusesSecretKeysOutsideTheRange() {
    assertThatThrownBy(() -> BlsSignatures.sign(BigInteger.ZERO, new byte[1]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BlsSignatures.sign(Bls.GROUP_ORDER, new byte[1]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static byte[] syntheticSigningBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String part :
        List.of(
            "signingBytesPrefix", "roundAndInstance", "commitments", "chainKey", "powerTableCid")) {
      out.writeBytes(hex(SYNTHETIC, part));
    }
    return out.toByteArray();
  }

  static List<byte[]> syntheticKeys() {
    List<byte[]> keys = new ArrayList<>();
    SECRET_KEYS.forEach(vector -> keys.add(HEX.parseHex(vector.required("publicKey").asText())));
    return keys;
  }

  private static List<BigInteger> syntheticSecrets() {
    List<BigInteger> secrets = new ArrayList<>();
    SECRET_KEYS.forEach(
        vector -> secrets.add(new BigInteger(vector.required("secretKey").asText(), 16)));
    return secrets;
  }

  private static byte[] drandMessage(long round) throws Exception {
    byte[] input =
        ByteBuffer.allocate(40).put(hex(DRAND, "previousSignature")).putLong(round).array();
    return MessageDigest.getInstance("SHA-256").digest(input);
  }

  static byte[] hex(JsonNode node, String field) {
    return HEX.parseHex(node.required(field).asText());
  }
}
