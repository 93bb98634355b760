package io.f3console.app.ui.powertable;

import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.powertable.PowerTableDiff;
import io.f3console.core.sessions.SessionOutcomes;
import java.util.List;
import java.util.Optional;

/**
 * What a comparison in compare mode leaves in the history: both tables (kept by CID, so either can
 * be reopened), their CIDs with B checked against A, and how many participants changed in each way.
 */
final class CompareSession {
  static final String COMMAND = "Power table compare";

  private CompareSession() {}

  /** A comparison asked for now, of tables the workspace read from {@code sources}. */
  static SessionRecord.Builder begin(
      TableChoice a, TableChoice b, Optional<String> network, List<String> sources) {
    SessionRecord.Builder session =
        SessionRecord.builder(SessionOrigin.CONSOLE, SessionKind.COMPARISON, COMMAND)
            .arguments("A: " + a.label() + "; B: " + b.label());
    network.ifPresent(session::network);
    sources.forEach(source -> session.source("open", source));
    return session;
  }

  /** The comparison's outcome. */
  static SessionRecord.Builder compared(SessionRecord.Builder session, CompareResult result) {
    TableSource.Resolved a = result.a();
    TableSource.Resolved b = result.b();
    session.table("A: " + a.choice().label(), Optional.of(a.choice().instance()), a.table());
    session.table("B: " + b.choice().label(), Optional.of(b.choice().instance()), b.table());
    session.cid(RecordedCid.computed("A: " + a.choice().label(), a.table().cid()));
    session.cid(
        RecordedCid.compared(
            "B: " + b.choice().label() + ", against A", b.table().cid(), a.table().cid()));
    session.fact("entries", a.table().size() + " → " + b.table().size());
    session.fact("changes", result.diff().changes().size());
    SessionOutcomes.changeCounts(session, result.diff());
    StringBuilder counts = new StringBuilder();
    for (PowerTableDiff.Kind kind : PowerTableDiff.Kind.values()) {
      if (result.count(kind) > 0) {
        counts
            .append(counts.length() == 0 ? "" : ", ")
            .append(result.count(kind))
            .append(' ')
            .append(SessionOutcomes.changeName(kind));
      }
    }
    session.verdict(SessionVerdict.PASSED);
    String names = a.choice().label() + " and " + b.choice().label();
    if (a.table().cid().equals(b.table().cid())) {
      session.summary(names + " are identical (CID " + a.table().cid() + ")");
    } else if (result.diff().onlyOrderDiffers()) {
      session.summary(names + " hold the same entries in another order: only the CID differs");
    } else {
      session.summary(
          names + ": " + result.diff().changes().size() + " participants differ (" + counts + ")");
    }
    return session;
  }
}
