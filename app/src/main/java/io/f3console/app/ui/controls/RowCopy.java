package io.f3console.app.ui.controls;

import io.f3console.app.ui.KeyboardShortcuts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import javafx.util.Callback;

/**
 * Copying from a row of a table or list (actors, keys, CIDs, instances, whole rows): menu items for
 * the row's context menu ("Copy actor", "Copy key", "Copy row"), and Ctrl+C (Cmd+C), which copies
 * the selected row's text when a row text is defined, else its first value. Each copy puts the full
 * value on the clipboard and says what was copied through the notice callback (the status bar), as
 * {@link Clipboards#copy} words it. FX thread only.
 *
 * @param <S> the row type
 */
public final class RowCopy<S> {
  private final Consumer<String> notice;
  private final List<Value<S>> values = new ArrayList<>();
  private Value<S> row;

  /** One thing a row offers to copy: the menu text, its name in the notice, the value. */
  private record Value<S>(String label, String what, Function<S, String> text) {}

  /**
   * @param notice where copy confirmations go
   */
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

  /**
   * A fresh context menu copying from the row {@code item} gives when chosen; an item whose value
   * the row lacks is disabled.
   */
  public ContextMenu contextMenu(Supplier<S> item) {
    return contextMenu(item, List.of());
  }

  private ContextMenu contextMenu(Supplier<S> item, List<MenuItem> more) {
    ContextMenu menu = new ContextMenu();
    for (Value<S> value : all()) {
      MenuItem menuItem = new MenuItem(value.label());
      menuItem.setOnAction(e -> copy(value, item.get()));
      menu.getItems().add(menuItem);
      menu.addEventHandler(
          javafx.stage.WindowEvent.WINDOW_SHOWING,
          e -> menuItem.setDisable(text(value, item.get()).isEmpty()));
    }
    if (!more.isEmpty()) {
      menu.getItems().add(new SeparatorMenuItem());
      menu.getItems().addAll(more);
    }
    return menu;
  }

  /**
   * Ctrl+C on {@code node} copies the row {@code selected} gives, if any: its row text when one is
   * defined, else its first value.
   */
  public void copyOnShortcut(Node node, Supplier<S> selected) {
    node.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          Value<S> shortcut = row != null ? row : values.isEmpty() ? null : values.get(0);
          if (KeyboardShortcuts.COPY.match(e) && shortcut != null && selected.get() != null) {
            copy(shortcut, selected.get());
            e.consume();
          }
        });
  }

  /**
   * A context menu with the copy items on every non-empty row of {@code table}, and Ctrl+C. Keeps
   * the table's own row factory (set it first).
   */
  public void install(TableView<S> table) {
    install(table, row -> List.of());
  }

  /**
   * As {@link #install(TableView)}, with {@code more} items a row offers after the copy items
   * (behind a separator).
   */
  public void install(TableView<S> table, Function<TableRow<S>, List<MenuItem>> more) {
    Callback<TableView<S>, TableRow<S>> previous = table.getRowFactory();
    table.setRowFactory(
        view -> {
          TableRow<S> row = previous == null ? new TableRow<>() : previous.call(view);
          bindMenu(row, more.apply(row));
          return row;
        });
    copyOnShortcut(table, () -> table.getSelectionModel().getSelectedItem());
  }

  /**
   * A context menu with the copy items on every non-empty cell of {@code list} (on the list itself,
   * for the selected item, when it has no cell factory), and Ctrl+C. Keeps the list's own cell
   * factory (set it first).
   */
  public void install(ListView<S> list) {
    Callback<ListView<S>, ListCell<S>> previous = list.getCellFactory();
    if (previous == null) {
      list.setContextMenu(contextMenu(() -> list.getSelectionModel().getSelectedItem()));
    } else {
      list.setCellFactory(
          view -> {
            ListCell<S> cell = previous.call(view);
            bindMenu(cell, List.of());
            return cell;
          });
    }
    copyOnShortcut(list, () -> list.getSelectionModel().getSelectedItem());
  }

  private void bindMenu(IndexedCell<S> cell, List<MenuItem> more) {
    ContextMenu menu = contextMenu(cell::getItem, more);
    cell.contextMenuProperty()
        .bind(Bindings.when(cell.emptyProperty()).then((ContextMenu) null).otherwise(menu));
  }

  private List<Value<S>> all() {
    List<Value<S>> all = new ArrayList<>(values);
    if (row != null) {
      all.add(row);
    }
    return all;
  }

  private void copy(Value<S> value, S item) {
    Clipboards.copy(value.what(), text(value, item), notice);
  }

  private static <S> String text(Value<S> value, S item) {
    String text = item == null ? null : value.text().apply(item);
    return text == null ? "" : text;
  }
}
