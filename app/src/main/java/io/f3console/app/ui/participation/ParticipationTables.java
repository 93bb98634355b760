package io.f3console.app.ui.participation;

import io.f3console.app.ui.controls.CopyableCell;
import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.controls.RowCopy;
import io.f3console.app.ui.participation.ParticipationRows.InstanceRow;
import io.f3console.app.ui.participation.ParticipationRows.MissingRow;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/** The columns and keys of the participation view's two tables. */
final class ParticipationTables {
  private ParticipationTables() {}

  /**
   * The instances of the window: Enter or a double-click opens one in the stepper; Ctrl+C or the
   * context menu copies its number.
   */
  static void instances(TableView<InstanceRow> table, IntConsumer open, Consumer<String> notice) {
    table.getColumns().add(text("Instance", 70, r -> Formats.unsigned(r.instance())));
    table.getColumns().add(text("Epoch", 84, r -> Formats.unsigned(r.headEpoch())));
    table
        .getColumns()
        .add(
            text(
                "Signed / total",
                120,
                r ->
                    Formats.integer(r.signedScaledPower())
                        + " / "
                        + Formats.integer(r.scaledTotal())));
    table.getColumns().add(text("Share", 64, InstanceRow::shareText));
    table.getColumns().add(text("Decision", 70, InstanceRow::decisionText));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setFixedCellSize(24);
    table.setPlaceholder(new javafx.scene.control.Label("No validated certificates."));
    table.setRowFactory(
        t -> {
          TableRow<InstanceRow> row = new TableRow<>();
          row.setOnMouseClicked(
              e -> {
                if (e.getClickCount() >= 2 && !row.isEmpty()) {
                  open.accept(row.getItem().index());
                }
              });
          return row;
        });
    new RowCopy<InstanceRow>(notice)
        .value("Copy instance", "instance", r -> Long.toUnsignedString(r.instance()))
        .install(table);
    table.setOnKeyPressed(
        e -> {
          InstanceRow selected = table.getSelectionModel().getSelectedItem();
          if (e.getCode() == KeyCode.ENTER && selected != null) {
            open.accept(selected.index());
            e.consume();
          }
        });
  }

  /**
   * The absentees: the actor is copyable, and Ctrl+C or the context menu copies the selected row's.
   */
  static void missing(TableView<MissingRow> table, Consumer<String> notice) {
    TableColumn<MissingRow, MissingRow> actor = new TableColumn<>("Actor");
    actor.setPrefWidth(90);
    actor.setSortable(false);
    actor.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    actor.setCellFactory(c -> new CopyableCell<>(r -> r.actor().address(), "actor", 24, notice));
    table.getColumns().add(actor);
    TableColumn<MissingRow, String> power =
        text("Power missed", 110, r -> Formats.integer(r.missedScaledPower()));
    power.getStyleClass().add("numeric");
    table.getColumns().add(power);
    table.getColumns().add(text("Share", 70, MissingRow::shareText));
    table
        .getColumns()
        .add(text("Instances missed", 125, r -> Formats.integer(r.instancesMissed())));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setFixedCellSize(24);
    table.setPlaceholder(new javafx.scene.control.Label("Nobody was absent."));
    new RowCopy<MissingRow>(notice)
        .value("Copy actor", "actor", r -> r.actor().address())
        .install(table);
  }

  private static <R> TableColumn<R, String> text(
      String title, double width, Function<R, String> value) {
    TableColumn<R, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setSortable(false);
    column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    return column;
  }
}
