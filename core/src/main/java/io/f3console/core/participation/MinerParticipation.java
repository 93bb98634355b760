package io.f3console.core.participation;

import io.f3console.core.gpbft.ActorId;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One miner's participation over the tallied instances.
 *
 * <p>An absence streak counts consecutive tallied instances in which the miner was in the committee
 * and did not sign; an instance in which it was not in the committee ends the streak.
 *
 * @param actor the miner
 * @param signed instances in whose committee it was and whose certificate it signed
 * @param absent instances in whose committee it was and whose certificate it did not sign
 * @param notInCommittee tallied instances in whose committee it was not
 * @param firstSigned the first instance it signed, if any
 * @param lastSigned the last instance it signed, if any
 * @param currentAbsence the absence streak that runs up to the last tallied instance (0 when it
 *     signed that instance or was not in its committee)
 * @param longestAbsence the longest absence streak
 */
public record MinerParticipation(
    ActorId actor,
    long signed,
    long absent,
    long notInCommittee,
    OptionalLong firstSigned,
    OptionalLong lastSigned,
    long currentAbsence,
    long longestAbsence) {

  public MinerParticipation {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(firstSigned, "firstSigned");
    Objects.requireNonNull(lastSigned, "lastSigned");
  }

  /** Instances in whose committee the miner was. */
  public long inCommittee() {
    return signed + absent;
  }

  /** signed / (signed + absent), or 0 when the miner was in no tallied committee. */
  public double rate() {
    long in = inCommittee();
    return in == 0 ? 0 : (double) signed / in;
  }
}
