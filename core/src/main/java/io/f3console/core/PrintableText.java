package io.f3console.core;

/**
 * The one rule that keeps control characters out of everything the product prints or stores: text
 * read from files, from nodes or from the history may carry terminal escape sequences (ESC, CSI),
 * carriage returns or other C0/C1 control characters, which would recolour, move or rewrite the
 * terminal they are printed on. Each such character becomes a space. A {@linkplain #line line}
 * keeps none of them; {@linkplain #lines lines} (multi-line output: what a command printed, a note)
 * keep newlines and tabs, a CR LF pair becoming one newline.
 */
public final class PrintableText {
  private PrintableText() {}

  /** {@code text} (empty when null) as one line: every control character a space. */
  public static String line(String text) {
    return neutralised(text, false);
  }

  /**
   * {@code text} (empty when null) with its newlines and tabs kept, CR LF as a newline, and every
   * other control character a space.
   */
  public static String lines(String text) {
    return neutralised(text, true);
  }

  /** Whether {@code text} has a character {@link #line} would change. */
  public static boolean hasControl(String text) {
    return text != null && text.chars().anyMatch(Character::isISOControl);
  }

  private static String neutralised(String text, boolean multiLine) {
    if (text == null) {
      return "";
    }
    if (!hasControl(text)) {
      return text;
    }
    StringBuilder safe = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (multiLine && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      boolean kept = multiLine && (c == '\n' || c == '\t');
      safe.append(Character.isISOControl(c) && !kept ? ' ' : c);
    }
    return safe.toString();
  }
}
