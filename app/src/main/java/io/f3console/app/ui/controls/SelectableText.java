package io.f3console.app.ui.controls;

import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/**
 * Text people may want part of: evidence, a remedy, a verdict naming a CID. It reads like a
 * wrapped label (no border, no scroll bars, as tall as its wrapped lines) but is a read-only
 * text area, so a drag or a double-click selects and Ctrl+C copies the selection. A click
 * gives it the focus; Tab passes it by, so a list of evidence stays one stop on the keyboard.
 */
public final class SelectableText extends TextArea {
  /** The style class that makes a read-only text area look like a label. */
  public static final String STYLE_CLASS = "f3-selectable";
  /** Room the text area keeps beside the text (caret, rounding), in pixels. */
  private static final double SLACK = 6;
  private final Text measure = new Text();

  /** Empty selectable text (for FXML). */
  public SelectableText() {
    this("");
  }

  public SelectableText(String text) {
    super(text);
    setEditable(false);
    setWrapText(true);
    setPrefRowCount(1);
    setFocusTraversable(false);
    getStyleClass().add(STYLE_CLASS);
    widthProperty().addListener(o -> fit());
    prefWidthProperty().addListener(o -> fit());
    textProperty().addListener(o -> fit());
    fontProperty().addListener(o -> fit());
    fit();
  }

  /** Makes the height that of the text wrapped at the width the area has (or will have). */
  private void fit() {
    double width = getWidth() > 0 ? getWidth() : getPrefWidth();
    measure.setFont(getFont());
    measure.setText(getText().isEmpty() ? " " : getText());
    measure.setWrappingWidth(width > 0 ? Math.max(1, width - SLACK) : 0);
    double height = Math.ceil(measure.getLayoutBounds().getHeight()) + SLACK;
    setMinHeight(height);
    setPrefHeight(height);
    setMaxHeight(height);
  }
}
