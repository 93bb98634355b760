/**
 * What only benchmarks need from BLS: {@link io.f3console.core.crypto.bench.NativeFloor}, blst's
 * native primitives alone (Pippenger, hash to G2, pairing), timed beside the real path. It builds
 * on the public {@code crypto} API and on the backends in {@code crypto.internal}; nothing in
 * {@code crypto} depends on it, and only the {@code bench} package and its tests use it.
 */
package io.f3console.core.crypto.bench;
