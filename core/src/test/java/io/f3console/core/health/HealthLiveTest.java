package io.f3console.core.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@link LiveTracker} and {@link LiveStatus}: the lag, the silence and whether EC advanced. */
class HealthLiveTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  static LiveObservation at(long seconds, long instance, long certHead, long chainHead) {
    return new LiveObservation(
        T0.plusSeconds(seconds), instance, certHead, OptionalLong.of(chainHead));
  }

  @Test
  void theSilenceRunsFromWhenTheNewestCertificateWasFirstSeen() {
    LiveTracker tracker = new LiveTracker();
    LiveStatus first = tracker.observe(at(0, 5, 100, 104));
    assertThat(first.lag()).hasValue(4);
    assertThat(first.silence()).isZero();
    assertThat(first.chainAdvanced()).isFalse();
    assertThat(first.basis()).isEqualTo(SilenceBasis.OBSERVED);

    LiveStatus same = tracker.observe(at(300, 5, 100, 114));
    assertThat(same.silence()).isEqualTo(Duration.ofMinutes(5));
    assertThat(same.chainAdvanced()).isTrue();
    assertThat(same.lag()).hasValue(14);

    LiveStatus newer = tracker.observe(at(360, 6, 112, 116));
    assertThat(newer.silence()).isZero();
    assertThat(newer.chainAdvanced()).isFalse();
    assertThat(newer.lag()).hasValue(4);

    LiveStatus pinned = tracker.observe(at(400, 6, 112, 116));
    assertThat(pinned.silence()).isEqualTo(Duration.ofSeconds(40));
    assertThat(pinned.chainAdvanced()).isFalse();
  }

  @Test
  void oneObservationJudgesTheSilenceAsTheLagInEpochTime() {
    LiveStatus status = LiveStatus.once(at(0, 9, 1000, 1045), Duration.ofSeconds(30));
    assertThat(status.basis()).isEqualTo(SilenceBasis.LAG_EPOCH_TIME);
    assertThat(status.silence()).isEqualTo(Duration.ofSeconds(45 * 30));
    assertThat(status.chainAdvanced()).isTrue();
    LiveStatus noHead =
        LiveStatus.once(
            new LiveObservation(T0, 9, 1000, OptionalLong.empty()), Duration.ofSeconds(30));
    assertThat(noHead.basis()).isEqualTo(SilenceBasis.NONE);
    assertThat(noHead.lag()).isEmpty();
  }
}
