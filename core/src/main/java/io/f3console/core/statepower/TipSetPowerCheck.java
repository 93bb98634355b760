package io.f3console.core.statepower;

import io.f3console.core.blocks.BlockSource;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.gpbft.TipSet;
import io.f3console.core.network.NetworkProfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One tipset of a certificate's ECChain: the power table computed from its state (the parent state
 * of the blocks its key names) against the {@code PowerTable} CID it carries, which at least 2/3 of
 * the power signed (the signatures are checked by certificate validation, not here).
 *
 * @param instance the first certificate whose ECChain holds the tipset
 * @param epoch the tipset's epoch, as the certificate gives it
 * @param tipset the tipset's block header CIDs
 * @param recomputed the CID of the table computed from chain state
 * @param signed the CID the tipset carries
 */
public record TipSetPowerCheck(
    long instance, long epoch, List<Cid> tipset, Cid recomputed, Cid signed) {
  public TipSetPowerCheck {
    tipset = List.copyOf(tipset);
    Objects.requireNonNull(recomputed, "recomputed");
    Objects.requireNonNull(signed, "signed");
  }

  /** Whether chain state gives the table the certificate carries. */
  public boolean equal() {
    return recomputed.equals(signed);
  }

  /**
   * Every distinct tipset of the certificates' ECChains, in order, each checked against the state
   * in {@code blocks} on {@code network}.
   *
   * @throws PowerTableComputationException when a tipset's state gives no table or cannot be read
   * @throws CidFormatException when a tipset's key is not a list of CIDs
   */
  public static List<TipSetPowerCheck> of(
      BlockSource blocks, List<FinalityCertificate> certificates, NetworkProfile network)
      throws PowerTableComputationException, CidFormatException, InterruptedException {
    Objects.requireNonNull(blocks, "blocks");
    Objects.requireNonNull(network, "network");
    List<TipSetPowerCheck> checks = new ArrayList<>();
    Set<List<Cid>> seen = new HashSet<>();
    for (FinalityCertificate certificate : certificates) {
      for (TipSet tipSet : certificate.chain().tipSets()) {
        List<Cid> key = tipSet.keyCids();
        if (!seen.add(key)) {
          continue;
        }
        StatePowerTable computed = PowerTableComputation.compute(blocks, key, network);
        checks.add(
            new TipSetPowerCheck(
                certificate.instance(), tipSet.epoch(), key, computed.cid(), tipSet.powerTable()));
      }
    }
    return List.copyOf(checks);
  }
}
