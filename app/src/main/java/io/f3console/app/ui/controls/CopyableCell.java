package io.f3console.app.ui.controls;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.TableCell;

/**
 * A table cell showing a row's value (an actor, a key) as {@link CopyableText}: shortened to fit,
 * copied whole with a click. For a column whose values are the rows themselves.
 *
 * @param <S> the row type
 */
public final class CopyableCell<S> extends TableCell<S, S> {
  private final CopyableText text;
  private final Function<S, String> value;
  private final String what;

  /**
   * @param value the row's value to show and copy
   * @param what the value's name in the copy confirmation, e.g. "actor"
   * @param head how many characters show before the ellipsis when the value is long
   * @param notice where copy confirmations go
   */
  public CopyableCell(Function<S, String> value, String what, int head, Consumer<String> notice) {
    this.value = value;
    this.what = what;
    this.text = new CopyableText(head, 0);
    text.setNotice(notice);
  }

  @Override
  protected void updateItem(S row, boolean empty) {
    super.updateItem(row, empty);
    if (empty || row == null) {
      setGraphic(null);
    } else {
      text.setValue(value.apply(row), what);
      setGraphic(text);
    }
  }
}
