package io.f3console.app.ui.certificates;

import io.f3console.core.bootstrap.LateStartResult;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionOutcomes;
import io.f3console.core.history.SessionRecord;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run of the late-start dialog leaves in the history: the core's outcome (start, how it
 * was found, instance reached, trusted and final CIDs), the trusted table (kept by CID) and the
 * sentence the dialog showed.
 */
final class LateStartSession {
  static final String COMMAND = "Late start dialog";

  /**
   * A late start that ran, with the table it trusted.
   *
   * @param result the core's result
   * @param trusted the table read from the trusted source
   * @param instance the instance asked for, if any
   */
  record Ran(LateStartResult result, PowerTable trusted, Optional<Long> instance) {
    Ran {
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(trusted, "trusted");
      Objects.requireNonNull(instance, "instance");
    }
  }

  private LateStartSession() {}

  /** A late start asked for now. */
  static SessionRecord.Builder begin(String network, String tableSource, Optional<Long> instance,
      String certificateSource) {
    return SessionRecord.builder(SessionOrigin.CONSOLE, SessionKind.LATE_START, COMMAND)
        .network(network)
        .arguments("--trusted " + tableSource + instance.map(i -> " --instance "
            + Long.toUnsignedString(i)).orElse("") + " --certificates " + certificateSource)
        .source("trusted power table", tableSource)
        .source("certificates", certificateSource);
  }

  /** Its outcome. */
  static SessionRecord.Builder ran(SessionRecord.Builder session, Ran ran) {
    SessionOutcomes.lateStart(session, ran.result());
    session.table("trusted", ran.instance(), ran.trusted());
    return session.output(LateStartDialog.describe(ran.result()) + "\n");
  }
}
