/**
 * The console's side of the session history: {@link io.f3console.app.ui.historydb.ConsoleHistory}
 * opens, writes and reads the window's core {@code history.HistoryStore} on a thread of its own,
 * never the FX thread, and says why the history cannot be used when it cannot; {@link
 * io.f3console.app.ui.historydb.SessionHistory} is what the History view reads and writes through.
 * It builds on core {@code history} and {@code known} and on {@code ui}; {@code ui.context} and the
 * History view depend on it, not the other way round.
 */
package io.f3console.app.ui.historydb;
