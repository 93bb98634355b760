/**
 * The History page: the sessions the filters select, the selected one in full (what {@code history
 * show} says), notes, export, and opening a session's tables or sources again in the workspace
 * ({@link io.f3console.app.ui.history.HistoryViewModel}, {@link
 * io.f3console.app.ui.history.SessionActions}). It reads and writes through {@code ui.historydb}
 * and builds on {@code ui}, {@code ui.context}, {@code ui.controls}, {@code ui.workspace} and core
 * {@code history}; nothing depends on it but its FXML.
 */
package io.f3console.app.ui.history;
