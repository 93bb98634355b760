/**
 * Power tables as files and as things to audit: reading and writing Lotus JSON and DAG-CBOR ({@link
 * io.f3console.core.powertable.PowerTableFiles}, {@link
 * io.f3console.core.powertable.PowerTableJson}, with what a file claims and contradicts in {@link
 * io.f3console.core.powertable.TableFile}), comparing two tables ({@link
 * io.f3console.core.powertable.PowerTableDiff}), statistics ({@link
 * io.f3console.core.powertable.PowerTableStatistics}), the worker-key audit ({@link
 * io.f3console.core.powertable.KeyAudit}) and power units for display.
 *
 * <p>It builds on {@code gpbft}, {@code certs}, {@code cbor}, {@code cid} and {@code crypto}, which
 * must not depend on it; history, known tables, {@code rpc}, stores, inspection, sessions and the
 * front ends use it.
 */
package io.f3console.core.powertable;
