package io.f3console.core.sim;

import io.f3console.core.crypto.BdnCoefficients;
import io.f3console.core.crypto.Bls;
import io.f3console.core.crypto.BlsException;
import io.f3console.core.crypto.BlsSignatures;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes the BDN aggregate signature of a synthetic certificate in one G2 multiplication: with
 * weights w_i = c_i + 1 over the whole table's keys, the aggregate of the signers' individual
 * signatures w_i·sk_i·H(m) equals (Σ w_i·sk_i mod r)·H(m). The weights are kept while the table's
 * key list stays the same.
 */
final class CertificateSigner {
  private List<PubKey> weightedKeys = List.of();
  private BigInteger[] weights = new BigInteger[0];

  /** σ over {@code message} by {@code signers} of {@code table}. */
  byte[] sign(PowerTable table, int[] signers, byte[] message, Map<PubKey, BigInteger> secrets)
      throws BlsException {
    BigInteger[] w = weightsOf(table);
    BigInteger scalar = BigInteger.ZERO;
    for (int i : signers) {
      PubKey key = table.entry(i).pubKey();
      BigInteger secret = secrets.get(key);
      if (secret == null) {
        throw new IllegalStateException(
            "no secret key for signer " + i + " (" + table.entry(i).id() + ")");
      }
      scalar = scalar.add(w[i].multiply(secret));
    }
    scalar = scalar.mod(Bls.GROUP_ORDER);
    return BlsSignatures.signWithScalar(scalar, BlsSignatures.hashToG2(message)).bytes();
  }

  private BigInteger[] weightsOf(PowerTable table) {
    List<PubKey> keys = new ArrayList<>(table.size());
    for (PowerEntry entry : table.entries()) {
      keys.add(entry.pubKey());
    }
    if (!keys.equals(weightedKeys)) {
      weights = BdnCoefficients.weights(table.publicKeyBytes());
      weightedKeys = keys;
    }
    return weights;
  }
}
