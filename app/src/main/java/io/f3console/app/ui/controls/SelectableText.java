package io.f3console.app.ui.controls;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/**
 * Text people may select and copy part of: evidence, findings, explanations. A read-only, wrapping
 * text area that looks like a label (no box, no scroll bars; style class {@code f3-selectable}) and
 * is as tall as its text at the width it is given. A drag or a double-click selects, Ctrl+C copies;
 * a click gives it the focus, Tab passes it by, so a list of evidence stays one stop on the
 * keyboard.
 */
public final class SelectableText extends TextArea {
  /** The style class that makes a read-only text area look like a label. */
  public static final String STYLE_CLASS = "f3-selectable";

  /** What the text area's skin draws beyond the text's own height. */
  private static final double SLACK = 4;

  private final Text measure = new Text();

  public SelectableText() {
    this("");
  }

  public SelectableText(String text) {
    super(text);
    setEditable(false);
    setWrapText(true);
    setFocusTraversable(false);
    setPrefRowCount(1);
    getStyleClass().add(STYLE_CLASS);
    setMinHeight(USE_PREF_SIZE);
    setMaxHeight(USE_PREF_SIZE);
    textProperty().addListener((obs, old, value) -> requestLayout());
    fontProperty().addListener((obs, old, value) -> requestLayout());
  }

  /** Its height depends on its width, as a wrapping label's does. */
  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  @Override
  protected double computePrefWidth(double height) {
    Insets insets = getInsets();
    measure.setFont(getFont());
    measure.setWrappingWidth(0);
    measure.setText(getText() == null || getText().isEmpty() ? " " : getText());
    return Math.ceil(measure.getLayoutBounds().getWidth())
        + insets.getLeft()
        + insets.getRight()
        + SLACK;
  }

  @Override
  protected double computePrefHeight(double width) {
    Insets insets = getInsets();
    double available = width > 0 ? width : getWidth() > 0 ? getWidth() : prefWidth(-1);
    measure.setFont(getFont());
    measure.setText(getText() == null || getText().isEmpty() ? " " : getText());
    measure.setWrappingWidth(Math.max(1, available - insets.getLeft() - insets.getRight() - SLACK));
    return Math.ceil(measure.getLayoutBounds().getHeight())
        + insets.getTop()
        + insets.getBottom()
        + SLACK;
  }
}
