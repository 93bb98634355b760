package io.f3console.core.readiness;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.rpc.F3Manifest;
import io.f3console.core.rpc.InstanceProgress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a node showed of its F3 at one moment, all {@link Readiness#judge} decides from.
 *
 * @param manifest the node's F3 manifest; empty when F3 is disabled or absent from the node
 * @param absence why there is no manifest, when there is none ("F3 is disabled on this node")
 * @param chainHead the chain head's epoch
 * @param running what {@code F3IsRunning} said (false also when it answered "f3 is not running")
 * @param latest the node's latest finality certificate, empty when it has none
 * @param before the first {@code F3GetProgress} sample, empty when F3 could not say
 * @param after the second sample, {@code window} later
 * @param window the time between the two samples
 */
public record ReadinessObservation(
    Optional<F3Manifest> manifest,
    Optional<String> absence,
    long chainHead,
    boolean running,
    Optional<FinalityCertificate> latest,
    Optional<InstanceProgress> before,
    Optional<InstanceProgress> after,
    Duration window) {

  public ReadinessObservation {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(absence, "absence");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(window, "window");
    if (manifest.isEmpty() && absence.isEmpty()) {
      throw new IllegalArgumentException("an observation without a manifest says why");
    }
  }

  /** A node without F3: disabled, or a build without the F3 API. */
  public static ReadinessObservation withoutF3(String why, long chainHead) {
    return new ReadinessObservation(
        Optional.empty(),
        Optional.of(why),
        chainHead,
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Duration.ZERO);
  }

  /** Whether F3 advanced between the two progress samples (a later instance). */
  public boolean advanced() {
    return before.isPresent()
        && after.isPresent()
        && Long.compareUnsigned(after.get().instance(), before.get().instance()) > 0;
  }
}
