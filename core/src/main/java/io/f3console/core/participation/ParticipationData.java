package io.f3console.core.participation;

import io.f3console.core.gpbft.ActorId;

/**
 * Participation over a run of consecutive instances, addressed by index (0 is the first): the
 * loaded certificates ({@link ChainParticipation}) or a certificate store ({@code
 * store.StoredParticipationData}). Front ends chart and query either the same way.
 */
public interface ParticipationData {
  /** How many instances. */
  int size();

  default boolean isEmpty() {
    return size() == 0;
  }

  /** The signed share per instance. */
  ParticipationSeries series();

  /** One miner's state in every instance. */
  MinerTimeline timeline(ActorId actor);

  /**
   * The absentees of the instances from {@code fromIndex} (inclusive) to {@code toIndex}
   * (exclusive), ranked by the scaled power they left out.
   */
  MissingPower missing(int fromIndex, int toIndex);

  /** Whether {@code actor} is in any committee of these instances. */
  boolean knows(ActorId actor);

  /**
   * Whether the instance at {@code index} can be opened in a certificate stepper (its certificate
   * is loaded, not only stored).
   */
  default boolean canOpen(int index) {
    return false;
  }
}
