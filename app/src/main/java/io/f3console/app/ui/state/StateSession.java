package io.f3console.app.ui.state;

import io.f3console.core.cid.Cid;
import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.statepower.ComputedTableTrust;
import io.f3console.core.statepower.StatePowerTable;
import io.f3console.core.trust.TrustState;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a computation in the Chain state view leaves in the history, as the command line's {@code
 * powertable from-state} records it: the table kept by CID, its tipset, height, state root, blocks
 * read and the counts per decision, and the comparison with what signs the tipset.
 */
final class StateSession {
  static final String COMMAND = "Chain state view";

  private StateSession() {}

  static SessionRecord.Builder begin(String network, String source, String arguments) {
    return SessionRecord.builder(SessionOrigin.CONSOLE, SessionKind.INSPECTION, COMMAND)
        .network(network)
        .arguments(arguments)
        .source("state", source);
  }

  static SessionRecord.Builder finished(SessionRecord.Builder session, StateResult result) {
    if (result.table().isEmpty()) {
      return session
          .verdict(result.unreadable() ? SessionVerdict.BAD_INPUT : SessionVerdict.FAILED)
          .reason(result.reason().orElse("NO_TABLE"))
          .summary(
              (result.unreadable() ? "Unreadable state: " : "No power table: ")
                  + result.error().orElse(""));
    }
    StatePowerTable table = result.table().get();
    session.table(
        "computed from the state of height " + table.height(), Optional.empty(), table.table());
    Optional<ComputedTableTrust> trust = result.trust();
    if (trust.isPresent() && trust.get().trust().expected().isPresent()) {
      session.cid(
          RecordedCid.compared(
              "power table computed from state",
              table.cid(),
              trust.get().trust().expected().get()));
    } else {
      session.cid(RecordedCid.computed("power table computed from state", table.cid()));
    }
    session.fact(
        "tipset", table.tipset().stream().map(Cid::toString).collect(Collectors.joining(",")));
    session.fact("height", table.height());
    session.fact("state root", table.stateRoot().toString());
    session.fact("blocks read", table.blocksRead());
    session.fact("decisions", StateViewModel.counts(table));
    trust.ifPresent(t -> session.trust(t.trust()).fact("signed by", t.signedBy()));
    boolean mismatch = trust.map(t -> t.trust().state() == TrustState.MISMATCH).orElse(false);
    return session
        .verdict(mismatch ? SessionVerdict.FAILED : SessionVerdict.PASSED)
        .summary(
            "Computed the power table at height "
                + table.height()
                + " from state "
                + table.stateRoot()
                + ": "
                + table.table().size()
                + " entries, CID "
                + table.cid()
                + trust
                    .map(t -> "; " + t.trust().state().word() + " against " + t.signedBy())
                    .orElse(""));
  }
}
