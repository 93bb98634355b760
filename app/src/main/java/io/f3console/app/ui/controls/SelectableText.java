package io.f3console.app.ui.controls;

import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/**
 * Evidence text people select and copy a part of: reads like a wrapped label (no border, no
 * background, as tall as its lines) but its text can be selected with the mouse or the keyboard
 * and copied with Ctrl+C or the context menu. Read-only.
 */
public final class SelectableText extends TextArea {
  /** Room the text area's skin takes around the text, in pixels. */
  private static final double PADDING_X = 16;
  private static final double PADDING_Y = 10;

  public SelectableText(String text) {
    super(text == null ? "" : text);
    getStyleClass().add("f3-selectable");
    setEditable(false);
    setWrapText(true);
    setFocusTraversable(false);
    widthProperty().addListener((obs, old, width) -> fitHeight());
    textProperty().addListener((obs, old, value) -> fitHeight());
    fontProperty().addListener((obs, old, value) -> fitHeight());
    setPrefRowCount(1);
    fitHeight();
  }

  /** As tall as the wrapped text at the current width. */
  private void fitHeight() {
    Text measure = new Text(getText());
    measure.setFont(getFont());
    double width = getWidth() > PADDING_X ? getWidth() - PADDING_X : 0;
    if (width > 0) {
      measure.setWrappingWidth(width);
    }
    double height = Math.ceil(measure.getLayoutBounds().getHeight()) + PADDING_Y;
    setMinHeight(height);
    setPrefHeight(height);
    setMaxHeight(height);
  }
}
