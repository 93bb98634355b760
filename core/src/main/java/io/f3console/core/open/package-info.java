/**
 * Opening a source from its string form: {@link io.f3console.core.open.Sources} is the one place
 * that knows every kind of source and sits above the packages that implement them ({@code source}
 * files, {@code sim} demos, {@code snapshot} F3 snapshots and CARs, {@code rpc} nodes, {@code
 * statepower} chain state). Those packages must not depend on it (only a javadoc link from {@code
 * source} points here); the front ends, {@code bootstrap} and {@code bench} open sources through
 * it.
 */
package io.f3console.core.open;
