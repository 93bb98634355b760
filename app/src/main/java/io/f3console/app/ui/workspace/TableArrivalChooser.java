package io.f3console.app.ui.workspace;

import java.util.function.Consumer;

/**
 * Asks what to do with a power table opened while certificates are open. Called on the FX thread;
 * answers later (a dialog does not block), and not at all when the person cancels.
 */
@FunctionalInterface
public interface TableArrivalChooser {
  /** Always checks the open certificates against the new table, without asking. */
  TableArrivalChooser CHECK = (table, open, then) -> then.accept(TableArrival.CHECK);

  /**
   * @param table the new table's file name
   * @param open the certificates open now
   * @param then called with the choice, on the FX thread
   */
  void choose(String table, LoadedChain open, Consumer<TableArrival> then);
}
