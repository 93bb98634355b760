package io.f3console.app.ui.controls;

import io.f3console.app.ui.Styles;
import javafx.scene.control.Label;

/**
 * What an empty table or list says instead of JavaFX's "No content in table": what will appear
 * there and how to get it, wrapped, in the muted tone.
 */
public final class EmptyState {
  private EmptyState() {}

  /** A placeholder saying {@code text}. */
  public static Label of(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.getStyleClass().addAll(Styles.MUTED, "f3-empty-state");
    label.setMaxWidth(560);
    return label;
  }
}
