package io.f3console.app.ui.controls;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CIDs a piece of prose names (evidence, a remedy, a verdict), so each can be offered to copy
 * with one click: base32 CIDv1 strings ({@code bafy…}, {@code bafk…}) that parse as CIDs, in the
 * order they first appear, each once.
 */
public final class CidMentions {
  private static final Pattern CANDIDATE = Pattern.compile("\\bb[a-z2-7]{40,}\\b");

  private CidMentions() {}

  /** The CIDs named in {@code texts}, in order of first mention, without repeats. */
  public static List<String> in(Iterable<String> texts) {
    Set<String> found = new LinkedHashSet<>();
    for (String text : texts) {
      Matcher matcher = CANDIDATE.matcher(text == null ? "" : text);
      while (matcher.find()) {
        String candidate = matcher.group();
        if (isCid(candidate)) {
          found.add(candidate);
        }
      }
    }
    return List.copyOf(found);
  }

  /** The CIDs named in {@code text}. */
  public static List<String> in(String text) {
    return in(List.of(text == null ? "" : text));
  }

  private static boolean isCid(String text) {
    try {
      Cid.fromString(text);
      return true;
    } catch (F3Exception | IllegalArgumentException e) {
      return false;
    }
  }
}
