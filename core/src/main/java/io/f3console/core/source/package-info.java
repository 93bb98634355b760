/**
 * What every source of power tables and certificates is: a {@link
 * io.f3console.core.source.DataSource} (files, F3 snapshots, CAR files, Lotus and Forest nodes, the
 * demo network, chain state), named by a {@link io.f3console.core.source.SourceSpec}, the short
 * string form used on the command line and stored in the history. The kinds themselves live with
 * their transports ({@code rpc}, {@code snapshot}, {@code sim}, {@code statepower}), and the one
 * factory that knows them all ({@code open.Sources}) sits above them, so this package depends on
 * none of them.
 */
package io.f3console.core.source;
