package io.f3console.core.logs;

import java.util.List;

/**
 * A message with {@code *} wildcards, matched against a whole message without regular expressions:
 * the fixed parts must appear in order, the first at the start unless the pattern starts with
 * {@code *}, the last at the end unless it ends with {@code *}. Taking each middle part at its
 * leftmost place is enough for such patterns, so a match costs at most a few scans of the message,
 * however long the line.
 */
final class MessagePattern {
  private final List<String> parts;

  MessagePattern(String pattern) {
    this.parts = List.of(pattern.split("\\*", -1));
  }

  boolean matches(String text) {
    if (parts.size() == 1) {
      return text.equals(parts.get(0));
    }
    String first = parts.get(0);
    String last = parts.get(parts.size() - 1);
    if (!text.startsWith(first)) {
      return false;
    }
    int from = first.length();
    int end = text.length() - last.length();
    if (end < from || !text.endsWith(last)) {
      return false;
    }
    for (int i = 1; i < parts.size() - 1; i++) {
      String part = parts.get(i);
      int at = text.indexOf(part, from);
      if (at < 0 || at + part.length() > end) {
        return false;
      }
      from = at + part.length();
    }
    return true;
  }
}
