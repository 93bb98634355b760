package io.f3console.core.crypto;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.crypto.digests.Blake2xsDigest;

/**
 * The BDN aggregation coefficients of a power table's public keys, as go-f3 computes them through
 * kyber's {@code sign/bdn} ({@code hashPointToR} at the commit go-f3 v0.8.12 pins).
 *
 * <p>The input is the <b>whole</b> key list of the table, in table order, never only the signers'
 * keys: the keys are concatenated, hashed with BLAKE2Xs (unkeyed, XOF length "unknown", 65535), and
 * 16 bytes of output per key are read as a little-endian unsigned integer c_i &lt; 2^128. The
 * weight a key carries in an aggregate is c_i + 1 (kyber adds the point once more so that no weight
 * is zero). The real mainnet certificates verify only with exactly this construction.
 *
 * <p>go-f3 hashes the keys re-serialised after parsing; for a key gnark accepts (48 bytes,
 * canonical) that is the raw key, so this class hashes the raw bytes as given. Checking the keys is
 * the job of {@link BdnCommittee#prepare(List)}.
 */
public final class BdnCoefficients {
  /** Bytes of XOF output per key. */
  public static final int COEFFICIENT_LENGTH = 16;

  /** The bits a weight takes: weights go up to 2^128 (c_i = 2^128 − 1), so 129. */
  public static final int WEIGHT_BITS = 129;

  private BdnCoefficients() {}

  /** The coefficients c_i (without the + 1), one per key, in the order of the list. */
  public static BigInteger[] compute(List<byte[]> publicKeys) {
    byte[] output = xofOutput(publicKeys);
    BigInteger[] coefficients = new BigInteger[publicKeys.size()];
    for (int i = 0; i < coefficients.length; i++) {
      coefficients[i] = littleEndian(output, i * COEFFICIENT_LENGTH);
    }
    return coefficients;
  }

  /** The weights c_i + 1 with which each key enters an aggregate, 1 ≤ weight ≤ 2^128. */
  public static BigInteger[] weights(List<byte[]> publicKeys) {
    BigInteger[] coefficients = compute(publicKeys);
    for (int i = 0; i < coefficients.length; i++) {
      coefficients[i] = coefficients[i].add(BigInteger.ONE);
    }
    return coefficients;
  }

  /** 16 bytes of BLAKE2Xs output per key, over the concatenated keys. */
  static byte[] xofOutput(List<byte[]> publicKeys) {
    Objects.requireNonNull(publicKeys, "publicKeys");
    Blake2xsDigest xof = new Blake2xsDigest(Blake2xsDigest.UNKNOWN_DIGEST_LENGTH);
    for (byte[] key : publicKeys) {
      Objects.requireNonNull(key, "public key");
      xof.update(key, 0, key.length);
    }
    byte[] output = new byte[publicKeys.size() * COEFFICIENT_LENGTH];
    if (output.length > 0) {
      xof.doOutput(output, 0, output.length);
    }
    return output;
  }

  private static BigInteger littleEndian(byte[] bytes, int offset) {
    byte[] bigEndian = new byte[COEFFICIENT_LENGTH];
    for (int i = 0; i < COEFFICIENT_LENGTH; i++) {
      bigEndian[i] = bytes[offset + COEFFICIENT_LENGTH - 1 - i];
    }
    return new BigInteger(1, bigEndian);
  }
}
