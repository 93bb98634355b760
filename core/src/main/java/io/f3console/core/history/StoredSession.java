package io.f3console.core.history;

import java.util.List;
import java.util.Objects;

/**
 * A session as read back from the store: its record (power tables as references, since their
 * entries stay in the store until asked for), and the notes people added.
 */
public record StoredSession(
    long id, SessionRecord record, List<TableReference> tables, List<SessionNote> notes) {
  public StoredSession {
    Objects.requireNonNull(record);
    tables = List.copyOf(tables);
    notes = List.copyOf(notes);
  }
}
