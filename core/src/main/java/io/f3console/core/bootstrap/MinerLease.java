package io.f3console.core.bootstrap;

import io.f3console.core.gpbft.ActorId;
import io.f3console.core.rpc.ParticipationTicket;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The verdict on one miner's participation lease across the nodes asked.
 *
 * @param miner the miner
 * @param status where its lease stands
 * @param holders the nodes (labels) that hold a lease for it covering their current instance
 * @param instancesLeft instances the lease covers after the holder's current one, when exactly one
 *     node holds it
 * @param ticket the miner's ticket, if one was given
 * @param ticketIssuer the node (label) that issued the ticket, when it is one of those asked
 * @param explanation what was seen and what it means, in sentences
 * @param remedy what to do, when there is something to do
 */
public record MinerLease(
    ActorId miner,
    LeaseStatus status,
    List<String> holders,
    OptionalLong instancesLeft,
    Optional<ParticipationTicket> ticket,
    Optional<String> ticketIssuer,
    String explanation,
    Optional<String> remedy) {

  public MinerLease {
    Objects.requireNonNull(miner, "miner");
    Objects.requireNonNull(status, "status");
    holders = List.copyOf(holders);
    Objects.requireNonNull(instancesLeft, "instancesLeft");
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(ticketIssuer, "ticketIssuer");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(remedy, "remedy");
  }

  /** Whether the miner takes part through exactly one node with time left on its lease. */
  public boolean healthy() {
    return status == LeaseStatus.ACTIVE || status == LeaseStatus.HELD_BY_OTHER_NODE;
  }
}
