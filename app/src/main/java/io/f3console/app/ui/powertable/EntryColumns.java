package io.f3console.app.ui.powertable;

import io.f3console.app.ui.Styles;
import io.f3console.app.ui.controls.Formats;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.TableColumn;

/** The columns of the entry table: typed values, formatted for people, sorted by value. */
final class EntryColumns {
  private EntryColumns() {}

  static void rank(TableColumn<EntryRow, Integer> column) {
    Cells.bind(column, EntryRow::rank, rank -> Formats.integer(rank), PowerTableStyles.NUMBER);
  }

  static void actor(TableColumn<EntryRow, ActorId> column) {
    Cells.bind(
        column,
        EntryRow::actor,
        ActorId::address,
        row -> "table index " + row.index(),
        null,
        List.of());
  }

  static void power(TableColumn<EntryRow, StoragePower> column) {
    Cells.bind(
        column,
        EntryRow::power,
        Formats::power,
        row -> Formats.exactBytes(row.power()),
        null,
        List.of(PowerTableStyles.NUMBER));
  }

  static void share(TableColumn<EntryRow, Double> column) {
    Cells.bind(column, EntryRow::share, Formats::percent, PowerTableStyles.NUMBER);
  }

  static void scaled(TableColumn<EntryRow, Long> column) {
    Cells.bind(column, EntryRow::scaledPower, Formats::integer, PowerTableStyles.NUMBER);
  }

  static void cumulative(TableColumn<EntryRow, Double> column) {
    Cells.bind(column, EntryRow::cumulativeShare, Formats::percent, PowerTableStyles.NUMBER);
  }

  static void key(TableColumn<EntryRow, PubKey> column) {
    Cells.bind(
        column,
        EntryRow::key,
        EntryRow::shortKey,
        row -> row.key().toHex() + "\n(right-click to copy)",
        null,
        List.of(Styles.MONOSPACE));
    column.setComparator(Comparator.comparing(PubKey::toHex));
  }

  static void keyStatus(TableColumn<EntryRow, EntryRow> column) {
    Cells.bind(
        column,
        row -> row,
        EntryRow::keyStatusText,
        EntryRow::keyStatusDetail,
        row ->
            !row.keyValid()
                ? PowerTableStyles.KEY_INVALID
                : row.keyShared() ? PowerTableStyles.KEY_SHARED : PowerTableStyles.KEY_VALID,
        List.of());
    column.setComparator(EntryRow.KEY_STATUS_ORDER);
  }
}
