package io.f3console.app.ui.certificates;

import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.controls.Tone;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.inspect.CertificateOutcome;
import io.f3console.core.inspect.CertificateStatus;
import io.f3console.core.inspect.StageExplanation;
import io.f3console.core.validation.Stage;
import io.f3console.core.validation.ValidationFailure;
import java.util.Optional;

/** The list row and the header of a certificate, from the certificate and its outcome. */
final class CertificateFacts {
  private CertificateFacts() {}

  static CertificateRow row(
      int index, FinalityCertificate certificate, Optional<CertificateOutcome> outcome) {
    Optional<CertificateStatus> status = outcome.map(CertificateOutcome::status);
    return new CertificateRow(
        index,
        Formats.unsigned(certificate.instance()),
        status,
        statusText(status),
        tone(status),
        epochs(certificate),
        signers(certificate, outcome));
  }

  static CertificateHeader header(
      FinalityCertificate certificate,
      Optional<CertificateOutcome> outcome,
      Optional<ValidationFailure> firstFailure) {
    Optional<CertificateStatus> status = outcome.map(CertificateOutcome::status);
    String instance = Formats.unsigned(certificate.instance());
    String note =
        status.isEmpty()
            ? StageDetails.NOT_VALIDATED
            : switch (status.get()) {
              case VALID ->
                  "Valid: it passed all "
                      + Stage.values().length
                      + " stages of go-f3's"
                      + " validation.";
              case INVALID ->
                  outcome
                      .flatMap(CertificateOutcome::failure)
                      .map(StageExplanation::concreteSentence)
                      .orElse("Invalid.");
              case NOT_REACHED -> StageExplanation.notReached(firstFailure);
            };
    return new CertificateHeader(
        "Instance " + instance,
        statusText(status),
        tone(status),
        epochs(certificate),
        Formats.integer(certificate.chain().size()),
        signers(certificate, outcome),
        certificate.supplementalData().powerTable().map(Cid::toString).orElse(""),
        note);
  }

  static String statusText(Optional<CertificateStatus> status) {
    if (status.isEmpty()) {
      return "? not validated";
    }
    return switch (status.get()) {
      case VALID -> "✔ valid";
      case INVALID -> "✘ invalid";
      case NOT_REACHED -> "— not reached";
    };
  }

  static Tone tone(Optional<CertificateStatus> status) {
    if (status.isEmpty()) {
      return Tone.WARNING;
    }
    return switch (status.get()) {
      case VALID -> Tone.SUCCESS;
      case INVALID -> Tone.DANGER;
      case NOT_REACHED -> Tone.MUTED;
    };
  }

  /** {@code 1,000–1,020}: the chain's base to head epoch. */
  static String epochs(FinalityCertificate certificate) {
    if (certificate.chain().isZero()) {
      return "empty chain";
    }
    return Formats.integer(certificate.chain().base().epoch())
        + "–"
        + Formats.integer(certificate.chain().head().epoch());
  }

  /** {@code 95 / 150}: the signers over the committee size, when the committee was known. */
  static String signers(FinalityCertificate certificate, Optional<CertificateOutcome> outcome) {
    String count = Formats.integer(certificate.signers().cardinality());
    return outcome
        .flatMap(o -> o.event(Stage.SIGNERS))
        .flatMap(e -> StageDetails.find(e.inputs(), "tableSize"))
        .map(size -> count + " / " + Formats.integer(Long.parseLong(size)))
        .orElse(count);
  }
}
