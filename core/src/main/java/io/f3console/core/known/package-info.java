/**
 * The real networks' published initial power tables, remembered: once a table whose CID is a known
 * network's published initial power-table CID has been seen from any source (a file, a node, a
 * snapshot, the history), {@link io.f3console.core.known.PublishedTables} keeps its DAG-CBOR bytes
 * in a {@code tables/} folder beside the history database, one file per CID, checked against the
 * CID on every read. Both front ends offer a remembered table offline, and {@link
 * io.f3console.core.known.PublishedComparison} compares another table with it entry by entry (or
 * says how to get it when it is not remembered). Only public data is kept, never an arbitrary
 * table, so the store is independent of {@code --no-history}.
 */
package io.f3console.core.known;
