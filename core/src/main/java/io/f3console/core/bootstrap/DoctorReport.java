package io.f3console.core.bootstrap;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the doctor found on one node for one network: the checks in the order they ran.
 *
 * @param target where the checks ran, as it may be shown (an endpoint without its token)
 * @param f3NetworkName the F3 network the node was checked against
 * @param profile the network profile's key, when the network is a known one
 * @param checks the results, in order
 */
public record DoctorReport(
    String target, String f3NetworkName, Optional<String> profile, List<DoctorCheck> checks) {

  public DoctorReport {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(f3NetworkName, "f3NetworkName");
    Objects.requireNonNull(profile, "profile");
    checks = List.copyOf(checks);
  }

  /** FAIL if any check failed, else WARN if any warned, else PASS. */
  public CheckVerdict overall() {
    if (count(CheckVerdict.FAIL) > 0) {
      return CheckVerdict.FAIL;
    }
    return count(CheckVerdict.WARN) > 0 ? CheckVerdict.WARN : CheckVerdict.PASS;
  }

  /** Whether no check failed (warnings and skipped checks allowed). */
  public boolean nothingFailed() {
    return overall() != CheckVerdict.FAIL;
  }

  /**
   * Whether the node could not be diagnosed at all: the first check failed because it could not be
   * reached (connection refused, a timeout, an HTTP error before any answer, {@link
   * DoctorReason#NODE_UNREACHABLE}) or did not answer as a Lotus or Forest node does (a malformed
   * or oversized answer, an error, {@link DoctorReason#NODE_CALL_FAILED}).
   */
  public boolean nodeUnreachable() {
    return checks.stream()
        .filter(c -> c.id().equals(Doctor.NODE))
        .findFirst()
        .flatMap(DoctorCheck::reason)
        .filter(r -> r == DoctorReason.NODE_UNREACHABLE || r == DoctorReason.NODE_CALL_FAILED)
        .isPresent();
  }

  /** How many checks have this verdict. */
  public long count(CheckVerdict verdict) {
    return checks.stream().filter(c -> c.verdict() == verdict).count();
  }

  /** The check with this id, if it ran (or was skipped). */
  public Optional<DoctorCheck> check(String id) {
    return checks.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
