package io.f3console.app.ui.controls;

import io.f3console.app.ui.KeyboardShortcuts;
import io.f3console.app.ui.Styles;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * A value people copy: a CID, a key, an actor ID. Long values are shortened in the middle with the
 * whole value in the tooltip; a click (or, with the focus, Ctrl+C, Enter or Space) copies the whole
 * value and reports it through the notice callback. It takes the focus with Tab and shows a focus
 * ring.
 */
public final class CopyableText extends Label {
  private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "");
  private final int head;
  private final int tail;
  private String what = "value";
  private Consumer<String> notice = text -> {};

  /** A copyable value shortened to {@code head…tail} characters when longer. */
  public CopyableText(int head, int tail) {
    this.head = head;
    this.tail = tail;
    getStyleClass().addAll(Styles.COPYABLE, Styles.MONOSPACE);
    setCursor(Cursor.HAND);
    setFocusTraversable(true);
    setOnMouseClicked(e -> copy());
    setOnKeyPressed(
        e -> {
          if (KeyboardShortcuts.COPY.match(e)
              || e.getCode() == KeyCode.ENTER
              || e.getCode() == KeyCode.SPACE) {
            copy();
            e.consume();
          }
        });
  }

  /** A copyable CID-length value (16 characters, an ellipsis, 7 characters). */
  public CopyableText() {
    this(16, 7);
  }

  /** Shows {@code text}; {@code what} names it in the copy confirmation ("CID", "key"). */
  public void setValue(String text, String what) {
    String full = text == null ? "" : text;
    this.what = what;
    value.set(full);
    setText(Formats.shortenMiddle(full, head, tail));
    setTooltip(full.isEmpty() ? null : new Tooltip(full + "\n(click to copy)"));
  }

  public ReadOnlyStringProperty valueProperty() {
    return value.getReadOnlyProperty();
  }

  public String value() {
    return value.get();
  }

  /** Where copy confirmations go (the status bar). */
  public void setNotice(Consumer<String> notice) {
    this.notice = notice;
  }

  /** Copies the whole value to the system clipboard. */
  public void copy() {
    Clipboards.copy(what, value.get(), notice);
  }
}
