package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.history.HistoryException;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.SessionQuery;
import io.f3console.core.history.SessionSummary;
import io.f3console.core.history.StoredSession;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Runs of the command line recorded in one history database, and what the database holds. */
record RecordedRuns(Path db) {

  /** Runs the command line with {@code --db} this database. */
  CliRun run(String... args) {
    String[] all = Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--db";
    all[args.length + 1] = db.toString();
    return CliRun.of(all);
  }

  /** Every session, newest first. */
  List<SessionSummary> sessions() throws HistoryException {
    try (HistoryStore store = HistoryStore.open(db)) {
      return store.list(SessionQuery.all());
    }
  }

  /** The newest session, read back from the database. */
  StoredSession last() throws HistoryException {
    List<SessionSummary> sessions = sessions();
    assertThat(sessions).as("sessions in " + db).isNotEmpty();
    try (HistoryStore store = HistoryStore.open(db)) {
      return store.find(sessions.get(0).id()).orElseThrow();
    }
  }

  /** {@code history show} of the newest session, which must succeed. */
  String showLast() throws HistoryException {
    CliRun show = run("history", "show", Long.toString(last().id()));
    assertThat(show.status()).as(show.toString()).isZero();
    return show.out();
  }
}
