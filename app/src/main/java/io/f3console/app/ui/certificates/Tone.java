package io.f3console.app.ui.certificates;

import io.f3console.app.ui.Styles;

/** The colour token of a verdict; always shown with an icon and a word as well. */
public enum Tone {
  SUCCESS(Styles.SUCCESS),
  DANGER(Styles.DANGER),
  WARNING(Styles.WARNING),
  MUTED(Styles.MUTED);

  private final String styleClass;

  Tone(String styleClass) {
    this.styleClass = styleClass;
  }

  /** The shared style class of this tone. */
  public String styleClass() {
    return styleClass;
  }

  /** Every tone's style class, for removing the previous one. */
  public static String[] styleClasses() {
    return new String[] {Styles.SUCCESS, Styles.DANGER, Styles.WARNING, Styles.MUTED};
  }
}
