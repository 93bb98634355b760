package io.f3console.core.statepower;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.gpbft.TipSet;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustAssessor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A power table computed from chain state, compared with the CID something signed for the same
 * tipset: a finality certificate whose EC chain holds the tipset (its {@code PowerTable} CID,
 * covered by the committee's signature), else, for the network's bootstrap tipset ({@code
 * BootstrapEpoch − Finality}), the network's initial power-table CID (its manifest's {@code
 * InitialPowerTable}).
 *
 * @param trust the comparison as the one trust model decides it
 * @param signedBy what signed the CID compared with, e.g. "certificate 12" or "the mainnet manifest
 *     (InitialPowerTable)"
 */
public record ComputedTableTrust(Trust trust, String signedBy) {

  public ComputedTableTrust {
    Objects.requireNonNull(trust, "trust");
    Objects.requireNonNull(signedBy, "signedBy");
  }

  /**
   * The trust of {@code table}: against the first of {@code certificates} that signs its tipset,
   * else the network's initial CID when it is the bootstrap tipset; empty when nothing names a CID
   * for this tipset.
   */
  public static Optional<ComputedTableTrust> judge(
      StatePowerTable table, NetworkSelection network, List<FinalityCertificate> certificates) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(network, "network");
    for (FinalityCertificate certificate : certificates) {
      for (TipSet tipset : certificate.chain().tipSets()) {
        if (tipset.epoch() == table.height() && sameKey(tipset, table.tipset())) {
          String by = "certificate " + Long.toUnsignedString(certificate.instance());
          return Optional.of(
              new ComputedTableTrust(
                  TrustAssessor.givenCid(
                      table.cid(),
                      tipset.powerTable(),
                      "the PowerTable CID "
                          + by
                          + " signs for this tipset (epoch "
                          + tipset.epoch()
                          + ")"),
                  by));
        }
      }
    }
    Optional<NetworkProfile> profile = network.profile();
    if (profile.isPresent() && table.height() == profile.get().powerTableEpoch()) {
      NetworkProfile p = profile.get();
      return Optional.of(
          new ComputedTableTrust(
              TrustAssessor.of(network).table(table.cid(), p.initialInstance()),
              "the "
                  + p.key()
                  + " manifest (InitialPowerTable"
                  + (p.initialPowerTableCid().isPresent() ? ")" : ", unset)")));
    }
    return Optional.empty();
  }

  private static boolean sameKey(TipSet tipset, List<Cid> blocks) {
    try {
      return tipset.keyCids().equals(blocks);
    } catch (CidFormatException e) {
      return false;
    }
  }
}
