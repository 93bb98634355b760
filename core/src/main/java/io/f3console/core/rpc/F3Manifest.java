package io.f3console.core.rpc;

import io.f3console.core.cid.Cid;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The F3 manifest a node runs ({@code Filecoin.F3GetManifest}, go-f3 {@code manifest.Manifest}):
 * the values a light client and a bootstrap diagnosis need, and the JSON exactly as the node sent
 * it (for everything else, and for the manifest CID).
 *
 * @param protocolVersion {@code ProtocolVersion}
 * @param initialInstance {@code InitialInstance}, the instance of the initial power table
 *     (unsigned)
 * @param bootstrapEpoch {@code BootstrapEpoch}; the initial table is the power table at {@code
 *     BootstrapEpoch - EC.Finality}
 * @param networkName {@code NetworkName}, signed into every F3 message
 * @param initialPowerTable {@code InitialPowerTable}, absent when the node's build has none (and
 *     Lotus could not fill it from certificate 0)
 * @param committeeLookback {@code CommitteeLookback}, in instances
 * @param ecPeriod {@code EC.Period}, the time between epochs
 * @param ecFinality {@code EC.Finality}, in epochs
 * @param json the manifest's JSON as the node sent it
 */
public record F3Manifest(
    long protocolVersion,
    long initialInstance,
    long bootstrapEpoch,
    String networkName,
    Optional<Cid> initialPowerTable,
    long committeeLookback,
    Duration ecPeriod,
    long ecFinality,
    String json) {

  public F3Manifest {
    Objects.requireNonNull(networkName, "networkName");
    Objects.requireNonNull(initialPowerTable, "initialPowerTable");
    Objects.requireNonNull(ecPeriod, "ecPeriod");
    Objects.requireNonNull(json, "json");
  }

  /** The epoch whose parent state holds the initial power table. */
  public long initialPowerTableEpoch() {
    return bootstrapEpoch - ecFinality;
  }
}
