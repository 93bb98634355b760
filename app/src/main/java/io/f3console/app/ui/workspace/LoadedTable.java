package io.f3console.app.ui.workspace;

import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.trust.Trust;
import java.util.Objects;

/**
 * A power table the console holds, with where it came from and how far it is trusted.
 *
 * @param source the source string, e.g. {@code demo:healthy} or {@code file:/path/table.json}
 * @param title a short name for people
 * @param table the table
 * @param instance the instance whose committee it is
 * @param trust its trust state against the selected network
 */
public record LoadedTable(
    String source, String title, PowerTable table, long instance, Trust trust) {
  public LoadedTable {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(trust, "trust");
  }
}
