package io.f3console.app.cli;

import io.f3console.core.powertable.PowerTableDiff;

/**
 * How a comparison of two power tables appears in JSON wherever a command prints one: the number of
 * changes of each kind under camelCase keys ({@code added}, {@code powerChanged}, …).
 */
final class PowerTableDiffJson {
  private PowerTableDiffJson() {}

  /** {@code {added, removed, powerChanged, keyChanged, powerAndKeyChanged}}: changes per kind. */
  static JsonFields counts(PowerTableDiff diff) {
    JsonFields counts = JsonFields.object();
    for (PowerTableDiff.Kind kind : PowerTableDiff.Kind.values()) {
      counts.number(JsonKeys.of(kind), diff.count(kind));
    }
    return counts;
  }
}
