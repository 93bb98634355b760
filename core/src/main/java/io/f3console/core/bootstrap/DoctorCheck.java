package io.f3console.core.bootstrap;

import io.f3console.core.validation.Detail;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one doctor check.
 *
 * @param id a stable identifier, e.g. {@code initial-power-table}
 * @param title what the check establishes, e.g. "The manifest names the expected initial power
 *     table"
 * @param verdict pass, warn, fail or skipped
 * @param evidence sentences saying what was seen (for a skipped check, why it was not run)
 * @param details the values behind the evidence, by name (CIDs, epochs, instances)
 * @param remedy what to do about a warning or failure: an environment variable, a flag, a release;
 *     empty when there is nothing to do
 * @param reason why the check warned or failed, as a code; empty when it passed or was skipped
 * @param consequences what else goes wrong because of this failure, one sentence each: checks that
 *     fail for the same root cause are listed here instead of failing on their own
 */
public record DoctorCheck(
    String id,
    String title,
    CheckVerdict verdict,
    List<String> evidence,
    List<Detail> details,
    Optional<String> remedy,
    Optional<DoctorReason> reason,
    List<String> consequences) {

  public DoctorCheck {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(verdict, "verdict");
    evidence = List.copyOf(evidence);
    details = List.copyOf(details);
    Objects.requireNonNull(remedy, "remedy");
    Objects.requireNonNull(reason, "reason");
    consequences = List.copyOf(consequences);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("check " + id + " has no evidence");
    }
  }

  /** A check without a reason code or consequences. */
  public DoctorCheck(
      String id,
      String title,
      CheckVerdict verdict,
      List<String> evidence,
      List<Detail> details,
      Optional<String> remedy) {
    this(id, title, verdict, evidence, details, remedy, Optional.empty(), List.of());
  }

  /** This check with another remedy, and its consequences phrased by {@code phrasing}. */
  public DoctorCheck rephrased(
      Optional<String> newRemedy, java.util.function.UnaryOperator<String> phrasing) {
    return new DoctorCheck(
        id,
        title,
        verdict,
        evidence,
        details,
        newRemedy,
        reason,
        consequences.stream().map(phrasing).toList());
  }

  /** The value of a named detail, if the check has it. */
  public Optional<String> detail(String name) {
    return details.stream().filter(d -> d.name().equals(name)).map(Detail::value).findFirst();
  }
}
