package io.f3console.core.sessions;

import io.f3console.core.bootstrap.CertificateZeroEvidence;
import io.f3console.core.bootstrap.CheckVerdict;
import io.f3console.core.bootstrap.DoctorCheck;
import io.f3console.core.bootstrap.DoctorReport;
import io.f3console.core.bootstrap.LateStartResult;
import io.f3console.core.bootstrap.ReleaseCheckResult;
import io.f3console.core.bootstrap.SourceEvidence;
import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.powertable.PowerTableDiff;
import io.f3console.core.trust.ChainVerdict;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustedValidation;
import io.f3console.core.validation.Detail;
import io.f3console.core.validation.ValidationFailure;
import io.f3console.core.validation.ValidationResult;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the outcome of each core operation into a session the same way, whichever front end ran
 * it: verdict, reason code, instance reached, CIDs and findings. Sources and power tables are the
 * caller's to add, since only it knows where they came from.
 */
public final class SessionOutcomes {
  private SessionOutcomes() {}

  /** A validation: passed when every certificate was valid; the reason is go-f3's. */
  public static SessionRecord.Builder validation(
      SessionRecord.Builder session, ValidationResult result) {
    session.verdict(result.valid() ? SessionVerdict.PASSED : SessionVerdict.FAILED);
    session.fact("first instance", Long.toUnsignedString(result.firstInstance()));
    session.fact("certificates valid", result.validated());
    session.fact("next instance", Long.toUnsignedString(result.nextInstance()));
    if (result.validated() > 0) {
      session.instanceReached(result.nextInstance() - 1);
    }
    result.head().ifPresent(head -> session.fact("finalised head epoch", head.epoch()));
    session.cid(
        RecordedCid.computed(
            "power table of instance " + Long.toUnsignedString(result.nextInstance()),
            result.powerTable().cid()));
    if (result.failure().isPresent()) {
      ValidationFailure failure = result.failure().get();
      session.reason(failure.reason().name());
      session.fact("failed at instance", Long.toUnsignedString(failure.instance()));
      session.fact("failed stage", failure.stage().title());
      session.fact("failure", failure.message());
      session.summary(
          "Validation stops at instance "
              + Long.toUnsignedString(failure.instance())
              + " ("
              + failure.reason().name()
              + "): "
              + failure.message());
    } else if (result.validated() == 0) {
      session.summary(
          "No certificate to validate from instance "
              + Long.toUnsignedString(result.firstInstance()));
    } else {
      session.summary(
          result.validated()
              + " certificate"
              + (result.validated() == 1 ? "" : "s")
              + " valid, instances "
              + Long.toUnsignedString(result.firstInstance())
              + " to "
              + Long.toUnsignedString(result.nextInstance() - 1));
    }
    return session;
  }

  /**
   * A validation judged with the trust of its starting table: the validation's facts, then the
   * trust, and a verdict that follows both (a consistent chain from a table that is not the
   * network's fails with {@code UNTRUSTED_POWER_TABLE}; from an unverified one it passes and says
   * so).
   */
  public static SessionRecord.Builder validation(
      SessionRecord.Builder session, TrustedValidation judged) {
    session.trust(judged.start());
    validation(session, judged.result());
    judged
        .identification()
        .ifPresent(
            found ->
                session.fact(
                    "data belongs to", found.network() + " (" + found.evidence().name() + ")"));
    session.verdict(judged.passed() ? SessionVerdict.PASSED : SessionVerdict.FAILED);
    judged.reasonCode().ifPresent(session::reason);
    if (judged.result().valid() && judged.result().validated() > 0) {
      String prefix =
          switch (judged.verdict()) {
            case UNTRUSTED_POWER_TABLE -> "Untrusted power table: ";
            case VALID_UNVERIFIED -> "Unverified: ";
            default -> "";
          };
      session.summary(
          prefix
              + judged.result().validated()
              + " certificate"
              + (judged.result().validated() == 1 ? "" : "s")
              + " consistent, instances "
              + Long.toUnsignedString(judged.result().firstInstance())
              + " to "
              + Long.toUnsignedString(judged.result().nextInstance() - 1)
              + ", from a "
              + judged.start().state().word()
              + " power table");
    }
    judged.explanation().ifPresent(sentence -> session.fact("verdict", sentence));
    return session;
  }

  /**
   * A comparison of two tables: how many participants changed in each way, one finding per kind of
   * change (zeros included).
   */
  public static SessionRecord.Builder changeCounts(
      SessionRecord.Builder session, PowerTableDiff diff) {
    for (PowerTableDiff.Kind kind : PowerTableDiff.Kind.values()) {
      session.fact(changeName(kind), diff.count(kind));
    }
    return session;
  }

