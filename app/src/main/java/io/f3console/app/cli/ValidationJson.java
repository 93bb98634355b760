package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.trust.TrustedValidation;
import io.f3console.core.validation.Detail;
import io.f3console.core.validation.StageEvent;
import io.f3console.core.validation.ValidationFailure;
import io.f3console.core.validation.ValidationResult;
import java.util.List;

/** The JSON form of validation results and trace events. */
final class ValidationJson {
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
}
