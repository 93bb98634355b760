package io.f3console.core.source;

import io.f3console.core.gpbft.PowerTable;
import java.util.Objects;

/**
 * A power table from a source, with the instance it is the committee of.
 *
 * @param instance the instance the table validates
 * @param table the table
 * @param origin where exactly it came from, for people (e.g. "snapshot header",
 *     "F3GetPowerTableByInstance(12)")
 */
public record SourcedTable(long instance, PowerTable table, String origin) {
  public SourcedTable {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(origin, "origin");
  }
}
