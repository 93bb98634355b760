/**
 * The only code that touches jblst ({@code supranational.blst}): package-private wrappers plus one
 * public entry point, {@link io.f3console.core.crypto.internal.blst.BlstBackend}, whose signatures
 * use plain Java types and the opaque handles {@link
 * io.f3console.core.crypto.internal.blst.G1Point} and {@link
 * io.f3console.core.crypto.internal.blst.G2Point}. Nothing outside {@code io.f3console.core.crypto}
 * and its benchmark floor {@code crypto.bench} should use this package, and no jblst type leaves
 * it.
 *
 * <p>The native library is loaded lazily, once, by {@code BlstLoader}; see there.
 */
package io.f3console.core.crypto.internal.blst;
