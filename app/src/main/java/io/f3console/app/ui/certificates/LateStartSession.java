package io.f3console.app.ui.certificates;

import io.f3console.core.bootstrap.LateStartPlan;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.sessions.SessionOutcomes;
import java.util.Optional;

/**
 * What a run of the late-start dialog leaves in the history: the core's outcome (start, how it was
 * found, instance reached, trusted and final CIDs), the trusted table (kept by CID) and the
 * sentence the dialog showed.
 */
final class LateStartSession {
  static final String COMMAND = "Late start dialog";

  private LateStartSession() {}

  /** A late start asked for now. */
  static SessionRecord.Builder begin(
      String network, String tableSource, Optional<Long> instance, String certificateSource) {
    return SessionRecord.builder(SessionOrigin.CONSOLE, SessionKind.LATE_START, COMMAND)
        .network(network)
        .arguments(
            "--trusted "
                + tableSource
                + instance.map(i -> " --instance " + Long.toUnsignedString(i)).orElse("")
                + " --certificates "
                + certificateSource)
        .source("trusted power table", tableSource)
        .source("certificates", certificateSource);
  }

  /** Its outcome. */
  static SessionRecord.Builder ran(
      SessionRecord.Builder session, LateStartPlan.Run ran, Optional<Long> instance) {
    SessionOutcomes.lateStart(session, ran.result(), ran.trust());
    session.table("trusted", instance, ran.trusted());
    return session.output(LateStartViewModel.describe(ran) + "\n");
  }
}
