package io.f3console.app.cli;

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
