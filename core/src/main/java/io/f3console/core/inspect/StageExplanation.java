package io.f3console.core.inspect;

import io.f3console.core.validation.Detail;
import io.f3console.core.validation.FailureReason;
import io.f3console.core.validation.Stage;
import io.f3console.core.validation.StageEvent;
import io.f3console.core.validation.ValidationFailure;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Sentences for an operator about the stages of an inspected chain: what a stage's verdict is, what
 * a failure means with its own numbers, why a certificate was not checked, and the one-line verdict
 * of the whole chain. Everything is read from the recorded events; nothing is validated again.
 */
public final class StageExplanation {
  private StageExplanation() {}

  /** Where one stage of one certificate stands. */
  public enum Verdict {
    /** The stage ran and its check held. */
    PASSED,
    /** The stage ran and its check failed: validation stopped here. */
    FAILED,
    /** The stage never ran: an earlier stage or certificate failed. */
    NOT_RUN
  }

  /**
   * The strong-quorum figures of a certificate, in scaled power.
   *
   * @param signerPower the scaled power of the signers
   * @param scaledTotal the scaled power of the whole committee
   * @param threshold the least scaled power that forms a strong quorum (go-f3: ceil(2/3 total))
   * @param signers how many participants signed
   */
  public record QuorumFigures(long signerPower, long scaledTotal, long threshold, long signers) {
    /** The signers' share of the scaled power, between 0 and 1. */
    public double share() {
      return scaledTotal == 0 ? 0 : (double) signerPower / scaledTotal;
    }

    /** The threshold's share of the scaled power (just over 2/3). */
    public double thresholdShare() {
      return scaledTotal == 0 ? 0 : (double) threshold / scaledTotal;
    }

    /** Whether the signers hold a strong quorum. */
    public boolean met() {
      return signerPower >= threshold;
    }

    /** Scaled power above the threshold (negative when short of it). */
    public long margin() {
      return signerPower - threshold;
    }
  }

  /** The verdict of {@code stage} for a certificate. */
  public static Verdict verdict(CertificateOutcome outcome, Stage stage) {
    Optional<StageEvent> event = outcome.event(stage);
    if (event.isEmpty()) {
      return Verdict.NOT_RUN;
    }
    return event.get().passed() ? Verdict.PASSED : Verdict.FAILED;
  }

  /**
   * One sentence on the verdict of {@code stage} for a certificate, e.g. "Passed: the signers hold
   * a strong quorum of scaled power."
   *
   * @param firstFailure the chain's first failure, used to say why a certificate was not reached
   */
  public static String verdictSentence(
      CertificateOutcome outcome, Stage stage, Optional<ValidationFailure> firstFailure) {
    return switch (verdict(outcome, stage)) {
      case PASSED -> "Passed: " + (computes(stage) ? "computed " : "") + stage.description() + ".";
      case FAILED ->
          "Failed: "
              + outcome.failure().map(f -> shortReason(f.reason())).orElse(stage.description())
              + ".";
      case NOT_RUN ->
          outcome.status() == CertificateStatus.NOT_REACHED
              ? notReached(firstFailure)
              : "Not run: go-f3 stops at the first failing stage ("
                  + outcome.failure().map(f -> lower(f.stage().title())).orElse("an earlier stage")
                  + "), so this check was never made.";
    };
  }

  /** Whether a stage computes a value for later stages rather than checking one. */
  private static boolean computes(Stage stage) {
    return stage == Stage.PAYLOAD || stage == Stage.AGGREGATE_KEY || stage == Stage.HASH_TO_G2;
  }

  /** "Instance 37 failed at quorum: finality certificate for instance 37 has …". */
  public static String failureHeadline(ValidationFailure failure) {
    return "Instance "
        + Long.toUnsignedString(failure.instance())
        + " failed at "
        + lower(failure.stage().title())
        + ": "
        + failure.message();
  }

  /**
   * The failure told with its own numbers, e.g. "Certificate 37 was signed by 61.2% of the scaled
   * power; at least 2/3 (66.7%) is required."
   */
  public static String concreteSentence(ValidationFailure failure) {
    String instance = Long.toUnsignedString(failure.instance());
    return switch (failure.reason()) {
      case INSUFFICIENT_POWER ->
          quorum(failure.details()).map(q -> quorumSentence(instance, q)).orElse(failure.message());
      case POWER_TABLE_CID_MISMATCH ->
          "Certificate "
              + instance
              + " commits to the next power"
              + " table "
              + detail(failure, "expectedCid")
              + ", but applying its delta gives "
              + detail(failure, "computedCid")
              + ".";
      case INSTANCE_MISMATCH ->
          "Validation expected a certificate for instance "
              + detail(failure, "expected")
              + " here, but found one for instance "
              + detail(failure, "found")
              + ".";
      case BASE_MISMATCH ->
          "Certificate "
              + instance
              + " starts its chain at "
              + detail(failure, "actualBase")
              + ", but the previous certificate ended at "
              + detail(failure, "expectedBase")
              + ".";
      case SIGNER_OUT_OF_RANGE ->
          "Certificate "
              + instance
              + " names signer index "
              + detail(failure, "signerIndex")
              + ", but the power table has only "
              + detail(failure, "tableSize")
              + " entries.";
      case SIGNER_ZERO_POWER ->
          "Certificate "
              + instance
              + " names signer index "
              + detail(failure, "signerIndex")
              + " ("
              + detail(failure, "actor")
              + "), whose power rounds to zero after scaling.";
      case INVALID_SIGNATURE ->
          "The aggregate signature of certificate "
              + instance
              + " does not verify against the aggregate key of its signers (outcome "
              + detail(failure, "outcome")
              + ").";
      default -> failure.message();
    };
  }

