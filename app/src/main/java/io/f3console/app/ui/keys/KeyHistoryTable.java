package io.f3console.app.ui.keys;

import io.f3console.app.ui.controls.CopyableText;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** Sets up the columns of the key-history table. */
final class KeyHistoryTable {
  private KeyHistoryTable() {}

  static void configure(
      TableView<KeyHistoryRows.Row> table,
      TableColumn<KeyHistoryRows.Row, String> certificate,
      TableColumn<KeyHistoryRows.Row, String> effective,
      TableColumn<KeyHistoryRows.Row, String> change,
      TableColumn<KeyHistoryRows.Row, String> key,
      TableColumn<KeyHistoryRows.Row, String> power,
      Consumer<String> notice) {
    table.setPlaceholder(new Label("No events."));
    text(certificate, KeyHistoryRows.Row::certificate);
    text(effective, KeyHistoryRows.Row::effectiveFrom);
    text(change, KeyHistoryRows.Row::change);
    text(key, KeyHistoryRows.Row::key);
    key.setCellFactory(column -> new KeyCell(notice));
    text(power, KeyHistoryRows.Row::power);
    power.setCellFactory(column -> new PowerCell());
    certificate.setSortable(false);
    effective.setSortable(false);
    change.setSortable(false);
    key.setSortable(false);
    power.setSortable(false);
  }

  private static void text(
      TableColumn<KeyHistoryRows.Row, String> column, Function<KeyHistoryRows.Row, String> value) {
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
  }

  /** The key, shortened and copyable. */
  private static final class KeyCell extends TableCell<KeyHistoryRows.Row, String> {
    private final CopyableText text = new CopyableText(12, 8);

    KeyCell(Consumer<String> notice) {
      text.setNotice(notice);
    }

    @Override
    protected void updateItem(String hex, boolean empty) {
      super.updateItem(hex, empty);
      setText(null);
      if (empty || hex == null) {
        setGraphic(null);
        return;
      }
      if (hex.isEmpty()) {
        setText("—");
        setGraphic(null);
        return;
      }
      text.setValue(hex, "key");
      setGraphic(text);
    }
  }

  /** The power, with the exact bytes on hover. */
  private static final class PowerCell extends TableCell<KeyHistoryRows.Row, String> {
    @Override
    protected void updateItem(String power, boolean empty) {
      super.updateItem(power, empty);
      KeyHistoryRows.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
      setText(empty ? null : power);
      setTooltip(row == null ? null : new Tooltip(row.powerExact()));
    }
  }
}
