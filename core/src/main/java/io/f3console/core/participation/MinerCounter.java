package io.f3console.core.participation;

import io.f3console.core.gpbft.ActorId;
import java.util.OptionalLong;

/**
 * Counts one miner's participation from its state in consecutive instances, fed in chain order,
 * with the streak rule of {@link MinerParticipation}: an absence streak is broken by a signed
 * instance and by an instance out of the committee.
 */
public final class MinerCounter {
  private final ActorId actor;
  private long signed;
  private long absent;
  private long out;
  private long firstSigned = -1;
  private long lastSigned = -1;
  private boolean everSigned;
  private long current;
  private long longest;

  public MinerCounter(ActorId actor) {
    this.actor = actor;
  }

  /** Counts the miner's state in the next instance. */
  public void add(long instance, MinerState state) {
    switch (state) {
      case SIGNED -> {
        signed++;
        if (!everSigned) {
          everSigned = true;
          firstSigned = instance;
        }
        lastSigned = instance;
        current = 0;
      }
      case ABSENT -> {
        absent++;
        current++;
        longest = Math.max(longest, current);
      }
      case OUT -> {
        out++;
        current = 0;
      }
      default -> throw new IllegalStateException("unknown state " + state);
    }
  }

  /** Counts {@code count} consecutive instances out of the committee. */
  public void addOut(long count) {
    if (count > 0) {
      out += count;
      current = 0;
    }
  }

  /** What has been counted. */
  public MinerParticipation result() {
    return new MinerParticipation(
        actor,
        signed,
        absent,
        out,
        everSigned ? OptionalLong.of(firstSigned) : OptionalLong.empty(),
        everSigned ? OptionalLong.of(lastSigned) : OptionalLong.empty(),
        current,
        longest);
  }
}
