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
 * @param remedy what to do about a warning or failure: an environment variable, a flag, a
 *     release; empty when there is nothing to do
 */
public record DoctorCheck(String id, String title, CheckVerdict verdict, List<String> evidence,
    List<Detail> details, Optional<String> remedy) {

  public DoctorCheck {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(verdict, "verdict");
    evidence = List.copyOf(evidence);
    details = List.copyOf(details);
    Objects.requireNonNull(remedy, "remedy");
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("check " + id + " has no evidence");
    }
  }

  /** The value of a named detail, if the check has it. */
  public Optional<String> detail(String name) {
    return details.stream().filter(d -> d.name().equals(name)).map(Detail::value).findFirst();
  }
}
