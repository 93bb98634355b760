package io.f3console.app.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Every table's rows from the keyboard: a table that takes the focus with no row focused focuses
 * its selected row, else its first, so the focus is visible and the arrows have a row to start
 * from; Space selects the row with the focus.
 */
public final class TableKeys {
  private TableKeys() {}

  /** Installs both on every table of {@code scene}. */
  public static void install(Scene scene) {
    scene
        .focusOwnerProperty()
        .addListener(
            (obs, old, owner) -> {
              if (owner instanceof TableView<?> table) {
                focusRow(table);
              }
            });
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() == KeyCode.SPACE
              && !event.isShortcutDown()
              && !event.isAltDown()
              && event.getTarget() instanceof Node node
              && node instanceof TableView<?> table
              && selectFocusedRow(table)) {
            event.consume();
          }
        });
  }

  /** Focuses the selected row, else the first, when no row has the focus. */
  public static void focusRow(TableView<?> table) {
    int selected = table.getSelectionModel().getSelectedIndex();
    if (selected >= 0) {
      table.getFocusModel().focus(selected);
    } else if (table.getFocusModel().getFocusedIndex() < 0 && !table.getItems().isEmpty()) {
      table.getFocusModel().focus(0);
    }
  }

  /** Selects the row with the focus; false when there is none or it is already selected. */
  public static boolean selectFocusedRow(TableView<?> table) {
    int focused = table.getFocusModel().getFocusedIndex();
    if (focused < 0 || table.getSelectionModel().getSelectedIndex() == focused) {
      return false;
    }
    table.getSelectionModel().clearAndSelect(focused);
    return true;
  }
}
