/**
 * Where power tables and certificates come from: files, F3 snapshots, CAR files, Lotus and Forest
 * nodes, the demo network. A {@link io.f3console.core.source.SourceSpec} is the short string form
 * used on the command line and stored in history; {@link io.f3console.core.open.Sources#open} turns
 * it into a {@link io.f3console.core.source.DataSource}.
 */
package io.f3console.core.source;
