package io.f3console.app.ui.history;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** How far back the History view lists sessions. Days are UTC days, as the list shows times. */
public enum SinceChoice {
  TODAY("Today (UTC)"),
  WEEK("Last 7 days"),
  MONTH("Last 30 days"),
  ALL("All time");

  private final String label;

  SinceChoice(String label) {
    this.label = label;
  }

  /** The earliest start to list at {@code now}; empty for all time. */
  public Optional<Instant> from(Instant now) {
    return switch (this) {
      case TODAY ->
          Optional.of(now.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant());
      case WEEK -> Optional.of(now.minus(Duration.ofDays(7)));
      case MONTH -> Optional.of(now.minus(Duration.ofDays(30)));
      case ALL -> Optional.empty();
    };
  }

  @Override
  public String toString() {
    return label;
  }
}
