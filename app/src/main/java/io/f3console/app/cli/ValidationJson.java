package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.trust.TrustedValidation;
import io.f3console.core.validation.Detail;
import io.f3console.core.validation.StageEvent;
import io.f3console.core.validation.ValidationFailure;
import io.f3console.core.validation.ValidationResult;
import java.util.List;
import java.util.Optional;

/** The JSON form of validation results and trace events. */
final class ValidationJson {
  /** Names of details that hold an instance, epoch or height (a chain head is one). */
  private ValidationJson() {}

  /**
   * {@code {valid, firstInstance, nextInstance, validated, failedInstance, reason, message,
   * powerTableCid}} with go-f3's meanings, plus the network and the failure's details.
   */
  static ObjectNode result(ValidationResult result, NetworkSelection selection) {
    ObjectNode node = JsonOutput.object();
    node.put("valid", result.valid());
    node.put("firstInstance", result.firstInstance());
    node.put("nextInstance", result.nextInstance());
    node.put("validated", result.validated());
    ValidationFailure failure = result.failure().orElse(null);
    if (failure == null) {
      node.putNull("failedInstance");
      node.putNull("reason");
      node.putNull("message");
    } else {
      node.put("failedInstance", failure.instance());
      node.put("reason", failure.reason().name());
      node.put("message", failure.message());
    }
    node.put("powerTableCid", result.powerTable().cid().toString());
    node.put("network", selection.f3NetworkName());
    selection.profile().ifPresent(p -> node.put("profile", p.key()));
    if (failure != null) {
      node.put("stage", failure.stage().name());
      node.put("meaning", failure.reason().meaning());
      node.set("details", details(failure.details()));
    }
    return node;
  }

  /**
   * A validation judged with its table's trust: {@link #result}'s fields, where {@code valid} is
   * the verdict (false for a consistent chain from a table that is not the network's) and {@code
   * consistent} whether every certificate checked out; plus {@code verdict}, {@code trust} ({@code
   * state}, {@code expected}, {@code actual}, {@code reason} …), the {@code reason} {@code
   * UNTRUSTED_POWER_TABLE} when that is why, {@code explanation} and {@code dataBelongsTo} when the
   * data is found to be another network's.
   */
  static ObjectNode result(TrustedValidation judged, NetworkSelection selection) {
    ObjectNode node = result(judged.result(), selection);
    node.put("valid", judged.passed());
    node.put("consistent", judged.result().valid());
    node.put("verdict", judged.verdict().name());
    judged.reasonCode().ifPresent(reason -> node.put("reason", reason));
    node.set("trust", TrustOutput.json(judged.start()));
    if (judged.explanation().isPresent()) {
      node.put("explanation", judged.explanation().get());
    } else {
      node.putNull("explanation");
    }
    judged
        .identification()
        .ifPresent(
            found ->
                node.set(
                    "dataBelongsTo",
                    JsonOutput.object()
                        .put("network", found.network())
                        .put("f3NetworkName", found.f3NetworkName())
                        .put("evidence", found.evidence().name())
                        .put("sentence", found.sentence())));
    return node;
  }

  /** {@code {instance, reason, stage, message, meaning, details}} of one failure. */
  static ObjectNode failure(ValidationFailure failure) {
    ObjectNode node = JsonOutput.object();
    node.put("instance", failure.instance());
    node.put("reason", failure.reason().name());
    node.put("stage", failure.stage().name());
    node.put("message", failure.message());
    node.put("meaning", failure.reason().meaning());
    node.set("details", details(failure.details()));
    return node;
  }

  static ObjectNode event(StageEvent event) {
    ObjectNode node = JsonOutput.object();
    node.put("instance", event.instance());
    node.put("stage", event.stage().name());
    node.put("passed", event.passed());
    node.put("micros", event.nanos() / 1000.0);
    node.set("inputs", details(event.inputs()));
    node.set("outputs", details(event.outputs()));
    event
        .failure()
        .ifPresent(f -> node.put("reason", f.reason().name()).put("message", f.message()));
    return node;
  }

  static ObjectNode details(List<Detail> details) {
    ObjectNode node = JsonOutput.object();
    for (Detail detail : details) {
      node.put(detail.name(), detail.value());
    }
    return node;
  }

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

  /** {@link #event}'s object under the shared conventions. */
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
