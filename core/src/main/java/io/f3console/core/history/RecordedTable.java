package io.f3console.core.history;

import io.f3console.core.gpbft.PowerTable;
import java.util.Objects;
import java.util.Optional;

/**
 * A power table a session saw. The store keeps its entries once per CID, compressed.
 *
 * @param role what the table was to the session ("initial", "instance 9", "source 2", …)
 * @param instance the instance whose committee it is, when known
 * @param table the table
 */
public record RecordedTable(String role, Optional<Long> instance, PowerTable table) {
  public RecordedTable {
    Objects.requireNonNull(role);
    Objects.requireNonNull(instance);
    Objects.requireNonNull(table);
  }
}
