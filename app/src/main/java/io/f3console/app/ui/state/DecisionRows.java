package io.f3console.app.ui.state;

import io.f3console.app.ui.KeyboardShortcuts;
import io.f3console.app.ui.controls.Clipboards;
import io.f3console.core.state.Address;
import io.f3console.core.statepower.ClaimDecision;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Copying from the table of claims: each row's context menu copies its actor, worker or BLS key
 * (whole, though the column shortens it); Ctrl+C copies the selected row's actor.
 */
final class DecisionRows {
  private final Consumer<String> notice;

  /** @param notice where a copy is confirmed (the status bar) */
  DecisionRows(Consumer<String> notice) {
    this.notice = notice;
  }

  /** Gives {@code table} its rows' context menus and Ctrl+C. */
  void install(TableView<ClaimDecision> table) {
    table.setRowFactory(view -> row());
    table.setOnKeyPressed(e -> {
      ClaimDecision picked = table.getSelectionModel().getSelectedItem();
      if (KeyboardShortcuts.COPY.match(e) && picked != null) {
        copy("actor", picked.miner().toString());
        e.consume();
      }
    });
  }

  private TableRow<ClaimDecision> row() {
    TableRow<ClaimDecision> row = new TableRow<>();
    MenuItem actor = item("Copy actor", "actor", row, d -> Optional.of(d.miner()));
    actor.setId("state-copy-actor");
    MenuItem worker = item("Copy worker", "worker", row, ClaimDecision::worker);
    worker.setId("state-copy-worker");
    MenuItem key = item("Copy BLS key", "key", row, ClaimDecision::key);
    key.setId("state-copy-key");
    ContextMenu menu = new ContextMenu(actor, worker, key);
    menu.setOnShowing(e -> {
      ClaimDecision shown = row.getItem();
      worker.setDisable(shown == null || shown.worker().isEmpty());
      key.setDisable(shown == null || shown.key().isEmpty());
    });
    row.contextMenuProperty().bind(Bindings.when(row.emptyProperty())
        .then((ContextMenu) null).otherwise(menu));
    return row;
  }

  private MenuItem item(String text, String what, TableRow<ClaimDecision> row,
      Function<ClaimDecision, Optional<Address>> value) {
    MenuItem item = new MenuItem(text);
    item.setOnAction(e -> Optional.ofNullable(row.getItem()).flatMap(value)
        .ifPresent(address -> copy(what, address.toString())));
    return item;
  }

  private void copy(String what, String text) {
    Clipboards.put(text);
    notice.accept("Copied " + what + " " + text);
  }
}
