package io.f3console.app.ui.workspace;

import io.f3console.core.gpbft.PowerTable;
import java.util.Objects;
import java.util.Optional;

/**
 * A power table kept in the history, to open again.
 *
 * @param source how the workspace names it, e.g. {@code history:12:bafy…}
 * @param title a short name for people ("Session 12: final committee")
 * @param table the table, as the history kept it
 * @param instance the instance whose committee it is, when the session knew it
 * @param network the network the session was about, when it knew it
 * @param synthetic whether it came from the demo network
 */
public record KeptTable(
    String source,
    String title,
    PowerTable table,
    Optional<Long> instance,
    Optional<String> network,
    boolean synthetic) {
  public KeptTable {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(network, "network");
  }
}
