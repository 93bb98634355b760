package io.f3console.core.logs;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Identical F3 lines collapsed into one: the dictionary entry they are (empty for an unknown line),
 * their class, how many there were, the line number of the first, the earliest and latest time the
 * lines carried (empty when none carried one), and the first line as an example. For an unknown
 * row, {@code message} is the first line's message; for a known one, the entry's pattern. Texts are
 * as read: pass them through {@link io.f3console.core.PrintableText} to show them.
 */
public record LogRow(
    Optional<KnownLogLine> entry,
    LogClass logClass,
    String message,
    String level,
    long count,
    long firstLineNumber,
    Optional<Instant> firstTime,
    Optional<Instant> lastTime,
    String example) {

  public LogRow {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(logClass, "logClass");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(firstTime, "firstTime");
    Objects.requireNonNull(lastTime, "lastTime");
    Objects.requireNonNull(example, "example");
    if (entry.isPresent() != (logClass != LogClass.UNKNOWN)) {
      throw new IllegalArgumentException("a row is UNKNOWN exactly when it has no entry");
    }
    if (count < 1 || firstLineNumber < 1) {
      throw new IllegalArgumentException("count and first line number must be positive");
    }
  }

  /** The time from the earliest to the latest line, when the lines carried times. */
  public Optional<Duration> span() {
    return firstTime.flatMap(first -> lastTime.map(last -> Duration.between(first, last)));
  }

  /**
   * The span in words, rounded ("45 s", "2 min", "3.5 h"), when more than one line carried a time
   * and the times differ.
   */
  public Optional<String> spanInWords() {
    return span().filter(d -> !d.isZero() && count > 1).map(LogRow::words);
  }

  static String words(Duration span) {
    long seconds = Math.round(span.toMillis() / 1000.0);
    if (seconds < 90) {
      return seconds + " s";
    }
    long minutes = Math.round(seconds / 60.0);
    if (minutes < 90) {
      return minutes + " min";
    }
    return String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
  }
}
