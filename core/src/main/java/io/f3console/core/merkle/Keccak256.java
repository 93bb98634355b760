package io.f3console.core.merkle;

import java.util.Objects;
import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * Keccak-256 as Ethereum and go-f3 use it: the original Keccak submission with padding byte {@code
 * 0x01} (go-f3 {@code merkle/merkle.go} calls {@code keccak.NewLegacyKeccak256}), which is
 * <em>not</em> the standardised SHA3-256 (padding {@code 0x06}). Backed by BouncyCastle's {@link
 * KeccakDigest}.
 */
public final class Keccak256 {
  /** The length of a digest in bytes. */
  public static final int DIGEST_LENGTH = 32;

  private Keccak256() {}

  /** The Keccak-256 digest of the concatenation of {@code parts}. */
  public static byte[] hash(byte[]... parts) {
    Objects.requireNonNull(parts, "parts");
    KeccakDigest digest = new KeccakDigest(256);
    for (byte[] part : parts) {
      digest.update(Objects.requireNonNull(part, "part"), 0, part.length);
    }
    byte[] out = new byte[DIGEST_LENGTH];
    digest.doFinal(out, 0);
    return out;
  }
}
