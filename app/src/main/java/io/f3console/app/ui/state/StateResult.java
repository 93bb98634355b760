package io.f3console.app.ui.state;

import io.f3console.core.statepower.ComputedTableTrust;
import io.f3console.core.statepower.StatePowerTable;
import java.util.Optional;

/**
 * What one computation in the Chain state view gave: the table computed from the state with what
 * signs its tipset, or why there is none (a plain sentence and its reason code).
 *
 * @param source the source string the state was read from
 * @param table the computed table, when there is one
 * @param trust the table against the CID a certificate or the manifest signs for its tipset
 * @param error why there is no table, in a sentence
 * @param reason the reason code of the failure (the core's), when there is one
 * @param unreadable whether the failure is unreadable input (a bad or missing block) rather than a
 *     state from which Lotus would give no table either
 */
record StateResult(
    String source,
    Optional<StatePowerTable> table,
    Optional<ComputedTableTrust> trust,
    Optional<String> error,
    Optional<String> reason,
    boolean unreadable) {

  static StateResult computed(
      String source, StatePowerTable table, Optional<ComputedTableTrust> trust) {
    return new StateResult(
        source, Optional.of(table), trust, Optional.empty(), Optional.empty(), false);
  }

  static StateResult failed(
      String source, String error, Optional<String> reason, boolean unreadable) {
    return new StateResult(
        source, Optional.empty(), Optional.empty(), Optional.of(error), reason, unreadable);
  }
}
