package io.f3console.core.history;

import java.util.Objects;
import java.util.Optional;

/**
 * A CID a session computed, and the CID it was expected to equal, if any.
 *
 * @param role what the CID is of ("initial power table", "next power table of 9", …)
 * @param computed the CID computed from the data, when there was data to compute it from
 * @param expected the CID it was checked against
 */
public record RecordedCid(String role, Optional<String> computed, Optional<String> expected) {
  public RecordedCid {
    Objects.requireNonNull(role);
    Objects.requireNonNull(computed);
    Objects.requireNonNull(expected);
  }

  public static RecordedCid computed(String role, Object cid) {
    return new RecordedCid(role, Optional.of(cid.toString()), Optional.empty());
  }

  public static RecordedCid compared(String role, Object computed, Object expected) {
    return new RecordedCid(
        role,
        Optional.ofNullable(computed).map(Object::toString),
        Optional.ofNullable(expected).map(Object::toString));
  }

  /** The role in words ("Certificate 0 · base power table"), see {@link SessionLabels}. */
  public String label() {
    return SessionLabels.of(role);
  }

  /** Whether both are known and equal; empty when there was nothing to compare. */
  public Optional<Boolean> matches() {
    if (computed.isEmpty() || expected.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(computed.get().equals(expected.get()));
  }
}
