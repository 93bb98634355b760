package io.f3console.app.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * A duration on the command line: a number and a unit, or several ({@code 250ms}, {@code 30s},
 * {@code 10m}, {@code 1h30m}), or ISO-8601 ({@code PT30S}). A plain number is seconds.
 */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  /**
   * Reads {@code text}.
   *
   * @throws CommandLine.TypeConversionException saying what a duration looks like
   */
  static Duration parse(String text) {
    String value = text.strip();
    if (value.matches("\\d+")) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    if (value.startsWith("P") || value.startsWith("p")) {
      try {
        return Duration.parse(value);
      } catch (DateTimeParseException e) {
        throw invalid(text);
      }
    }
    Matcher part = PART.matcher(value);
    Duration total = Duration.ZERO;
    int at = 0;
    while (at < value.length() && part.find(at) && part.start() == at) {
      long amount;
      try {
        amount = Long.parseLong(part.group(1));
      } catch (NumberFormatException e) {
        throw invalid(text);
      }
      total =
          total.plus(
              switch (part.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
              });
      at = part.end();
    }
    if (at == 0 || at != value.length()) {
      throw invalid(text);
    }
    return total;
  }

  private static CommandLine.TypeConversionException invalid(String text) {
    return new CommandLine.TypeConversionException(
        "'" + text + "' is not a duration (e.g." + " 250ms, 30s, 10m, 1h30m or PT30S)");
  }
}
