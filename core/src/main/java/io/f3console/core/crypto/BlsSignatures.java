package io.f3console.core.crypto;

import io.f3console.core.crypto.internal.blst.BlstBackend;
import io.f3console.core.crypto.internal.blst.G2Point;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;

/**
 * BLS signatures as go-f3 makes and checks them: messages hashed to G2, signatures in G2, keys (and
 * BDN aggregate keys, {@link BdnCommittee}) in G1 ({@code go-f3:blssig}, {@code
 * go-f3:internal/gnark}). A stateless facade beside {@link Bls}, which checks keys.
 *
 * <p>Verification reports its result as data ({@link SignatureCheck}); only an unusable native
 * library is an exception ({@link BlsException}).
 */
public final class BlsSignatures {
  /**
   * The hash-to-curve tag go-f3 uses ({@code internal/gnark/g2.go}): the IETF BLS "basic" min-pk
   * ciphersuite, not Ethereum's proof-of-possession tag.
   */
  public static final String DST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_";

  /** The length of a compressed signature ({@link BlsSignature#LENGTH}). */
  public static final int SIGNATURE_LENGTH = BlsSignature.LENGTH;

  private BlsSignatures() {}

  /**
   * H(m): RFC 9380 {@code hash_to_curve} to G2, random-oracle variant (expand_message_xmd with
   * SHA-256, simplified SWU, 3-isogeny, cofactor clearing) with tag {@link #DST}. The message is
   * the payload's signing bytes themselves, not a digest of them.
   */
  public static MessagePoint hashToG2(byte[] message) throws BlsException {
    Objects.requireNonNull(message, "message");
    return new MessagePoint(BackendCalls.call(() -> BlstBackend.hashToG2(message, DST)));
  }

  /**
   * Checks e(key, H(m)) = e(g1, σ), as one product e(key, H(m)) · e(−g1, σ) = 1 with a single final
   * exponentiation (go-f3 {@code internal/gnark/suite.go} ValidatePairing).
   *
   * <p>σ is read as gnark reads it (see {@code SignatureEncoding}): 96 compressed bytes, or 192
   * uncompressed ones when the flag bits say so; <b>bytes after the point are ignored</b>, as in
   * Go; the subgroup check is always done. Anything that does not decode is {@link
   * SignatureOutcome#MALFORMED_SIGNATURE}.
   *
   * <p>The identity: go-f3 adds no check beyond decoding, so an empty signer set (the identity key)
   * with the identity signature {@code c0 00…} verifies, and is {@code VALID} here too.
   */
  public static SignatureCheck verify(AggregateKey key, MessagePoint message, byte[] signature)
      throws BlsException {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(signature, "signature");
    SignatureEncoding encoding = SignatureEncoding.read(signature);
    Optional<String> problem = encoding.problem();
    if (problem.isPresent()) {
      return SignatureCheck.malformed(problem.get());
    }
    BlstBackend.G2Decoded decoded = BackendCalls.call(() -> BlstBackend.decodeG2(encoding.point()));
    if (decoded.point().isEmpty()) {
      return SignatureCheck.malformed(
          switch (decoded.status()) {
            case NOT_ON_CURVE -> "not on the curve";
            case NOT_IN_SUBGROUP -> "not in the G2 subgroup";
            default -> "rejected by the blst decoder";
          });
    }
    G2Point signaturePoint = decoded.point().get();
    boolean verified =
        BackendCalls.call(
            () -> BlstBackend.pairingCheck(key.uncompressed(), message.point(), signaturePoint));
    return verified ? SignatureCheck.valid() : SignatureCheck.invalid();
  }

  /** Like {@link #verify(AggregateKey, MessagePoint, byte[])} for a compressed signature. */
  public static SignatureCheck verify(
      AggregateKey key, MessagePoint message, BlsSignature signature) throws BlsException {
    Objects.requireNonNull(signature, "signature");
    return verify(key, message, signature.bytes());
  }

  /**
   * Plain (non-aggregate) BLS verification of one signer: the key is used as it is, with no BDN
   * weight. For single signatures such as the drand beacon vector, never for certificates.
   *
   * @throws InvalidPublicKeyException if go-f3 would refuse the key
   */
  public static SignatureCheck verifyPlain(byte[] publicKey, byte[] message, byte[] signature)
      throws InvalidPublicKeyException, BlsException {
    AggregateKey key = AggregateKey.of(G1Key.decode(publicKey));
    return verify(key, hashToG2(message), signature);
  }

  /**
   * The signature [sk]·H(m), compressed.
   *
   * @throws IllegalArgumentException if the secret key is not in (0, r)
   */
  public static BlsSignature sign(BigInteger secretKey, byte[] message) throws BlsException {
    Objects.requireNonNull(secretKey, "secretKey");
    if (secretKey.signum() <= 0 || secretKey.compareTo(Bls.GROUP_ORDER) >= 0) {
      throw new IllegalArgumentException("a BLS secret key must be in the range 0 < sk < r");
    }
    return signWithScalar(secretKey, hashToG2(message));
  }

  /**
   * [scalar mod r]·H(m), compressed: for the BDN shortcut of a synthetic network, where the
   * aggregate signature of signers S is [Σ_{i∈S} (c_i + 1)·sk_i mod r]·H(m). Any integer is
   * accepted and reduced modulo r; a multiple of r gives the identity {@code c0 00…}.
   */
  public static BlsSignature signWithScalar(BigInteger scalar, MessagePoint message)
      throws BlsException {
    Objects.requireNonNull(scalar, "scalar");
    Objects.requireNonNull(message, "message");
    G2Point point = message.point();
    return BlsSignature.of(
        BackendCalls.call(() -> BlstBackend.multiplyG2(point, scalar.mod(Bls.GROUP_ORDER))));
  }

  /**
   * A deterministic secret key for test and synthetic networks, never for real keys: SHA-256(seed)
   * read big-endian, modulo r; in the (astronomically unlikely) case that this is zero, the digest
   * is hashed again until it is not. {@code secretKeyFromSeed("f3-spec-sk-0")} gives the protocol
   * notes' sk0.
   */
  public static BigInteger secretKeyFromSeed(byte[] seed) {
    Objects.requireNonNull(seed, "seed");
    byte[] digest = sha256(seed);
    BigInteger key = new BigInteger(1, digest).mod(Bls.GROUP_ORDER);
    while (key.signum() == 0) {
      digest = sha256(digest);
      key = new BigInteger(1, digest).mod(Bls.GROUP_ORDER);
    }
    return key;
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
