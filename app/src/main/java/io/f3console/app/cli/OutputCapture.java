package io.f3console.app.cli;

import io.f3console.core.history.SessionRecord;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What a run printed, kept for its session: stdout and stderr pass through unchanged to where they
 * were going, and a copy of both, in the order printed, is kept up to about {@link
 * SessionRecord#MAX_OUTPUT} characters (the rest is counted, not kept).
 */
final class OutputCapture {
  private static final int LIMIT = SessionRecord.MAX_OUTPUT - 100;

  private final StringBuilder kept = new StringBuilder();
  private long dropped;

  /** A writer that prints to {@code target} and keeps a copy here. */
  PrintWriter tee(PrintWriter target) {
    return new PrintWriter(
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) {
            target.write(buffer, offset, length);
            keep(buffer, offset, length);
          }

          @Override
          public void flush() {
            target.flush();
          }

          @Override
          public void close() {
            target.flush();
          }
        },
        true);
  }

  private synchronized void keep(char[] buffer, int offset, int length) {
    int room = Math.max(0, LIMIT - kept.length());
    int taken = Math.min(room, length);
    kept.append(buffer, offset, taken);
    dropped += length - taken;
  }

  /** Everything kept, with a marker saying how much was not. */
  synchronized String text() {
    if (dropped == 0) {
      return kept.toString();
    }
    return kept + "\n[… " + dropped + " more characters not kept]\n";
  }
}
