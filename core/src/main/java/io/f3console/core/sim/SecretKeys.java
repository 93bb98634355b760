package io.f3console.core.sim;

import io.f3console.core.crypto.Bls;
import io.f3console.core.crypto.BlsException;
import io.f3console.core.gpbft.PubKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The secret keys of a synthetic network: key number {@code k} of seed {@code s} is
 * SHA-256("f3console-sim/" + s + "/" + k) mod r. Deterministic, and useless for anything real.
 */
final class SecretKeys {
  private final long seed;
  private final Map<PubKey, BigInteger> byPublicKey = new HashMap<>();
  private long issued;

  SecretKeys(long seed) {
    this.seed = seed;
  }

  /** A fresh key pair; returns the public key and remembers its secret. */
  PubKey next() throws BlsException {
    BigInteger secret = derive(seed, issued++);
    PubKey key = PubKey.of(Bls.publicKeyFromSecret(secret));
    byPublicKey.put(key, secret);
    return key;
  }

  Optional<BigInteger> secretOf(PubKey key) {
    return Optional.ofNullable(byPublicKey.get(key));
  }

  /** An immutable copy of every key issued so far. */
  Map<PubKey, BigInteger> snapshot() {
    return Map.copyOf(byPublicKey);
  }

  /** A read-only live view of the keys issued so far (no copy). */
  Map<PubKey, BigInteger> snapshotView() {
    return java.util.Collections.unmodifiableMap(byPublicKey);
  }

  static BigInteger derive(long seed, long number) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] digest =
          sha256.digest(("f3console-sim/" + seed + "/" + number).getBytes(StandardCharsets.UTF_8));
      BigInteger secret = new BigInteger(1, digest).mod(Bls.GROUP_ORDER);
      return secret.signum() == 0 ? BigInteger.ONE : secret;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
