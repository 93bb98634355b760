package io.f3console.core.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a log line apart ({@link LogLine}) in the formats operators paste: zap console lines of
 * Lotus, go-f3 and Forest's sidecar ({@code 2024-12-10T10:42:01.123+0100 WARN f3
 * lf3/participation.go:184 message {"k": "v"}}, with tabs or with the tabs turned into spaces), zap
 * JSON lines, Forest's tracing lines ({@code 2025-01-01T00:00:00.000000Z WARN forest_filecoin::f3:
 * message}) and anything else as a bare message (a Go caller in front of it and structured fields
 * after it are taken off). A prefix before the timestamp (a journald or container prefix, up to
 * {@value #MAX_PREFIX} characters) is skipped, and terminal colour sequences are removed first.
 */
public final class LogLineParser {
  static final int MAX_PREFIX = 200;

  private static final String TIME =
      "(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:?\\d{2}))";
  private static final Pattern FOREST =
      Pattern.compile(
          TIME
              + "\\s+(TRACE|DEBUG|INFO|WARN|ERROR)\\s+"
              + "([A-Za-z_]\\w*(?:::\\w+)*)(?:\\{[^}]*\\})*:\\s+(.*)",
          Pattern.DOTALL);
  private static final Pattern ZAP =
      Pattern.compile(
          TIME
              + "\\s+(DEBUG|INFO|WARN|ERROR|DPANIC|PANIC|FATAL)\\s+(\\S+)\\s+"
              + "(?:(\\S+\\.go:\\d+)(?:\\s+|$))?(.*)",
          Pattern.DOTALL);
  private static final Pattern BARE_CALLER =
      Pattern.compile("(\\S+\\.go:\\d+)\\s+(.*)", Pattern.DOTALL);
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]");
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private LogLineParser() {}

  /** {@code raw} (one line, without its line break) taken apart; never fails. */
  public static LogLine parse(String raw) {
    String line = raw.indexOf('\u001B') < 0 ? raw : ANSI.matcher(raw).replaceAll("");
    if (line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    line = line.strip();
    if (line.startsWith("{") && line.endsWith("}")) {
      Optional<LogLine> json = json(line);
      if (json.isPresent()) {
        return json.get();
      }
    }
    int start = timestampAt(line);
    if (start < 0) {
      return bare(line);
    }
    Matcher forest = FOREST.matcher(line).region(start, line.length());
    if (forest.lookingAt()) {
      return new LogLine(
          LogFormat.FOREST_TRACING,
          time(forest.group(1)),
          forest.group(2),
          forest.group(3),
          "",
          forest.group(4).strip());
    }
    Matcher zap = ZAP.matcher(line).region(start, line.length());
    if (zap.lookingAt()) {
      return new LogLine(
          LogFormat.ZAP_CONSOLE,
          time(zap.group(1)),
          zap.group(2),
          zap.group(3),
          zap.group(4) == null ? "" : zap.group(4),
          withoutFields(zap.group(5)));
    }
    return bare(line);
  }

  /** Where a timestamp ({@code 2024-12-10T}) starts within the first characters, or -1. */
  private static int timestampAt(String line) {
    int last = Math.min(MAX_PREFIX, line.length() - 11);
    for (int i = 0; i <= last; i++) {
      if (line.charAt(i + 4) == '-'
          && line.charAt(i + 7) == '-'
          && line.charAt(i + 10) == 'T'
          && digits(line, i, 4)
          && digits(line, i + 5, 2)
          && digits(line, i + 8, 2)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean digits(String text, int from, int count) {
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static LogLine bare(String line) {
    Matcher caller = BARE_CALLER.matcher(line);
    if (caller.matches()) {
      return new LogLine(
          LogFormat.BARE,
          Optional.empty(),
          "",
          "",
          caller.group(1),
          withoutFields(caller.group(2)));
    }
    return new LogLine(LogFormat.BARE, Optional.empty(), "", "", "", withoutFields(line));
  }

  private static Optional<LogLine> json(String line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (Exception e) {
      return Optional.empty();
    }
    if (node == null || !node.isObject() || !node.path("msg").isTextual()) {
      return Optional.empty();
    }
    JsonNode ts = node.path("ts");
    Optional<Instant> time = Optional.empty();
    if (ts.isTextual()) {
      time = time(ts.textValue());
    } else if (ts.isNumber()) {
      double seconds = ts.doubleValue();
      if (seconds > 0 && seconds < 1e11) {
        time = Optional.of(Instant.ofEpochMilli(Math.round(seconds * 1000)));
      }
    }
    return Optional.of(
        new LogLine(
            LogFormat.ZAP_JSON,
            time,
            node.path("level").asText("").toUpperCase(java.util.Locale.ROOT),
            node.path("logger").asText(""),
            node.path("caller").asText(""),
            node.path("msg").textValue().strip()));
  }

  /** The message without zap's trailing structured fields ({@code {"attempts": 0, …}}). */
  static String withoutFields(String text) {
    String message = text.strip();
    if (!message.endsWith("}")) {
      return message;
    }
    for (int i = message.indexOf("{\""); i > 0; i = message.indexOf("{\"", i + 1)) {
      if (Character.isWhitespace(message.charAt(i - 1))) {
        return message.substring(0, i).strip();
      }
    }
    return message;
  }

  /**
   * A timestamp of the shape {@link #TIME} accepts ({@code 2024-12-10T10:42:01.123+0100}, {@code
   * …Z}, {@code …+01:00}), read by position: these lines carry millions of them.
   */
  static Optional<Instant> time(String text) {
    try {
      int fraction = 0;
      int at = 19;
      int digits = 0;
      if (text.charAt(at) == '.') {
        at++;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
          if (digits < 9) {
            fraction = fraction * 10 + (text.charAt(at) - '0');
          }
          digits++;
          at++;
        }
        for (int d = digits; d < 9; d++) {
          fraction *= 10;
        }
      }
      ZoneOffset offset;
      String zone = text.substring(at);
      if (zone.equals("Z")) {
        offset = ZoneOffset.UTC;
      } else {
        String hhmm = zone.replace(":", "");
        int sign = hhmm.charAt(0) == '-' ? -1 : 1;
        offset =
            ZoneOffset.ofHoursMinutes(
                sign * Integer.parseInt(hhmm.substring(1, 3)),
                sign * Integer.parseInt(hhmm.substring(3, 5)));
      }
      LocalDateTime local =
          LocalDateTime.of(
              number(text, 0, 4),
              number(text, 5, 2),
              number(text, 8, 2),
              number(text, 11, 2),
              number(text, 14, 2),
              number(text, 17, 2),
              fraction);
      return Optional.of(local.toInstant(offset));
    } catch (DateTimeException | IndexOutOfBoundsException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static int number(String text, int from, int length) {
    return Integer.parseInt(text, from, from + length, 10);
  }
}
