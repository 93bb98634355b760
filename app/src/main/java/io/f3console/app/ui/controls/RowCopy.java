package io.f3console.app.ui.controls;

import io.f3console.app.ui.KeyboardShortcuts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;

/**
 * Copying from a row of a table or list: menu items for the row's context menu ("Copy actor",
 * "Copy key", "Copy row"), and Ctrl+C on the table, which copies the whole selected row. Each
 * copy puts the full value on the clipboard and says what was copied through the notice
 * callback (the status bar). FX thread only.
 *
 * @param <S> the row type
 */
public final class RowCopy<S> {
  private final Consumer<String> notice;
  private final List<Value<S>> values = new ArrayList<>();
  private Value<S> row;

  /** One thing a row offers to copy: the menu text, its name in the notice, the value. */
  private record Value<S>(String label, String what, Function<S, String> text) {}

  /** @param notice where copy confirmations go */
  public RowCopy(Consumer<String> notice) {
    this.notice = Objects.requireNonNull(notice, "notice");
  }

  /** Offers {@code text} of a row as "{@code label}"; null or empty text copies nothing. */
  public RowCopy<S> value(String label, String what, Function<S, String> text) {
    values.add(new Value<>(label, what, text));
    return this;
  }

  /** The whole row as text: offered last as "Copy row", and what Ctrl+C copies. */
  public RowCopy<S> row(Function<S, String> text) {
    row = new Value<>("Copy row", "row", text);
    return this;
  }

  /** Fresh menu items copying from the row {@code item} gives when chosen. */
  public List<MenuItem> menuItems(Supplier<S> item) {
    List<MenuItem> items = new ArrayList<>();
    for (Value<S> value : all()) {
      MenuItem menuItem = new MenuItem(value.label());
      menuItem.setOnAction(e -> copy(value, item.get()));
      items.add(menuItem);
    }
    return items;
  }

  /** Ctrl+C on {@code node} copies the row {@code selected} gives, if any, as a whole. */
  public void copyOnShortcut(Node node, Supplier<S> selected) {
    node.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (KeyboardShortcuts.COPY.match(e) && row != null && selected.get() != null) {
        copy(row, selected.get());
        e.consume();
      }
    });
  }

  private List<Value<S>> all() {
    List<Value<S>> all = new ArrayList<>(values);
    if (row != null) {
      all.add(row);
    }
    return all;
  }

  private void copy(Value<S> value, S item) {
    String text = item == null ? null : value.text().apply(item);
    if (text == null || text.isEmpty()) {
      return;
    }
    Clipboards.put(text);
    notice.accept("Copied " + value.what() + " " + Formats.shortenMiddle(
        text.replace('\t', ' '), 16, 7));
  }
}
