package io.f3console.core.bootstrap;

/** Where a miner's F3 participation lease stands across the nodes asked. */
public enum LeaseStatus {
  /** Exactly one node holds a lease covering its current instance, the first node asked. */
  ACTIVE,
  /** Exactly one node holds a valid lease, and it is not the first node asked. */
  HELD_BY_OTHER_NODE,
  /**
   * The one valid lease has {@link LeaseCheck#ABOUT_TO_EXPIRE} or fewer instances left: Lotus's
   * miner should already have renewed it.
   */
  ABOUT_TO_EXPIRE,
  /** A node lists a lease for the miner that ended before its current instance, and none other. */
  EXPIRED,
  /** No node lists a lease for the miner. */
  ABSENT,
  /** More than one node holds a valid lease for the miner at the same time. */
  ON_SEVERAL_NODES,
  /**
   * The miner's ticket was issued by one of the nodes, but another holds its lease or none does.
   */
  TICKET_FROM_OTHER_NODE,
  /** The miner's ticket was issued by a node that is none of those asked. */
  TICKET_FROM_UNKNOWN_NODE,
  /** No node answered, so nothing is known. */
  UNKNOWN
}
