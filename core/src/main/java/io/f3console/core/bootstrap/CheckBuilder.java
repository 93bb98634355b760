package io.f3console.core.bootstrap;

import io.f3console.core.validation.Detail;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the evidence of one check as it runs, then becomes its {@link DoctorCheck}. */
final class CheckBuilder {
  private final String id;
  private final String title;
  private final List<String> evidence = new ArrayList<>();
  private final List<Detail> details = new ArrayList<>();
  private CheckVerdict verdict = CheckVerdict.PASS;
  private final List<String> remedies = new ArrayList<>();
  private final List<String> consequences = new ArrayList<>();
  private DoctorReason reason;

  CheckBuilder(String id, String title) {
    this.id = id;
    this.title = title;
  }

  CheckBuilder saw(String sentence) {
    evidence.add(sentence);
    return this;
  }

  CheckBuilder detail(String name, Object value) {
    details.add(Detail.of(name, value));
    return this;
  }

  /** Lowers the verdict to WARN (a FAIL stays a FAIL). */
  CheckBuilder warn(String sentence, String remedy) {
    if (verdict == CheckVerdict.PASS) {
      verdict = CheckVerdict.WARN;
    }
    return problem(sentence, remedy);
  }

  /** Marks the check as not done, with why and what would make it possible. */
  CheckBuilder skip(String sentence, String remedy) {
    verdict = CheckVerdict.SKIPPED;
    return problem(sentence, remedy);
  }

  CheckBuilder fail(String sentence, String remedy) {
    verdict = CheckVerdict.FAIL;
    return problem(sentence, remedy);
  }

  /** Adds what to do, without a sentence of evidence. */
  CheckBuilder remedy(String remedy) {
    if (!remedies.contains(remedy)) {
      remedies.add(remedy);
    }
    return this;
  }

  private CheckBuilder problem(String sentence, String remedy) {
    evidence.add(sentence);
    if (remedy != null && !remedies.contains(remedy)) {
      remedies.add(remedy);
    }
    return this;
  }

  /** The reason code of the check; the first one given stays. */
  CheckBuilder reason(DoctorReason value) {
    if (reason == null) {
      reason = value;
    }
    return this;
  }

  /** Something else that goes wrong because of this check's failure. */
  CheckBuilder consequence(String sentence) {
    consequences.add(sentence);
    return this;
  }

  CheckVerdict verdict() {
    return verdict;
  }

  DoctorCheck build() {
    return new DoctorCheck(
        id,
        title,
        verdict,
        evidence,
        details,
        remedies.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", remedies)),
        verdict == CheckVerdict.PASS ? Optional.empty() : Optional.ofNullable(reason),
        consequences);
  }

  static DoctorCheck skipped(String id, String title, String reason) {
    return new DoctorCheck(
        id, title, CheckVerdict.SKIPPED, List.of(reason), List.of(), Optional.empty());
  }
}
