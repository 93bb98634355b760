package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.trust.Trust;
import java.io.PrintWriter;

/**
 * How every command that validates or checks prints the trust core decided: a {@code Trust} line
 * (and the CIDs compared), and a {@code trust} object in JSON.
 */
final class TrustOutput {
  private TrustOutput() {}

  /**
   * {@code Trust mismatch (NOT_INITIAL_TABLE): …} in the 15-character label column the validating
   * commands use.
   */
  static void print(PrintWriter out, Trust trust) {
    out.println("Trust          " + line(trust));
  }

  /** {@code mismatch (NOT_INITIAL_TABLE): the sentence}. */
  static String line(Trust trust) {
    return trust.state().word() + " (" + trust.reason().name() + "): " + trust.explanation();
  }

  /**
   * {@code {state, reason, expected, actual, network, belongsTo, explanation}}; {@code expected}
   * and {@code belongsTo} are null when there is none.
   */
  static ObjectNode json(Trust trust) {
    ObjectNode node = JsonOutput.object();
    node.put("state", trust.state().word());
    node.put("reason", trust.reason().name());
    if (trust.expected().isPresent()) {
      node.put("expected", trust.expected().get().toString());
    } else {
      node.putNull("expected");
    }
    node.put("actual", trust.actual().toString());
    node.put("network", trust.network());
    if (trust.belongsTo().isPresent()) {
      node.put("belongsTo", trust.belongsTo().get());
    } else {
      node.putNull("belongsTo");
    }
    node.put("explanation", trust.explanation());
    return node;
  }

  /** {@link #json}'s object under the shared JSON conventions, for a {@link CommandResult}. */
  static JsonFields fields(Trust trust) {
    return JsonFields.object()
        .text("state", trust.state().word())
        .text("reason", trust.reason().name())
        .cid("expected", trust.expected())
        .cid("actual", trust.actual())
        .text("network", trust.network())
        .text("belongsTo", trust.belongsTo())
        .text("explanation", trust.explanation());
  }
}
