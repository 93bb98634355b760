package io.f3console.app.ui.shell;

import io.f3console.app.ui.workspace.LoadedChain;
import io.f3console.app.ui.workspace.TableArrival;
import io.f3console.app.ui.workspace.TableArrivalChooser;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * Asks what to do with a power table opened while certificates are open: replace everything,
 * check the open certificates against it, or open it beside the open table for comparison; or
 * cancel. Does not block: the answer arrives when a button is pressed (keyboard: Tab and
 * Space or Enter; Escape cancels).
 */
final class TableArrivalDialog implements TableArrivalChooser {
  private static final ButtonType REPLACE = new ButtonType(TableArrival.REPLACE.label(),
      ButtonBar.ButtonData.OTHER);
  private static final ButtonType CHECK = new ButtonType(TableArrival.CHECK.label(),
      ButtonBar.ButtonData.OK_DONE);
  private static final ButtonType BESIDE = new ButtonType(TableArrival.BESIDE.label(),
      ButtonBar.ButtonData.OTHER);

  private final Supplier<Window> owner;

  TableArrivalDialog(Supplier<Window> owner) {
    this.owner = owner;
  }

  @Override
  public void choose(String table, LoadedChain open, Consumer<TableArrival> then) {
    Alert dialog = new Alert(Alert.AlertType.CONFIRMATION, "", REPLACE, CHECK, BESIDE,
        ButtonType.CANCEL);
    Window window = owner.get();
    if (window != null) {
      dialog.initOwner(window);
    }
    dialog.setTitle("F3 Console");
    dialog.setHeaderText("Open " + table + " while " + open.certificates().size()
        + " certificates are open?");
    Label text = new Label("Replace everything: show the table on its own; the certificates"
        + " from " + open.source() + " are closed.\nCheck the open certificates against this"
        + " table: validate them from it (a table of another instance or network makes them"
        + " fail).\nOpen beside for comparison: keep what is open and compare the two tables in"
        + " the Power table view.");
    text.setWrapText(true);
    text.setId("table-arrival-text");
    dialog.getDialogPane().setContent(text);
    dialog.getDialogPane().setId("table-arrival");
    dialog.getDialogPane().lookupButton(REPLACE).setId("table-arrival-replace");
    dialog.getDialogPane().lookupButton(CHECK).setId("table-arrival-check");
    dialog.getDialogPane().lookupButton(BESIDE).setId("table-arrival-beside");
    dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("table-arrival-cancel");
    dialog.resultProperty().addListener((obs, old, button) -> {
      if (button == REPLACE) {
        then.accept(TableArrival.REPLACE);
      } else if (button == CHECK) {
        then.accept(TableArrival.CHECK);
      } else if (button == BESIDE) {
        then.accept(TableArrival.BESIDE);
      }
    });
    dialog.show();
  }
}
