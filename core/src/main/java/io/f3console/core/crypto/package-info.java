/**
 * BLS12-381 as go-f3 uses it: public keys in G1 (48 bytes compressed), signatures in G2. The
 * entry point is {@link io.f3console.core.crypto.Bls}; results are values such as
 * {@link io.f3console.core.crypto.PublicKeyCheck}. The native implementation (blst through
 * jblst) stays in {@code crypto.internal.blst} and no jblst type appears in this package's API.
 */
package io.f3console.core.crypto;
