package io.f3console.app.ui.controls;

import io.f3console.app.ui.KeyboardShortcuts;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import javafx.util.Callback;

/**
 * Copying what a table's rows hold (actors, keys, CIDs, instances): a context menu on every row
 * with one item per value, and Ctrl+C (Cmd+C) copying the selected row's first value. Keeps the
 * table's own row factory and key handlers.
 */
public final class TableCopy {
  /**
   * One value of a row to copy.
   *
   * @param menuText the context menu's item, e.g. "Copy actor"
   * @param what the value's name in the confirmation, e.g. "actor"
   * @param value the whole value of a row; empty when the row has none
   */
  public record Item<T>(String menuText, String what, Function<T, String> value) {}

  private TableCopy() {}

  /** Installs the menu and Ctrl+C on {@code table}; confirmations go to {@code notice}. */
  @SafeVarargs
  public static <T> void install(TableView<T> table, Consumer<String> notice,
      Item<T>... items) {
    List<Item<T>> all = List.of(items);
    Callback<TableView<T>, TableRow<T>> previous = table.getRowFactory();
    table.setRowFactory(view -> {
      TableRow<T> row = previous == null ? new TableRow<>() : previous.call(view);
      ContextMenu menu = new ContextMenu();
      for (Item<T> item : all) {
        MenuItem entry = new MenuItem(item.menuText());
        entry.setOnAction(e -> copy(row.getItem(), item, notice));
        menu.getItems().add(entry);
      }
      row.contextMenuProperty().bind(Bindings.when(row.emptyProperty())
          .then((ContextMenu) null).otherwise(menu));
      return row;
    });
    table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
      T selected = table.getSelectionModel().getSelectedItem();
      if (KeyboardShortcuts.COPY.match(event) && selected != null && !all.isEmpty()) {
        copy(selected, all.get(0), notice);
        event.consume();
      }
    });
  }

  private static <T> void copy(T row, Item<T> item, Consumer<String> notice) {
    if (row == null) {
      return;
    }
    String value = item.value().apply(row);
    if (value == null || value.isEmpty()) {
      return;
    }
    Clipboards.put(value);
    notice.accept("Copied " + item.what() + " " + Formats.shortenMiddle(value, 16, 7));
  }
}
