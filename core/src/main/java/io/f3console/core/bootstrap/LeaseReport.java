package io.f3console.core.bootstrap;

import io.f3console.core.gpbft.ActorId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of the lease check: what each node said, the verdict per miner, and the doctor check
 * ({@value LeaseCheck#ID}) that sums them up.
 *
 * @param nodes each node's peer ID, instance and leases, in the order asked
 * @param miners the verdict per miner, in actor-ID order
 * @param check the doctor check
 */
public record LeaseReport(List<NodeLeases> nodes, List<MinerLease> miners, DoctorCheck check) {
  public LeaseReport {
    nodes = List.copyOf(nodes);
    miners = List.copyOf(miners);
    Objects.requireNonNull(check, "check");
  }

  /** The verdict on {@code miner}'s lease, if the check looked at that miner. */
  public Optional<MinerLease> forMiner(ActorId miner) {
    return miners.stream().filter(m -> m.miner().equals(miner)).findFirst();
  }
}
