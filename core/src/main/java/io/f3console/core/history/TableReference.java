package io.f3console.core.history;

import java.util.Objects;
import java.util.Optional;

/**
 * A stored session's reference to a power table kept in the store; the entries are read with {@link
 * HistoryStore#table}.
 *
 * @param role what the table was to the session
 * @param instance the instance whose committee it is, when known
 * @param cid the table's CID
 * @param entries how many entries it has
 */
public record TableReference(String role, Optional<Long> instance, String cid, int entries) {
  public TableReference {
    Objects.requireNonNull(role);
    Objects.requireNonNull(instance);
    Objects.requireNonNull(cid);
  }
}
