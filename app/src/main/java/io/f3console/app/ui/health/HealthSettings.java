package io.f3console.app.ui.health;

import io.f3console.app.ui.follow.LiveFollow;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.health.AlertRules;
import io.f3console.core.health.HealthCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The follow settings as typed in the Health view: the interval and the alert rules (a blank limit
 * is not checked). {@link #apply} reads them into {@link LiveFollow}; the next round is judged by
 * them.
 */
public final class HealthSettings {
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h)");

  private final LiveFollow follow;
  private final StringProperty interval = new SimpleStringProperty(this, "interval");
  private final StringProperty maxLag = new SimpleStringProperty(this, "maxLag");
  private final StringProperty maxSilence = new SimpleStringProperty(this, "maxSilence");
  private final StringProperty minParticipation =
      new SimpleStringProperty(this, "minParticipation");
  private final StringProperty miners = new SimpleStringProperty(this, "miners");
  private final StringProperty absent = new SimpleStringProperty(this, "absent");

  HealthSettings(LiveFollow follow) {
    this.follow = follow;
    AlertRules rules = follow.rulesProperty().get();
    interval.set(HealthCheck.duration(follow.intervalProperty().get()));
    maxLag.set(rules.maxLag().isPresent() ? Long.toString(rules.maxLag().getAsLong()) : "");
    maxSilence.set(rules.maxSilence().map(HealthCheck::duration).orElse(""));
    minParticipation.set(
        rules.minParticipation().isPresent()
            ? Double.toString(rules.minParticipation().getAsDouble())
            : "");
    miners.set(String.join(", ", rules.miners().stream().map(ActorId::address).toList()));
    absent.set(Integer.toString(rules.absentInstances()));
  }

  /** Reads the settings into the follow; returns what is wrong instead, changing nothing. */
  public Optional<String> apply() {
    try {
      Duration every =
          duration(interval.get(), "the interval")
              .orElseThrow(() -> new IllegalArgumentException("give an interval, e.g. 30s"));
      if (every.isZero()) {
        throw new IllegalArgumentException("the interval must be positive");
      }
      OptionalLong lag =
          blank(maxLag.get())
              ? OptionalLong.empty()
              : OptionalLong.of(number(maxLag.get(), "the largest lag"));
      OptionalDouble share;
      try {
        share =
            blank(minParticipation.get())
                ? OptionalDouble.empty()
                : OptionalDouble.of(
                    Double.parseDouble(minParticipation.get().strip().replace("%", "")));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("the participation limit is a percentage, e.g. 67");
      }
      List<ActorId> chosen = new ArrayList<>();
      for (String miner : miners.get() == null ? new String[0] : miners.get().split("[,\\s]+")) {
        if (!miner.isBlank()) {
          chosen.add(ActorId.parse(miner.strip()));
        }
      }
      AlertRules rules =
          new AlertRules(
              lag,
              duration(maxSilence.get(), "the silence limit"),
              share,
              AlertRules.DEFAULT_PARTICIPATION_WINDOW,
              chosen,
              (int) number(absent.get(), "K (instances a miner may miss)"));
      follow.intervalProperty().set(every);
      follow.rulesProperty().set(rules);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** The node followed, or the connected one, as its source string. */
  String nodeName() {
    return follow.nodeName();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static long number(String text, String what) {
    try {
      long value = Long.parseLong(text == null ? "" : text.strip());
      if (value < 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          what + " is a whole number of 0 or more, got \"" + text + "\"");
    }
  }

  /** {@code 250ms}, {@code 30s}, {@code 15m}, {@code 1h30m}; a plain number is seconds. */
  static Optional<Duration> duration(String text, String what) {
    if (blank(text)) {
      return Optional.empty();
    }
    String value = text.strip();
    if (value.matches("\\d+")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
    }
    Matcher part = PART.matcher(value);
    Duration total = Duration.ZERO;
    int at = 0;
    while (at < value.length() && part.find(at) && part.start() == at) {
      long amount = Long.parseLong(part.group(1));
      total =
          total.plus(
              switch (part.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
              });
      at = part.end();
    }
    if (at != value.length()) {
      throw new IllegalArgumentException(
          what + " is a duration such as 30s, 15m or 1h30m, got" + " \"" + text + "\"");
    }
    return Optional.of(total);
  }

  public StringProperty intervalProperty() {
    return interval;
  }

  public StringProperty maxLagProperty() {
    return maxLag;
  }

  public StringProperty maxSilenceProperty() {
    return maxSilence;
  }

  public StringProperty minParticipationProperty() {
    return minParticipation;
  }

  public StringProperty minersProperty() {
    return miners;
  }

  public StringProperty absentProperty() {
    return absent;
  }
}
