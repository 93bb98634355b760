package io.f3console.app.cli;

import io.f3console.core.powertable.PowerTableDiff;
import java.util.Locale;

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
      counts.number(key(kind), diff.count(kind));
    }
    return counts;
  }

  /** {@code POWER_AND_KEY_CHANGED} as {@code powerAndKeyChanged}. */
  static String key(Enum<?> kind) {
    StringBuilder key = new StringBuilder();
    for (String word : kind.name().toLowerCase(Locale.ROOT).split("_")) {
      key.append(key.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return key.toString();
  }
}
