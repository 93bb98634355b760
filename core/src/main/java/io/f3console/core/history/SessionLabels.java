package io.f3console.core.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a session's findings and CIDs are named for people: the one place that turns the keys
 * recorded with them ({@code certificate-0: basePowerTable}) into words ("Certificate 0 · base
 * power table"), so that the console, {@code history show} and the exports agree. Names that are
 * already words pass through unchanged; the stored keys themselves are never rewritten.
 */
public final class SessionLabels {
  /** A key: one token without spaces, in kebab, snake or camel case ("f3-running", "tableCid"). */
  private static final Pattern KEY =
      Pattern.compile("[a-z][a-z0-9]*(?:[-_][a-zA-Z0-9]+|[A-Z][a-z0-9]*)+");

  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[-_]");
  private static final Map<String, String> ACRONYMS =
      Map.of(
          "cid", "CID", "cids", "CIDs", "f3", "F3", "api", "API", "rpc", "RPC", "ec", "EC", "car",
          "CAR", "id", "ID");
  private static final String PART = ": ";
  private static final String SEPARATOR = " · ";

  private SessionLabels() {}

  /** The words for a finding's name or a CID's role as recorded. */
  public static String of(String recorded) {
    String[] parts = recorded.split(PART, -1);
    List<String> words = new ArrayList<>(parts.length);
    boolean changed = false;
    for (String recordedPart : parts) {
      String part = recordedPart.strip();
      if (KEY.matcher(part).matches()) {
        words.add(words(part));
        changed = true;
      } else {
        words.add(part);
      }
    }
    if (!changed) {
      return recorded;
    }
    String first = words.get(0);
    if (!first.isEmpty()) {
      words.set(0, Character.toUpperCase(first.charAt(0)) + first.substring(1));
    }
    return String.join(SEPARATOR, words);
  }

  /** Whether {@code text} still holds a recorded key rather than words. */
  public static boolean looksLikeKey(String text) {
    for (String part : text.split(PART, -1)) {
      if (KEY.matcher(part.strip()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String words(String key) {
    List<String> words = new ArrayList<>();
    for (String word : CAMEL.split(key)) {
      String lower = word.toLowerCase(Locale.ROOT);
      words.add(ACRONYMS.getOrDefault(lower, lower));
    }
    return String.join(" ", words);
  }
}