  /** A short clause for a failure, e.g. "the signers hold less than two thirds of the power". */
  public static String shortReason(FailureReason reason) {
    return switch (reason) {
      case INSTANCE_MISMATCH -> "a certificate is missing, repeated or out of order";
      case INVALID_CHAIN -> "the finalised chain is malformed";
      case EMPTY_CHAIN -> "the certificate finalises an empty chain";
      case BASE_MISMATCH -> "the chain does not extend the previous certificate's";
      case SIGNER_OUT_OF_RANGE -> "a signer is not in the power table";
      case SIGNER_ZERO_POWER -> "a signer has no power in the power table";
      case INSUFFICIENT_POWER -> "the signers hold less than two thirds of the power";
      case INVALID_PUBLIC_KEY -> "a worker key in the power table is unusable";
      case INVALID_SIGNATURE -> "the aggregate signature does not verify";
      case INVALID_POWER_DELTA -> "the power-table delta cannot be applied";
      case POWER_TABLE_CID_MISMATCH -> "the next power table is not the one committed to";
    };
  }

  /** Why a certificate after the first failure has no verdict. */
  public static String notReached(Optional<ValidationFailure> firstFailure) {
    return "Not checked: validation stopped at "
        + firstFailure
            .map(f -> "instance " + Long.toUnsignedString(f.instance()))
            .orElse("an earlier certificate")
        + " (go-f3 stops at the first failure).";
  }

  /**
   * The verdict of a whole chain in one line: "60 certificates, all valid; next instance 60" or
   * "Validation stops at instance 37: the signers hold less than two thirds of the power".
   */
  public static String chainVerdict(ChainInspection inspection) {
    Objects.requireNonNull(inspection, "inspection");
    Optional<ValidationFailure> failure = inspection.result().failure();
    if (failure.isPresent()) {
      return "Validation stops at instance "
          + Long.toUnsignedString(failure.get().instance())
          + ": "
          + shortReason(failure.get().reason());
    }
    int count = inspection.certificates().size();
    if (count == 0) {
      return "No certificates to validate; next instance "
          + Long.toUnsignedString(inspection.result().nextInstance());
    }
    return count
        + (count == 1 ? " certificate, valid" : " certificates, all valid")
        + "; next instance "
        + Long.toUnsignedString(inspection.result().nextInstance());
  }

  /**
   * The quorum figures of a QUORUM event: from its inputs when it passed, from its failure's
   * details when it failed. Empty for any other stage.
   */
  public static Optional<QuorumFigures> quorum(StageEvent event) {
    if (event.stage() != Stage.QUORUM) {
      return Optional.empty();
    }
    return quorum(event.failure().map(ValidationFailure::details).orElse(event.inputs()));
  }

  private static Optional<QuorumFigures> quorum(List<Detail> details) {
    Optional<Long> power = number(details, "signerPower");
    Optional<Long> total = number(details, "scaledTotal");
    Optional<Long> threshold = number(details, "threshold");
    Optional<Long> signers = number(details, "signers");
    if (power.isEmpty() || total.isEmpty() || threshold.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new QuorumFigures(power.get(), total.get(), threshold.get(), signers.orElse(0L)));
  }

  private static String quorumSentence(String instance, QuorumFigures q) {
    int decimals = decimalsToTell(q.share(), q.thresholdShare());
    return "Certificate "
        + instance
        + " was signed by "
        + percent(q.share(), decimals)
        + " of the scaled power ("
        + grouped(q.signerPower())
        + " of "
        + grouped(q.scaledTotal())
        + "); at least 2/3 ("
        + percent(q.thresholdShare(), decimals)
        + ", "
        + grouped(q.threshold())
        + ") is required.";
  }

  /**
   * How many decimals show two different shares as different numbers: one, or more when they are
   * close (a certificate just under the threshold must not read "66.7% … 66.7% required").
   */
  public static int decimalsToTell(double a, double b) {
    int decimals = 1;
    while (decimals < 6 && a != b && percent(a, decimals).equals(percent(b, decimals))) {
      decimals++;
    }
    return decimals;
  }

  /** A share between 0 and 1 as a percentage, e.g. {@code 61.2%}. */
  public static String percent(double share, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f%%", share * 100);
  }

  private static String grouped(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  private static Optional<Long> number(List<Detail> details, String name) {
    for (Detail d : details) {
      if (d.name().equals(name)) {
        try {
          return Optional.of(Long.parseLong(d.value()));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static String detail(ValidationFailure failure, String name) {
    return failure.detail(name).orElse("?");
  }

  private static String lower(String title) {
    return title.isEmpty() ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
  }
}
