package io.f3console.app.cli;

import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkSelection;
import java.util.Optional;

/** What several commands write into their session the same way. */
final class SessionFacts {
  private SessionFacts() {}

  /** The network the session is about, by its recorded name ({@link HistoryNetworks}). */
  static void network(SessionRecord.Builder session, NetworkSelection selection) {
    session.network(HistoryNetworks.recorded(selection));
  }

  /**
   * A power table the command read: its source, the table itself (kept by CID), and what reading it
   * noticed.
   */
  static void table(SessionRecord.Builder session, String role, LoadedPowerTable loaded) {
    table(session, role, loaded, loaded.instance());
  }

  /** The same, with the table taken as the committee of {@code instance}. */
  static void table(
      SessionRecord.Builder session,
      String role,
      LoadedPowerTable loaded,
      Optional<Long> instance) {
    session.source(role, loaded.document().source());
    session.table(role, instance, loaded.table());
    session.fact(
        role,
        loaded.table().size()
            + (loaded.table().size() == 1 ? " entry" : " entries")
            + ", CID "
            + loaded.table().cid());
    loaded.origin().ifPresent(origin -> session.fact(role + " taken from", origin));
    loaded.notes().forEach(note -> session.fact(role + " note", note));
    loaded.contradictions().forEach(problem -> session.fact(role + " contradiction", problem));
  }
}
