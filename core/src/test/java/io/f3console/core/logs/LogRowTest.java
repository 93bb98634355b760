package io.f3console.core.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogRowTest {
  private static final Instant T = Instant.parse("2024-11-28T06:20:50.468Z");

  private static LogRow unknown(long count, Duration span) {
    return new LogRow(
        Optional.empty(),
        LogClass.UNKNOWN,
        "F3 something",
        "",
        count,
        1,
        Optional.of(T),
        Optional.of(T.plus(span)),
        "F3 something");
  }

  @Test
  void theSpanIsRoundedToWords() {
    assertThat(unknown(2, Duration.ofMillis(44_600)).spanInWords()).contains("45 s");
    assertThat(unknown(240, Duration.ofMillis(119_500)).spanInWords()).contains("2 min");
    assertThat(unknown(9, Duration.ofMinutes(210)).spanInWords()).contains("3.5 h");
    assertThat(unknown(2, Duration.ZERO).spanInWords()).isEmpty();
    assertThat(unknown(1, Duration.ofSeconds(5)).spanInWords()).isEmpty();
  }

  @Test
  void aRowIsUnknownExactlyWhenItHasNoEntry() {
    assertThatThrownBy(
            () ->
                new LogRow(
                    Optional.empty(),
                    LogClass.BENIGN,
                    "m",
                    "",
                    1,
                    1,
                    Optional.empty(),
                    Optional.empty(),
                    "m"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
