package io.f3console.app.ui.keys;

import io.f3console.app.ui.Styles;
import io.f3console.core.inspect.WorkerKeyReport;

/**
 * The state of one participant's key in a list: an icon, a word and a colour, never colour alone.
 */
public enum KeyMark {
  VALID("✔", "valid", Styles.SUCCESS),
  SHARED("⚠", "shared", Styles.WARNING),
  INVALID("✘", "invalid", Styles.DANGER);

  private final String icon;
  private final String word;
  private final String style;

  KeyMark(String icon, String word, String style) {
    this.icon = icon;
    this.word = word;
    this.style = style;
  }

  /** An invalid key is the worse problem, so it wins over sharing. */
  public static KeyMark of(WorkerKeyReport.Participant participant) {
    if (!participant.isValid()) {
      return INVALID;
    }
    return participant.isShared() ? SHARED : VALID;
  }

  public String icon() {
    return icon;
  }

  public String word() {
    return word;
  }

  /** The style class of the state's colour token. */
  public String style() {
    return style;
  }
}
