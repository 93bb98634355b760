package io.f3console.app.cli;

import io.f3console.core.history.SessionKind;
import io.f3console.core.trust.TrustState;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * How {@code history list} reads its filters: session kinds, trust states, and times to list from.
 */
final class HistoryFilters {
  private static final Pattern AGO = Pattern.compile("(\\d{1,9})([smhdw])");

  private HistoryFilters() {}

  /**
   * The moment {@code text} names, {@code now} being now: a date (midnight UTC), a date and time
   * (UTC unless it has an offset or Z), or a span back from now ({@code 30m}, {@code 24h}, {@code
   * 7d}, also {@code s} and {@code w}).
   */
  static Instant since(String text, Instant now) {
    String value = text.strip();
    Matcher ago = AGO.matcher(value.toLowerCase(Locale.ROOT));
    if (ago.matches()) {
      long amount = Long.parseLong(ago.group(1));
      Duration unit =
          switch (ago.group(2)) {
            case "s" -> Duration.ofSeconds(1);
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            case "d" -> Duration.ofDays(1);
            default -> Duration.ofDays(7);
          };
      return now.minus(unit.multipliedBy(amount));
    }
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (value.endsWith("Z") || value.endsWith("z")) {
        return Instant.parse(value.toUpperCase(Locale.ROOT));
      }
      if (value.matches(".*[+-]\\d\\d:?\\d\\d$") && value.contains("T")) {
        return OffsetDateTime.parse(value).toInstant();
      }
      return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw new CommandLine.TypeConversionException(
          "'"
              + text
              + "' is not a time: give a date"
              + " (2026-11-01), a date and time in UTC (2026-11-01T14:30, or with Z or an offset),"
              + " or a span back from now (30m, 24h, 7d)");
    }
  }

  /** {@code --since}. */
  static final class SinceConverter implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      return since(value, Instant.now());
    }
  }

  /** {@code --kind}: a kind's label ({@code release-check}) or name, ignoring case. */
  static final class KindConverter implements CommandLine.ITypeConverter<SessionKind> {
    @Override
    public SessionKind convert(String value) {
      return SessionKind.fromLabel(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "'" + value + "' is not a kind of session;" + " the kinds are " + labels()));
    }
  }

  /** {@code --trust}: a trust state's word ({@code mismatch}), ignoring case. */
  static final class TrustConverter implements CommandLine.ITypeConverter<TrustState> {
    @Override
    public TrustState convert(String value) {
      for (TrustState state : TrustState.values()) {
        if (state.word().equalsIgnoreCase(value.strip())) {
          return state;
        }
      }
      throw new CommandLine.TypeConversionException(
          "'"
              + value
              + "' is not a trust state;"
              + " the states are "
              + Arrays.stream(TrustState.values())
                  .map(TrustState::word)
                  .collect(Collectors.joining(", ")));
    }
  }

  /** Every kind's label, for help and errors. */
  static String labels() {
    return SessionKind.recorded().stream()
        .map(SessionKind::label)
        .collect(Collectors.joining(", "));
  }
}
