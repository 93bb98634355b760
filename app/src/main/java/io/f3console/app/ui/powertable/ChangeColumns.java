package io.f3console.app.ui.powertable;

import io.f3console.app.ui.Styles;
import io.f3console.app.ui.controls.Formats;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.powertable.PowerTableDiff;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** The columns of the change table of compare mode; absent values sort first. */
final class ChangeColumns {
  private static final Comparator<PubKey> BY_HEX =
      Comparator.nullsFirst(Comparator.comparing(PubKey::toHex));

  private ChangeColumns() {}

  static void actor(TableColumn<ChangeRow, ActorId> column) {
    Cells.bind(column, ChangeRow::actor, ActorId::address);
  }

  /** The kind as a badge: icon, word and colour token. */
  static void kind(TableColumn<ChangeRow, PowerTableDiff.Kind> column) {
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().kind()));
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(PowerTableDiff.Kind kind, boolean empty) {
                super.updateItem(kind, empty);
                setText(null);
                if (empty || kind == null) {
                  setGraphic(null);
                  return;
                }
                Label badge = new Label(ChangeRow.label(kind));
                badge.getStyleClass().addAll(Styles.BADGE, ChangeRow.style(kind));
                setGraphic(badge);
              }
            });
  }

  static void powerBefore(TableColumn<ChangeRow, StoragePower> column) {
    power(column, ChangeRow::powerBefore);
  }

  static void powerAfter(TableColumn<ChangeRow, StoragePower> column) {
    power(column, ChangeRow::powerAfter);
  }

  static void delta(TableColumn<ChangeRow, StoragePower> column) {
    Cells.bind(
        column,
        ChangeRow::delta,
        ChangeRow::deltaText,
        row -> Formats.exactBytes(row.delta()),
        null,
        List.of(PowerTableStyles.NUMBER));
  }

  static void keyBefore(TableColumn<ChangeRow, PubKey> column) {
    key(column, ChangeRow::keyBefore);
  }

  static void keyAfter(TableColumn<ChangeRow, PubKey> column) {
    key(column, ChangeRow::keyAfter);
  }

  private static void power(
      TableColumn<ChangeRow, StoragePower> column,
      Function<ChangeRow, Optional<StoragePower>> value) {
    Cells.bind(
        column,
        row -> value.apply(row).orElse(null),
        ChangeRow::powerText,
        row -> value.apply(row).map(Formats::exactBytes).orElse(null),
        null,
        List.of(PowerTableStyles.NUMBER));
  }

  private static void key(
      TableColumn<ChangeRow, PubKey> column, Function<ChangeRow, Optional<PubKey>> value) {
    Cells.bind(
        column,
        row -> value.apply(row).orElse(null),
        ChangeRow::shortKey,
        row -> value.apply(row).map(PubKey::toHex).orElse(null),
        null,
        List.of(Styles.MONOSPACE));
    column.setComparator(BY_HEX);
  }
}
