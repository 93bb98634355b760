/**
 * The session history (decision record 0006): {@link io.f3console.core.history.HistoryStore}, one
 * SQLite file found by {@link io.f3console.core.history.HistoryLocation}, holding each session as a
 * {@link io.f3console.core.history.SessionRecord} (what it read, did and concluded, never a token),
 * with notes, power tables kept once by CID, queries ({@link
 * io.f3console.core.history.SessionQuery}) and reports ({@link
 * io.f3console.core.history.SessionReport}); {@link io.f3console.core.history.SessionLabels} names
 * recorded keys in words.
 *
 * <p>It builds on {@code sqlite}, the model, {@code powertable} and {@code trust}; those must not
 * depend on it. {@code sessions} writes operations into it, and {@code known}, {@code store},
 * {@code monitor} and both front ends read or locate it.
 */
package io.f3console.core.history;
