package io.f3console.core.participation;

import java.util.Arrays;
import java.util.Objects;

/**
 * One miner over a range of instances: its counts, and its state in every instance of the range
 * (a timeline of one byte per instance, {@link MinerState#code()}). Immutable.
 */
public final class MinerHistory {
  private final MinerParticipation participation;
  private final long firstInstance;
  private final byte[] states;

  /**
   * @param participation the counts over the range
   * @param firstInstance the first instance of the range
   * @param states the state codes, one per instance from {@code firstInstance} (copied)
   */
  public MinerHistory(MinerParticipation participation, long firstInstance, byte[] states) {
    this.participation = Objects.requireNonNull(participation, "participation");
    this.firstInstance = firstInstance;
    this.states = states.clone();
  }

  public MinerParticipation participation() {
    return participation;
  }

  public long firstInstance() {
    return firstInstance;
  }

  /** How many instances the timeline covers. */
  public int length() {
    return states.length;
  }

  /** The state in {@code instance}, which must be in the range. */
  public MinerState stateAt(long instance) {
    long offset = instance - firstInstance;
    if (offset < 0 || offset >= states.length) {
      throw new IndexOutOfBoundsException("instance " + Long.toUnsignedString(instance)
          + " is outside " + Long.toUnsignedString(firstInstance) + "–"
          + Long.toUnsignedString(firstInstance + states.length - 1));
    }
    return MinerState.ofCode(states[(int) offset]);
  }

  /**
   * A compact timeline of {@code width} characters, each standing for an equal share of the
   * range: {@code #} all signed, {@code .} all absent, {@code -} all out of the committee,
   * {@code +} mostly signed, {@code :} mostly absent (in committee), {@code ~} otherwise.
   */
  public String compact(int width) {
    if (states.length == 0 || width < 1) {
      return "";
    }
    int cells = Math.min(width, states.length);
    StringBuilder line = new StringBuilder(cells);
    for (int c = 0; c < cells; c++) {
      int from = (int) ((long) c * states.length / cells);
      int to = (int) ((long) (c + 1) * states.length / cells);
      int[] count = new int[3];
      for (int i = from; i < to; i++) {
        count[states[i]]++;
      }
      int n = to - from;
      int signed = count[MinerState.SIGNED.ordinal()];
      int absent = count[MinerState.ABSENT.ordinal()];
      int out = count[MinerState.OUT.ordinal()];
      if (signed == n) {
        line.append('#');
      } else if (absent == n) {
        line.append('.');
      } else if (out == n) {
        line.append('-');
      } else if (signed > absent && signed * 2 >= n) {
        line.append('+');
      } else if (absent >= signed && absent * 2 >= n) {
        line.append(':');
      } else {
        line.append('~');
      }
    }
    return line.toString();
  }

  /** The state codes, a copy. */
  public byte[] states() {
    return Arrays.copyOf(states, states.length);
  }
}