  /** How a kind of change is named in sessions ("power and key changed"). */
  public static String changeName(PowerTableDiff.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A doctor run: failed when a check failed; the reason is the first failing check's id. */
  public static SessionRecord.Builder doctor(SessionRecord.Builder session, DoctorReport report) {
    CheckVerdict overall = report.overall();
    session.verdict(
        report.nodeUnreachable()
            ? SessionVerdict.UNREACHABLE
            : overall == CheckVerdict.FAIL ? SessionVerdict.FAILED : SessionVerdict.PASSED);
    session.network(report.profile().orElse(report.f3NetworkName()));
    Optional<DoctorCheck> first =
        report.checks().stream()
            .filter(c -> c.verdict() == overall && overall != CheckVerdict.PASS)
            .findFirst();
    first.ifPresent(check -> session.reason(check.id()));
    for (DoctorCheck check : report.checks()) {
      StringBuilder text =
          new StringBuilder(check.verdict().name())
              .append(": ")
              .append(check.title())
              .append(". ")
              .append(String.join(" ", check.evidence()));
      if (!check.consequences().isEmpty()) {
        text.append(" Consequences: ").append(String.join(" ", check.consequences()));
      }
      check.remedy().ifPresent(remedy -> text.append(" Remedy: ").append(remedy));
      session.fact(check.id(), text);
      for (Detail detail : check.details()) {
        if (detail.value().startsWith("bafy")) {
          session.cid(RecordedCid.computed(check.id() + ": " + detail.name(), detail.value()));
        }
      }
    }
    session.summary(
        "Doctor on "
            + report.target()
            + ": "
            + report.count(CheckVerdict.PASS)
            + " passed, "
            + report.count(CheckVerdict.WARN)
            + " warned, "
            + report.count(CheckVerdict.FAIL)
            + " failed, "
            + report.count(CheckVerdict.SKIPPED)
            + " skipped"
            + first
                .map(
                    c ->
                        "; first " + c.verdict().name().toLowerCase(Locale.ROOT) + ": " + c.title())
                .orElse(""));
    return session;
  }

  /** A release check: passed only when confirmed; the reason is the verdict. */
  public static SessionRecord.Builder releaseCheck(
      SessionRecord.Builder session, ReleaseCheckResult result) {
    session.verdict(result.confirmed() ? SessionVerdict.PASSED : SessionVerdict.FAILED);
    session.reason(result.verdict().name());
    session.network(result.profile().key());
    result.trust().ifPresent(session::trust);
    Optional<String> expected =
        result
            .candidate()
            .map(Object::toString)
            .or(() -> result.profile().initialPowerTableCid())
            .or(() -> result.agreedCid().map(Object::toString));
    for (SourceEvidence source : result.sources()) {
      source
          .tableCid()
          .ifPresent(
              cid ->
                  session.cid(
                      RecordedCid.compared(
                          "initial power table from " + source.source(),
                          cid,
                          expected.orElse(null))));
      CertificateZeroEvidence zero = source.certificateZero();
      session.fact(
          "certificate 0 against " + source.source(),
          zero.status().name()
              + zero.reason().map(r -> " (" + r.name() + ")").orElse("")
              + ": "
              + zero.message());
    }
    result.agreedCid().ifPresent(cid -> session.fact("agreed CID", cid));
    result.candidate().ifPresent(cid -> session.fact("candidate CID", cid));
    result.findings().forEach(finding -> session.fact("finding", finding));
    result.remedy().ifPresent(remedy -> session.fact("remedy", remedy));
    session.summary(
        result.confirmed()
            ? "Confirmed "
                + result.agreedCid().orElseThrow()
                + " as the initial power table of "
                + result.profile().key()
                + " from "
                + result.sources().size()
                + " sources"
            : "Not confirmed for "
                + result.profile().key()
                + ": "
                + result.verdict().name()
                + result.findings().stream().findFirst().map(f -> " (" + f + ")").orElse(""));
    return session;
  }

  /**
   * A late start judged with its table's trust: as {@link #lateStart(SessionRecord.Builder,
   * LateStartResult)}, with the trust recorded, and a valid chain from a mismatch table failing
   * with {@code UNTRUSTED_POWER_TABLE}.
   */
  public static SessionRecord.Builder lateStart(
      SessionRecord.Builder session, LateStartResult result, Trust trust) {
    session.trust(trust);
    lateStart(session, result);
    if (result.valid() && !result.passed(trust)) {
      session.verdict(SessionVerdict.FAILED).reason(ChainVerdict.UNTRUSTED_REASON);
      session.summary(
          "Untrusted power table: "
              + result.validated()
              + " certificates"
              + " consistent from instance "
              + Long.toUnsignedString(result.startInstance())
              + ", but the trusted table is not "
              + trust.network()
              + "'s");
    }
    return session;
  }

  /** A late start: passed when a start was found and every certificate from it was valid. */
  public static SessionRecord.Builder lateStart(
      SessionRecord.Builder session, LateStartResult result) {
    session.verdict(result.valid() ? SessionVerdict.PASSED : SessionVerdict.FAILED);
    session.cid(RecordedCid.computed("trusted power table", result.trustedTableCid()));
    session.cid(
        RecordedCid.computed(
            "power table of instance " + Long.toUnsignedString(result.reachedInstance()),
            result.finalTableCid()));
    session.fact("start found by", result.startDescription());
    session.fact("start instance", Long.toUnsignedString(result.startInstance()));
    session.fact("certificates valid", result.validated());
    result
        .certificatesRead()
        .ifPresent(
            range ->
                session.fact(
                    "certificates read",
                    Long.toUnsignedString(range.first())
                        + " to "
                        + Long.toUnsignedString(range.latest())));
    if (result.validated() > 0) {
      session.instanceReached(result.reachedInstance() - 1);
    }
    if (!result.found()) {
      session.reason("NOT_FOUND");
      session.summary(
          "No certificate validates against the trusted table " + result.trustedTableCid());
    } else if (result.failure().isPresent()) {
      ValidationFailure failure = result.failure().get();
      session.reason(failure.reason().name());
      session.fact("failure", failure.message());
      session.summary(
          "Late start from instance "
              + Long.toUnsignedString(result.startInstance())
              + " stops at instance "
              + Long.toUnsignedString(failure.instance())
              + " ("
              + failure.reason().name()
              + ")");
    } else {
      session.summary(
          "Late start from instance "
              + Long.toUnsignedString(result.startInstance())
              + " ("
              + result.startDescription()
              + "): "
              + result.validated()
              + " certificates valid"
              + (result.validated() > 0
                  ? ", up to instance " + Long.toUnsignedString(result.reachedInstance() - 1)
                  : ""));
    }
    return session;
  }
}
