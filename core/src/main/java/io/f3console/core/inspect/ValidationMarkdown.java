package io.f3console.core.inspect;

import io.f3console.core.trust.ChainVerdict;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustedValidation;
import io.f3console.core.validation.Detail;
import io.f3console.core.validation.Stage;
import io.f3console.core.validation.StageEvent;
import io.f3console.core.validation.ValidationFailure;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A chain validation as Markdown, to paste into an issue or a chat, or to save: the network, the
 * certificates and the starting table, the verdict with the starting table's trust, the first
 * failure told with its own numbers and evidence, then the stages of the certificate the verdict
 * rests on (the failing one, else the last). The same words the console and the command line show.
 */
public final class ValidationMarkdown {
  private ValidationMarkdown() {}

  /**
   * The whole report.
   *
   * @param judged the verdict with the starting table's trust, when it was judged (without it a
   *     consistent chain is reported as unverified)
   */
  public static String of(ChainInspection inspection, Optional<TrustedValidation> judged) {
    Objects.requireNonNull(inspection, "inspection");
    Objects.requireNonNull(judged, "judged");
    StringBuilder out = new StringBuilder("# F3 certificate validation\n\n");
    ChainVerdict verdict =
        judged
            .map(TrustedValidation::verdict)
            .orElse(
                inspection.result().valid() ? ChainVerdict.VALID_UNVERIFIED : ChainVerdict.INVALID);
    out.append("- Network: `")
        .append(inspection.networkName())
        .append('`')
        .append(judged.map(j -> " (" + j.start().network() + ")").orElse(""))
        .append('\n');
    out.append("- Certificates: ").append(span(inspection)).append('\n');
    out.append("- Starting table: instance ")
        .append(Long.toUnsignedString(inspection.firstInstance()))
        .append(", ")
        .append(inspection.initialTable().size())
        .append(" entries, CID `")
        .append(inspection.initialTable().cid())
        .append("`\n");
    judged
        .map(TrustedValidation::start)
        .ifPresent(trust -> out.append("- Trust: ").append(trust(trust)).append('\n'));
    out.append("- Result: **")
        .append(verdict.word())
        .append("**: ")
        .append(StageExplanation.chainVerdict(inspection))
        .append('\n');
    out.append("- Counts: ")
        .append(inspection.count(CertificateStatus.VALID))
        .append(" valid, ")
        .append(inspection.count(CertificateStatus.INVALID))
        .append(" invalid, ")
        .append(inspection.count(CertificateStatus.NOT_REACHED))
        .append(" not reached\n");
    if (inspection.result().valid()) {
      out.append("- Next instance ")
          .append(Long.toUnsignedString(inspection.result().nextInstance()))
          .append(", validated by the power table with CID `")
          .append(inspection.result().powerTable().cid())
          .append("`\n");
    }
    judged
        .flatMap(TrustedValidation::explanation)
        .ifPresent(meaning -> out.append('\n').append(meaning).append('\n'));
    judged
        .flatMap(TrustedValidation::identification)
        .ifPresent(finding -> out.append('\n').append(finding.sentence()).append('\n'));
    inspection.result().failure().ifPresent(failure -> failure(out, failure));
    int shown = inspection.firstFailureIndex().orElse(inspection.outcomes().size() - 1);
    if (shown >= 0) {
      stages(out, inspection.outcomes().get(shown), inspection.result().failure());
    }
    return out.toString();
  }

  private static String span(ChainInspection inspection) {
    List<CertificateOutcome> outcomes = inspection.outcomes();
    if (outcomes.isEmpty()) {
      return "none";
    }
    return outcomes.size()
        + " (instances "
        + Long.toUnsignedString(outcomes.get(0).instance())
        + "–"
        + Long.toUnsignedString(outcomes.get(outcomes.size() - 1).instance())
        + ")";
  }

  private static String trust(Trust trust) {
    return trust.state().word()
        + ": "
        + trust.explanation()
        + trust
            .expected()
            .filter(expected -> !expected.equals(trust.actual()))
            .map(expected -> " (expected CID `" + expected + "`)")
            .orElse("");
  }

  private static void failure(StringBuilder out, ValidationFailure failure) {
    out.append("\n## Failure: ").append(failure.reason()).append("\n\n");
    out.append(StageExplanation.failureHeadline(failure)).append("\n\n");
    out.append(StageExplanation.concreteSentence(failure)).append("\n\n");
    out.append("**What it means:** ").append(failure.reason().meaning()).append('\n');
    if (!failure.details().isEmpty()) {
      out.append("\nEvidence:\n\n");
      details(out, failure.details());
    }
  }

  private static void stages(
      StringBuilder out, CertificateOutcome outcome, Optional<ValidationFailure> firstFailure) {
    out.append("\n## Stages of instance ")
        .append(Long.toUnsignedString(outcome.instance()))
        .append("\n\n| Stage | Verdict |\n|---|---|\n");
    for (Stage stage : Stage.values()) {
      out.append("| ")
          .append(stage.title())
          .append(" | ")
          .append(cell(StageExplanation.verdictSentence(outcome, stage, firstFailure)))
          .append(" |\n");
    }
    outcome
        .failure()
        .flatMap(f -> outcome.event(f.stage()))
        .map(StageEvent::inputs)
        .filter(inputs -> !inputs.isEmpty())
        .ifPresent(
            inputs -> {
              out.append("\nInputs of the failing stage:\n\n");
              details(out, inputs);
            });
  }

  private static void details(StringBuilder out, List<Detail> details) {
    for (Detail detail : details) {
      out.append("- ")
          .append(detail.name())
          .append(": `")
          .append(detail.value().replace("`", "'"))
          .append("`\n");
    }
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
