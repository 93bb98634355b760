package io.f3console.core.history;

import java.time.Instant;
import java.util.Objects;

/** A note a person added to a session. Notes are kept for good: none is edited or removed. */
public record SessionNote(long id, long sessionId, Instant createdAt, String text) {
  /** The longest note taken, in characters. */
  public static final int MAX_LENGTH = 20_000;

  public SessionNote {
    Objects.requireNonNull(createdAt);
    Objects.requireNonNull(text);
  }
}
