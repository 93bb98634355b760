package io.f3console.core.logs;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the {@link LogDictionary}: a log message that Lotus, Forest or go-f3 writes, where
 * it is written ({@code source}, e.g. {@code lotus:chain/lf3/participation.go}), in which releases
 * ({@code versions}, as text), at which level, how much it should worry an operator, what it means
 * and what to do.
 *
 * <p>{@code message} is the message text with each variable part written {@code *}; it is matched
 * against a line's whole message (not its timestamp, level or structured fields), runs of
 * whitespace counting as one space. {@code caller}, when present, is a part of the source path a
 * line's caller must contain (for messages two programs share, such as Lotus's and the Forest
 * sidecar's {@code miner with id * is sending message in F3}); a line without a caller may match
 * any entry.
 */
public record KnownLogLine(
    String id,
    LogProject project,
    String source,
    String versions,
    String level,
    String message,
    Optional<String> caller,
    LogClass logClass,
    String meaning,
    String action) {

  public KnownLogLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(versions, "versions");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(logClass, "logClass");
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(action, "action");
    if (logClass == LogClass.UNKNOWN) {
      throw new IllegalArgumentException(id + ": a known line cannot be of class UNKNOWN");
    }
    if (normalised(message).replace("*", "").isBlank()) {
      throw new IllegalArgumentException(id + ": the message has no fixed text");
    }
  }

  /** The message as a pattern over a {@linkplain #normalised normalised} message. */
  MessagePattern pattern() {
    return new MessagePattern(normalised(message));
  }

  /** How many fixed characters the message has: the more, the more specific the entry. */
  int fixedLength() {
    return normalised(message).replace("*", "").length();
  }

  /**
   * Whether a line written at {@code lineCaller} (empty when the line has none) may be this one.
   */
  boolean acceptsCaller(String lineCaller) {
    return caller.isEmpty() || lineCaller.isEmpty() || lineCaller.contains(caller.get());
  }

  /** {@code text} trimmed, with every run of whitespace one space. */
  static String normalised(String text) {
    String stripped = text.strip();
    boolean clean = true;
    for (int i = 0; i < stripped.length() && clean; i++) {
      char c = stripped.charAt(i);
      clean = !Character.isWhitespace(c) || (c == ' ' && stripped.charAt(i - 1) != ' ');
    }
    if (clean) {
      return stripped;
    }
    StringBuilder out = new StringBuilder(stripped.length());
    boolean space = false;
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (Character.isWhitespace(c)) {
        if (!space) {
          out.append(' ');
        }
        space = true;
      } else {
        out.append(c);
        space = false;
      }
    }
    return out.toString();
  }
}
