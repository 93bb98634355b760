package io.f3console.app.ui.controls;

import io.f3console.app.ui.Styles;

/** The colour token of a verdict; always shown with an icon and a word as well. */
public enum Tone {
  SUCCESS(Styles.SUCCESS, "✔"),
  DANGER(Styles.DANGER, "✘"),
  WARNING(Styles.WARNING, "⚠"),
  MUTED(Styles.MUTED, "•");

  private final String styleClass;
  private final String icon;

  Tone(String styleClass, String icon) {
    this.styleClass = styleClass;
    this.icon = icon;
  }

  /** The symbol that goes with this tone when no more specific one is given. */
  public String icon() {
    return icon;
  }

  /** Gives {@code node} this tone's style class, removing any other tone's. */
  public void applyTo(javafx.scene.Node node) {
    node.getStyleClass().removeAll(styleClasses());
    node.getStyleClass().add(styleClass);
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
