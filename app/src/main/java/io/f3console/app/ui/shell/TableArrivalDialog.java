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
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Asks what to do with a power table opened while certificates are open: replace everything, check
 * the open certificates against it, or open it beside the open table for comparison; or cancel.
 * Does not block: the answer arrives when a button is pressed (keyboard: Tab and Space or Enter;
 * Escape cancels).
 */
final class TableArrivalDialog implements TableArrivalChooser {
  private static final ButtonType REPLACE =
      new ButtonType("_Replace everything", ButtonBar.ButtonData.OTHER);
  private static final ButtonType CHECK =
      new ButtonType("C_heck certificates", ButtonBar.ButtonData.OK_DONE);
  private static final ButtonType BESIDE =
      new ButtonType("C_ompare beside", ButtonBar.ButtonData.OTHER);

  private final Supplier<Window> owner;

  TableArrivalDialog(Supplier<Window> owner) {
    this.owner = owner;
  }

  @Override
  public void choose(String table, LoadedChain open, Consumer<TableArrival> then) {
    Alert dialog =
        new Alert(Alert.AlertType.CONFIRMATION, "", REPLACE, CHECK, BESIDE, ButtonType.CANCEL);
    Window window = owner.get();
    if (window != null) {
      dialog.initOwner(window);
    }
    dialog.setTitle("F3 Console");
    dialog.setHeaderText(
        "Open " + table + " while " + open.certificates().size() + " certificates are open?");
    Label text =
        new Label(
            TableArrival.REPLACE.label()
                + ": show the table on its own; the"
                + " certificates from "
                + open.source()
                + " are closed.\n\n"
                + TableArrival.CHECK.label()
                + ": validate them from it (a table of another instance or network makes them fail)."
                + "\n\n"
                + TableArrival.BESIDE.label()
                + ": keep what is open and compare the two tables"
                + " in the Power table view.");
    text.setWrapText(true);
    text.setPrefWidth(600);
    text.setMinHeight(Region.USE_PREF_SIZE);
    dialog.getDialogPane().setPrefWidth(660);
    text.setId("table-arrival-text");
    dialog.getDialogPane().setContent(text);
    dialog.getDialogPane().setId("table-arrival");
    dialog.getDialogPane().lookupButton(REPLACE).setId("table-arrival-replace");
    dialog.getDialogPane().lookupButton(CHECK).setId("table-arrival-check");
    dialog.getDialogPane().lookupButton(BESIDE).setId("table-arrival-beside");
    dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("table-arrival-cancel");
    for (ButtonType type : dialog.getButtonTypes()) {
      Region button = (Region) dialog.getDialogPane().lookupButton(type);
      button.setMinWidth(Region.USE_PREF_SIZE);
      ButtonBar.setButtonUniformSize(button, false);
    }
    dialog
        .resultProperty()
        .addListener(
            (obs, old, button) -> {
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
