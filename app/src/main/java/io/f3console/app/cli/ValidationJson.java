package io.f3console.app.cli;

import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.trust.TrustedValidation;
import io.f3console.core.validation.StageEvent;
import io.f3console.core.validation.ValidationFailure;
import io.f3console.core.validation.ValidationResult;
import java.util.Optional;

/** The JSON form of validation results and trace events. */
final class ValidationJson {
  private ValidationJson() {}

  /**
   * {@code {valid, consistent, verdict, firstInstance, nextInstance, validated, failedInstance,
   * reason, message, stage, meaning, details, powerTableCid, network, profile, trust, explanation,
   * dataBelongsTo}} of a validation judged with its table's trust, under the shared conventions:
   * every key present ({@code null} when there is no failure, profile or identification), instances
   * as unsigned numbers. {@code valid} is the verdict; {@code consistent} whether every certificate
   * checked out; {@code reason} is {@code UNTRUSTED_POWER_TABLE} when that is why.
   */
  static JsonFields fields(TrustedValidation judged, NetworkSelection selection) {
    ValidationResult result = judged.result();
    Optional<ValidationFailure> failure = result.failure();
    return JsonFields.object()
        .bool("valid", judged.passed())
        .bool("consistent", result.valid())
        .text("verdict", judged.verdict().name())
        .uint64("firstInstance", result.firstInstance())
        .uint64("nextInstance", result.nextInstance())
        .number("validated", result.validated())
        .uint64("failedInstance", failure.map(ValidationFailure::instance))
        .text(
            "reason",
            judged.reasonCode().isPresent()
                ? judged.reasonCode()
                : failure.map(f -> f.reason().name()))
        .text("message", failure.map(ValidationFailure::message))
        .text("stage", failure.map(f -> f.stage().name()))
        .text("meaning", failure.map(f -> f.reason().meaning()))
        .object("details", failure.map(f -> JsonFields.details(f.details())))
        .cid("powerTableCid", result.powerTable().cid())
        .text("network", selection.f3NetworkName())
        .text("profile", selection.profile().map(NetworkProfile::key))
        .object("trust", TrustOutput.fields(judged.start()))
        .text("explanation", judged.explanation())
        .object(
            "dataBelongsTo",
            judged
                .identification()
                .map(
                    found ->
                        JsonFields.object()
                            .text("network", found.network())
                            .text("f3NetworkName", found.f3NetworkName())
                            .text("evidence", found.evidence().name())
                            .text("sentence", found.sentence())));
  }

  /**
   * {@code {instance, reason, stage, message, meaning, details}} of one failure, under the shared
   * conventions.
   */
  static JsonFields failureFields(ValidationFailure failure) {
    return JsonFields.object()
        .uint64("instance", failure.instance())
        .text("reason", failure.reason().name())
        .text("stage", failure.stage().name())
        .text("message", failure.message())
        .text("meaning", failure.reason().meaning())
        .object("details", JsonFields.details(failure.details()));
  }

  /** {@code {instance, stage, passed, micros, inputs, outputs, reason, message}} of one stage. */
  static JsonFields eventFields(StageEvent event) {
    return JsonFields.object()
        .uint64("instance", event.instance())
        .text("stage", event.stage().name())
        .bool("passed", event.passed())
        .number("micros", event.nanos() / 1000.0)
        .object("inputs", JsonFields.details(event.inputs()))
        .object("outputs", JsonFields.details(event.outputs()))
        .text("reason", event.failure().map(f -> f.reason().name()))
        .text("message", event.failure().map(ValidationFailure::message));
  }
}
