package io.f3console.app.ui.release;

import io.f3console.core.bootstrap.ReleaseCheckResult;
import io.f3console.core.bootstrap.ReleaseReport;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionOutcomes;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.source.SourcedTable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run of the release check view leaves in the history: the core's outcome (verdict, each
 * source's CID against the agreed or candidate one, certificate 0 per source, findings), the
 * initial table each source gave (kept by CID), and the Markdown report as the output.
 */
final class ReleaseSession {
  static final String COMMAND = "Release check view";

  /**
   * A finished check with the tables it read.
   *
   * @param result the core's result
   * @param tables the initial table each source gave, by source string
   */
  record Checked(ReleaseCheckResult result, Map<String, SourcedTable> tables) {
    Checked {
      Objects.requireNonNull(result, "result");
      tables = Map.copyOf(tables);
    }
  }

  private ReleaseSession() {}

  /** A check asked for now. */
  static SessionRecord.Builder begin(String network, List<String> sources,
      Optional<String> candidate) {
    SessionRecord.Builder session = SessionRecord.builder(SessionOrigin.CONSOLE,
        SessionKind.RELEASE_CHECK, COMMAND).network(network)
        .arguments(String.join(" ", sources) + candidate.map(c -> " --candidate " + c)
            .orElse(""));
    for (int i = 0; i < sources.size(); i++) {
      session.source("source " + (i + 1), sources.get(i));
    }
    return session;
  }

  /** The check's outcome. */
  static SessionRecord.Builder checked(SessionRecord.Builder session, Checked checked) {
    SessionOutcomes.releaseCheck(session, checked.result());
    checked.result().sources().forEach(evidence -> {
      SourcedTable table = checked.tables().get(evidence.source());
      if (table != null) {
        session.table("initial power table from " + evidence.source(),
            Optional.of(table.instance()), table.table());
      }
    });
    return session.output(ReleaseReport.markdown(checked.result()));
  }
}
