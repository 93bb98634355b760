package io.f3console.core.certs;

import io.f3console.core.F3Exception;
import io.f3console.core.gpbft.ActorId;
import java.util.Objects;

/**
 * A power-table delta that go-f3's {@code ApplyPowerTableDiffs} refuses. Says which delta of the
 * list broke which rule, so a person can find it in the certificate.
 */
public final class InvalidPowerDeltaException extends F3Exception {
  private static final long serialVersionUID = 1L;

  /** The rule a delta broke, in the order go-f3 checks them. */
  public enum Problem {
    /** Participant IDs must strictly increase along the list (so no duplicates either). */
    NOT_SORTED,
    /** A delta with no power change and no key. */
    EMPTY_DELTA,
    /** The "new" key of an existing participant equals its current key. */
    UNCHANGED_KEY,
    /** The delta removes all of a participant's power while giving it a new key. */
    KEY_WITH_ZERO_POWER,
    /** A participant not in the table gets zero or negative power. */
    NEW_ENTRY_NON_POSITIVE_POWER,
    /** A participant not in the table comes without a key. */
    NEW_ENTRY_WITHOUT_KEY,
    /** The resulting power is negative. */
    NEGATIVE_POWER,
    /** The resulting table breaks a table rule (more than 8192 entries). */
    INVALID_RESULT
  }

  private final int deltaIndex;
  private final ActorId participant;
  private final Problem problem;

  public InvalidPowerDeltaException(
      int deltaIndex, ActorId participant, Problem problem, String message) {
    super(message);
    this.deltaIndex = deltaIndex;
    this.participant = Objects.requireNonNull(participant, "participant");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** The position of the offending delta in the certificate's list, or -1 for the whole list. */
  public int deltaIndex() {
    return deltaIndex;
  }

  /** The participant the offending delta names (its real ID, unlike go-f3's quirky message). */
  public ActorId participant() {
    return participant;
  }

  public Problem problem() {
    return problem;
  }
}
