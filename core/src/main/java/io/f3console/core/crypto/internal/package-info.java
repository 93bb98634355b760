/**
 * What the BLS backends below the {@code crypto} facade share: the one exception by which a backend
 * says it cannot run here. The backends ({@code blst} over jblst, {@code nativeblst} over JNA)
 * depend on this package and never on the facade.
 */
package io.f3console.core.crypto.internal;
