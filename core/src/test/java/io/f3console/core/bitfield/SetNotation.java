package io.f3console.core.bitfield;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the set notation of the vector files, which is {@link Bitfield#toString()}'s form ({@code
 * {0, 2, 4-6}}), independently of {@link Bitfield#toString()} itself.
 */
final class SetNotation {
  private SetNotation() {}

  static Bitfield parse(String text) {
    String trimmed = text.trim();
    if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) {
      throw new IllegalArgumentException("not a set: " + text);
    }
    String body = trimmed.substring(1, trimmed.length() - 1).trim();
    List<Bitfield.Run> runs = new ArrayList<>();
    if (!body.isEmpty()) {
      for (String part : body.split(",")) {
        String[] ends = part.trim().split("-");
        long first = Long.parseUnsignedLong(ends[0]);
        long last = ends.length == 1 ? first : Long.parseUnsignedLong(ends[1]);
        runs.add(new Bitfield.Run(first, last - first + 1));
      }
    }
    return Bitfield.fromRuns(runs);
  }
}
