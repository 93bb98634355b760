package io.f3console.app.ui.powertable;

import io.f3console.app.ui.controls.Formats;
import java.util.Objects;

/**
 * A power table the view can show: the workspace's starting table, or the committee of a later
 * instance that the chain's validation reached.
 *
 * @param generation which state of the workspace it belongs to (choices of an older workspace
 *     are never confused with current ones)
 * @param instance the instance the table is the committee of
 * @param starting whether it is the workspace's starting table
 * @param label how the selector names it
 */
public record TableChoice(long generation, long instance, boolean starting, String label) {
  public TableChoice {
    Objects.requireNonNull(label, "label");
  }

  /** The starting table; {@code initial} when it is the network's initial table. */
  static TableChoice starting(long generation, long instance, boolean initial) {
    String name = initial ? "Initial table" : "Starting table";
    return new TableChoice(generation, instance, true,
        name + " (instance " + Formats.unsigned(instance) + ")");
  }

  /** The committee of {@code instance}, reached through the chain's certificates. */
  static TableChoice committee(long generation, long instance) {
    return new TableChoice(generation, instance, false,
        "Committee of instance " + Formats.unsigned(instance));
  }

  @Override
  public String toString() {
    return label;
  }
}
