package io.f3console.core.logs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One log line taken apart: its format, time (when it carries one), level, logger or tracing
 * target, caller and the message alone (without structured fields). Absent parts are empty strings.
 */
public record LogLine(
    LogFormat format,
    Optional<Instant> time,
    String level,
    String logger,
    String caller,
    String message) {
  private static final Pattern MENTIONS_F3 = Pattern.compile("(?i)(?<![a-z0-9])f3");

  public LogLine {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(logger, "logger");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Whether the line was written by F3 code: a go-f3 or Lotus F3 logger ({@code f3}, {@code f3/…}),
   * a caller in go-f3, Lotus's {@code lf3} or Forest's sidecar, or a Forest target with an {@code
   * f3} module ({@code forest_filecoin::f3}).
   */
  public boolean fromF3Code() {
    if (logger.equals("f3") || logger.startsWith("f3/")) {
      return true;
    }
    if (caller.contains("go-f3") || caller.contains("lf3/") || caller.contains("f3-sidecar/")) {
      return true;
    }
    if (format == LogFormat.FOREST_TRACING) {
      for (String segment : logger.split("::")) {
        if (segment.equals("f3") || segment.startsWith("f3_")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the message names F3 ({@code F3}, {@code f3}, {@code F3Data}; not inside a word such as
   * {@code lf3}) and reads like a sentence, not like code: a bare line without a space, or one
   * pointing at Go source ({@code .go:}), is a stack-trace line, not a message.
   */
  public boolean mentionsF3() {
    if (!MENTIONS_F3.matcher(message).find()) {
      return false;
    }
    return format != LogFormat.BARE || (message.contains(" ") && !message.contains(".go:"));
  }
}
