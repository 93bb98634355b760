package io.f3console.app.cli;

import java.io.PrintWriter;

/**
 * Progress of a long run on stderr: a line at most once a second while it runs, and one at the end,
 * so that stdout stays the result alone.
 */
final class ProgressLine {
  private static final long INTERVAL_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final String what;
  private final long total;
  private final long started = System.nanoTime();
  private long lastPrinted = started;
  private long done;

  ProgressLine(PrintWriter err, String what, long total) {
    this.err = err;
    this.what = what;
    this.total = total;
  }

  /** One more item is done. */
  void advance() {
    done++;
    long now = System.nanoTime();
    if (now - lastPrinted >= INTERVAL_NANOS) {
      lastPrinted = now;
      err.println(
          what + ": " + done + " of " + total + " (" + Math.round(100.0 * done / total) + "%)");
      err.flush();
    }
  }

  long done() {
    return done;
  }

  /** The closing line, with the time taken. */
  void finish() {
    double seconds = (System.nanoTime() - started) / 1e9;
    err.printf("%s: %d of %d in %.1f s%n", what, done, total, seconds);
    err.flush();
  }
}
