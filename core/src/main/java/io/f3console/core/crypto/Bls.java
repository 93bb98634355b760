package io.f3console.core.crypto;

import io.f3console.core.crypto.internal.blst.BlstBackend;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * BLS12-381 operations as go-f3 performs them (signatures in G2, public keys in G1, the "min-pk"
 * layout; {@code go-f3:blssig}). A stateless facade: every method is static and the only shared
 * state is the lazily loaded native library behind it.
 *
 * <p>Native library: blst, through jblst. It is loaded on the first call that needs it; if it
 * cannot be loaded, that call and every later one that needs it throws the checked {@link
 * BlsException}. Checks that need no curve arithmetic (length, flag bits, range of x) never touch
 * the library.
 */
public final class Bls {
  /** The length of a compressed G1 public key, the only form go-f3 accepts. */
  public static final int PUBLIC_KEY_LENGTH = 48;

  /** The order r of the G1 and G2 subgroups (the scalar field modulus). */
  public static final BigInteger GROUP_ORDER =
      new BigInteger("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16);

  private static final int SECRET_KEY_LENGTH = 32;

  private Bls() {}

  /**
   * Whether go-f3 would accept {@code key} as a participant's public key, and if not, why.
   *
   * <p>go-f3 ({@code blssig/verifier.go} {@code pubkeyToPoint}) requires exactly 48 bytes, then
   * parses them with gnark's {@code G1Affine.SetBytes} and rejects the point at infinity. That
   * amounts to, in this order: length 48 ({@link KeyStatus#WRONG_LENGTH}); compression flag set
   * ({@link KeyStatus#NOT_COMPRESSED}); no forbidden flag pattern {@code 001}/{@code 011}/{@code
   * 111}, an infinity encoding with all other bits zero, and x below the field modulus ({@link
   * KeyStatus#BAD_ENCODING}); x³ + 4 has a square root ({@link KeyStatus#NOT_ON_CURVE}); the point
   * is in the prime-order subgroup ({@link KeyStatus#NOT_IN_SUBGROUP}); it is not the identity
   * ({@link KeyStatus#IDENTITY}).
   *
   * <p>The encoding rules are decided here from the bits, so the verdict does not depend on blst's
   * reading of odd inputs; blst then decompresses and checks the curve and (explicitly, since
   * jblst's decompression does not) the subgroup.
   *
   * @param key the raw public-key bytes, for example a power-table entry's {@code PubKey}
   * @throws BlsException if the key needs curve arithmetic and the native library is unusable
   */
  public static PublicKeyCheck checkPublicKey(byte[] key) throws BlsException {
    Objects.requireNonNull(key, "key");
    byte[] copy = key.clone();
    Optional<PublicKeyCheck> byEncoding = G1EncodingRules.verdictFromEncoding(copy);
    if (byEncoding.isPresent()) {
      return byEncoding.get();
    }
    return switch (BackendCalls.call(() -> BlstBackend.decodeCompressedG1(copy))) {
      case IN_SUBGROUP ->
          check(
              KeyStatus.VALID,
              "valid G1 public key (on the curve, in the subgroup, not the identity)");
      case OUTSIDE_SUBGROUP ->
          check(
              KeyStatus.NOT_IN_SUBGROUP,
              "not in the G1 subgroup (on the curve, but fails the subgroup check)");
      case NOT_ON_CURVE ->
          check(KeyStatus.NOT_ON_CURVE, "not on the curve: x³ + 4 has no square root modulo p");
      case IDENTITY ->
          check(
              KeyStatus.IDENTITY,
              "the point at infinity (identity), which go-f3 rejects as a null point");
      case BAD_ENCODING ->
          check(KeyStatus.BAD_ENCODING, "bad encoding: rejected by the blst decoder");
    };
  }

  /**
   * The compressed G1 public key [sk]·g1 of a secret key, as a fresh 48-byte array.
   *
   * <p>Strict: the secret key must satisfy 0 &lt; sk &lt; r ({@link #GROUP_ORDER}); a key outside
   * that range is rejected rather than reduced, since a zero key gives the identity, which go-f3
   * rejects.
   *
   * @throws IllegalArgumentException if the secret key is not in (0, r)
   * @throws BlsException if the native library is unusable
   */
  public static byte[] publicKeyFromSecret(BigInteger secretKey) throws BlsException {
    Objects.requireNonNull(secretKey, "secretKey");
    if (secretKey.signum() <= 0 || secretKey.compareTo(GROUP_ORDER) >= 0) {
      throw new IllegalArgumentException("a BLS secret key must be in the range 0 < sk < r");
    }
    return BackendCalls.call(() -> BlstBackend.multiplyG1Generator(secretKey));
  }

  /**
   * Like {@link #publicKeyFromSecret(BigInteger)} for a 32-byte <b>big-endian</b> secret key (the
   * order of the hex vectors in the protocol notes). Note that Lotus key files store BLS secret
   * keys little-endian; reverse those bytes first.
   *
   * @throws IllegalArgumentException if the array is not 32 bytes or the key is not in (0, r)
   * @throws BlsException if the native library is unusable
   */
  public static byte[] publicKeyFromSecret(byte[] secretKeyBigEndian) throws BlsException {
    Objects.requireNonNull(secretKeyBigEndian, "secretKeyBigEndian");
    if (secretKeyBigEndian.length != SECRET_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "a BLS secret key has " + SECRET_KEY_LENGTH + " bytes, got " + secretKeyBigEndian.length);
    }
    return publicKeyFromSecret(new BigInteger(1, secretKeyBigEndian));
  }

  /**
   * Whether the native library is usable on this machine. Loads it the first time; afterwards the
   * answer is fixed for the life of the JVM.
   */
  public static boolean isAvailable() {
    return BlstBackend.isAvailable();
  }

  private static PublicKeyCheck check(KeyStatus status, String message) {
    return new PublicKeyCheck(status, PUBLIC_KEY_LENGTH, message);
  }
}
