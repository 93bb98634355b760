package io.f3console.app.ui.shell;

import io.f3console.app.ui.KeyboardShortcuts;
import io.f3console.app.ui.KeyboardShortcuts.Shortcut;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * <em>Help ▸ Keyboard shortcuts</em>: every shortcut of {@link KeyboardShortcuts#all()} with what
 * it does and where, in a window that can stay open beside the console.
 */
final class ShortcutsDialog {
  private ShortcutsDialog() {}

  /** Shows the shortcuts, owned by {@code owner}. */
  static Dialog<ButtonType> show(Window owner) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.initModality(Modality.NONE);
    dialog.setTitle("Keyboard shortcuts");
    dialog.setHeaderText("Keyboard shortcuts of F3 Console");
    dialog.setResizable(true);
    dialog.getDialogPane().setId("shortcuts-dialog");
    dialog.getDialogPane().setContent(table());
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    dialog.show();
    return dialog;
  }

  private static TableView<Shortcut> table() {
    TableView<Shortcut> table =
        new TableView<>(FXCollections.observableArrayList(KeyboardShortcuts.all()));
    table.setId("shortcuts-table");
    table.getColumns().add(column("Keys", 170, Shortcut::keys));
    table.getColumns().add(column("Does", 470, Shortcut::action));
    table.getColumns().add(column("Where", 250, s -> s.scope().title()));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPrefSize(900, 560);
    return table;
  }

  private static TableColumn<Shortcut, String> column(
      String title, double width, java.util.function.Function<Shortcut, String> value) {
    TableColumn<Shortcut, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setSortable(false);
    column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    return column;
  }
}
