package io.f3console.core.readiness;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.rpc.F3Manifest;
import io.f3console.core.rpc.InstanceProgress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A node's F3 phase with the evidence for it: the bootstrap epoch against the chain head, the
 * latest certificate and its age, the progress samples and the lag. {@link #judge} is the one place
 * the phase is decided, for the doctor, {@code doctor --ready} and the console alike.
 *
 * @param phase the phase
 * @param observation what the node showed
 * @param maxLagEpochs how far behind the chain head the latest certificate may be and still be in
 *     sync (Forest's {@code f3 ready} uses 20)
 * @param evidence the sentences that support the phase, in the order an operator reads them
 */
public record Readiness(
    ReadinessPhase phase,
    ReadinessObservation observation,
    long maxLagEpochs,
    List<String> evidence) {

  public Readiness {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(observation, "observation");
    if (maxLagEpochs < 0) {
      throw new IllegalArgumentException("maxLagEpochs must not be negative");
    }
    evidence = List.copyOf(evidence);
  }

  /** Decides the phase of what a node showed. */
  public static Readiness judge(ReadinessObservation seen, long maxLagEpochs) {
    List<String> evidence = new ArrayList<>();
    if (seen.manifest().isEmpty()) {
      evidence.add(seen.absence().orElseThrow() + " The chain head is " + seen.chainHead() + ".");
      return new Readiness(ReadinessPhase.NOT_RUNNING, seen, maxLagEpochs, evidence);
    }
    F3Manifest manifest = seen.manifest().get();
    long bootstrap = manifest.bootstrapEpoch();
    long head = seen.chainHead();
    if (seen.running() && seen.latest().isPresent()) {
      return behind(seen, manifest, maxLagEpochs, evidence);
    }
    if (head < bootstrap) {
      long epochs = bootstrap - head;
      evidence.add(
          "The chain head "
              + head
              + " is "
              + epochs
              + " epochs (about "
              + duration(manifest.ecPeriod().multipliedBy(epochs))
              + ") before the bootstrap epoch "
              + bootstrap
              + "; F3 starts there.");
      return new Readiness(ReadinessPhase.PENDING, seen, maxLagEpochs, evidence);
    }
    if (!seen.running()) {
      evidence.add(
          "F3 is not running although the chain head "
              + head
              + " is past the bootstrap epoch "
              + bootstrap
              + ".");
      return new Readiness(ReadinessPhase.NOT_RUNNING, seen, maxLagEpochs, evidence);
    }
    long since = head - bootstrap;
    evidence.add(
        "F3 runs but has no finality certificate yet, "
            + since
            + " epochs (about "
            + duration(manifest.ecPeriod().multipliedBy(since))
            + ") after the bootstrap epoch "
            + bootstrap
            + ".");
    progress(seen, evidence);
    return new Readiness(ReadinessPhase.BOOTSTRAPPING, seen, maxLagEpochs, evidence);
  }

  /** A running F3 with certificates: in sync, catching up or stalled, by its lag. */
  private static Readiness behind(
      ReadinessObservation seen, F3Manifest manifest, long maxLagEpochs, List<String> evidence) {
    long head = seen.chainHead();
    FinalityCertificate latest = seen.latest().get();
    long finalised = latest.chain().head().epoch();
    long lag = Math.max(0, head - finalised);
    evidence.add(
        "The latest certificate, instance "
            + Long.toUnsignedString(latest.instance())
            + ", finalises epoch "
            + finalised
            + "; the chain head is "
            + head
            + ": "
            + lag
            + " epochs behind (about "
            + duration(manifest.ecPeriod().multipliedBy(lag))
            + "), "
            + (lag <= maxLagEpochs ? "within" : "more than")
            + " the "
            + maxLagEpochs
            + " allowed.");
    progress(seen, evidence);
    ReadinessPhase phase;
    if (lag <= maxLagEpochs) {
      phase = ReadinessPhase.IN_SYNC;
    } else if (seen.advanced()) {
      phase = ReadinessPhase.CATCHING_UP;
    } else {
      phase = ReadinessPhase.STALLED;
      evidence.add(
          "F3 did not reach a new instance in " + seconds(seen.window()) + " while it is behind.");
      seen.after()
          .filter(p -> p.round() > 0)
          .ifPresent(
              p ->
                  evidence.add(
                      "Instance "
                          + Long.toUnsignedString(p.instance())
                          + " is in round "
                          + p.round()
                          + ": GPBFT needed more than one round, as when less than 2/3 of the"
                          + " power takes part (a network-wide stall)."));
    }
    return new Readiness(phase, seen, maxLagEpochs, evidence);
  }

  private static void progress(ReadinessObservation seen, List<String> evidence) {
    if (seen.before().isEmpty() || seen.after().isEmpty()) {
      return;
    }
    InstanceProgress before = seen.before().get();
    InstanceProgress after = seen.after().get();
    evidence.add(
        before.equals(after)
            ? "Progress stayed at " + describe(before) + " for " + seconds(seen.window()) + "."
            : "Progress moved from "
                + describe(before)
                + " to "
                + describe(after)
                + " in "
                + seconds(seen.window())
                + ".");
  }

  /** "instance 12 round 0 QUALITY". */
  public static String describe(InstanceProgress progress) {
    return "instance "
        + Long.toUnsignedString(progress.instance())
        + " round "
        + progress.round()
        + " "
        + progress.phase();
  }

  /** How many epochs the latest certificate is behind the chain head, when there is one. */
  public OptionalLong lagEpochs() {
    return observation
        .latest()
        .map(c -> OptionalLong.of(Math.max(0, observation.chainHead() - c.chain().head().epoch())))
        .orElse(OptionalLong.empty());
  }

  /**
   * The latest certificate's age, estimated as its lag in epochs times the network's epoch duration
   * (what the node shows carries no wall-clock time).
   */
  public Optional<Duration> certificateAge() {
    OptionalLong lag = lagEpochs();
    if (lag.isEmpty() || observation.manifest().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(observation.manifest().get().ecPeriod().multipliedBy(lag.getAsLong()));
  }

  /** Whether the node is in sync, the one phase a health check accepts. */
  public boolean inSync() {
    return phase == ReadinessPhase.IN_SYNC;
  }

  /** "12 minutes", "3 hours", "2 days": coarse, as the evidence reads. */
  static String duration(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes < 120) {
      return minutes + (minutes == 1 ? " minute" : " minutes");
    }
    long hours = minutes / 60;
    return hours < 48 ? hours + " hours" : (hours / 24) + " days";
  }

  static String seconds(Duration window) {
    long millis = window.toMillis();
    return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
  }
}
