package io.f3console.app.ui.powertable;

import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.workspace.LoadedTable;
import java.util.Objects;
import java.util.Optional;

/**
 * A power table the view can show: the workspace's starting table, the committee of a later
 * instance that the chain's validation reached, or a table kept beside them for comparison.
 *
 * @param generation which state of the workspace it belongs to (choices of an older workspace are
 *     never confused with current ones)
 * @param instance the instance the table is the committee of
 * @param starting whether it is the workspace's starting table
 * @param label how the selector names it
 * @param kept the CID of a table kept for comparison (reopened from the history)
 */
public record TableChoice(
    long generation, long instance, boolean starting, String label, Optional<String> kept) {
  public TableChoice {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kept, "kept");
  }

  /** The starting table; {@code initial} when it is the network's initial table. */
  static TableChoice starting(long generation, long instance, boolean initial) {
    String name = initial ? "Initial table" : "Starting table";
    return new TableChoice(
        generation,
        instance,
        true,
        name + " (instance " + Formats.unsigned(instance) + ")",
        Optional.empty());
  }

  /** The committee of {@code instance}, reached through the chain's certificates. */
  static TableChoice committee(long generation, long instance) {
    return new TableChoice(
        generation,
        instance,
        false,
        "Committee of instance " + Formats.unsigned(instance),
        Optional.empty());
  }

  /** A table kept beside the workspace's own for comparison. */
  static TableChoice kept(long generation, LoadedTable table) {
    return new TableChoice(
        generation,
        table.instance(),
        false,
        "Kept: " + table.title() + " (" + Formats.shorten(table.table().cid().toString()) + ")",
        Optional.of(table.table().cid().toString()));
  }

  @Override
  public String toString() {
    return label;
  }
}
