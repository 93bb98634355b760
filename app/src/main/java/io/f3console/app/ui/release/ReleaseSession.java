package io.f3console.app.ui.release;

import io.f3console.core.bootstrap.ReleaseCheckPlan;
import io.f3console.core.bootstrap.ReleaseReport;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.sessions.SessionOutcomes;
import java.util.List;
import java.util.Optional;

/**
 * What a run of the release check view leaves in the history: the core's outcome (verdict, each
 * source's CID against the agreed or candidate one, certificate 0 per source, findings), the
 * initial table each source gave (kept by CID), and the Markdown report as the output.
 */
final class ReleaseSession {
  static final String COMMAND = "Release check view";

  private ReleaseSession() {}

  /** A check asked for now. */
  static SessionRecord.Builder begin(
      String network, List<String> sources, Optional<String> candidate) {
    SessionRecord.Builder session =
        SessionRecord.builder(SessionOrigin.CONSOLE, SessionKind.RELEASE_CHECK, COMMAND)
            .network(network)
            .arguments(
                String.join(" ", sources) + candidate.map(c -> " --candidate " + c).orElse(""));
    for (int i = 0; i < sources.size(); i++) {
      session.source("source " + (i + 1), sources.get(i));
    }
    return session;
  }

  /** The check's outcome. */
  static SessionRecord.Builder checked(
      SessionRecord.Builder session, ReleaseCheckPlan.Run checked) {
    SessionOutcomes.releaseCheck(session, checked.result());
    checked
        .tables()
        .forEach(
            (source, table) ->
                session.table(
                    "initial power table from " + source,
                    Optional.of(table.instance()),
                    table.table()));
    return session.output(ReleaseReport.markdown(checked.result()));
  }
}
