package io.f3console.core.logs;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * Lines of a character stream (ended by LF, CR LF or CR), each at most {@code maxChars} long: the
 * rest of a longer line is skipped without being kept, so one huge line costs no more memory than a
 * short one.
 */
final class BoundedLineReader {
  /** One line, and whether characters after {@code maxChars} were dropped. */
  record Line(String text, boolean cut) {}

  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private boolean pendingCr;

  BoundedLineReader(Reader in, int maxChars) {
    this.in = Objects.requireNonNull(in, "in");
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive");
    }
    this.maxChars = maxChars;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    StringBuilder line = new StringBuilder();
    boolean cut = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? new Line(line.toString(), cut) : null;
        }
      }
      if (pendingCr) {
        pendingCr = false;
        if (buffer[position] == '\n') {
          position++;
          continue;
        }
      }
      int end = position;
      while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
        end++;
      }
      if (end > position) {
        any = true;
        int room = maxChars - line.length();
        int take = Math.min(room, end - position);
        line.append(buffer, position, take);
        cut |= take < end - position;
      }
      if (end < limit) {
        pendingCr = buffer[end] == '\r';
        position = end + 1;
        return new Line(line.toString(), cut);
      }
      position = end;
    }
  }
}
