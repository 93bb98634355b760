/**
 * BLS12-381 as go-f3 uses it: public keys in G1 (48 bytes compressed), signatures in G2, BDN
 * aggregation. Entry points: {@link io.f3console.core.crypto.Bls} (key checks), {@link
 * io.f3console.core.crypto.BdnCommittee} (a power table's keys and BDN weights, aggregate keys),
 * {@link io.f3console.core.crypto.BlsSignatures} (hash to G2, verify, sign) and {@link
 * io.f3console.core.crypto.SignatureVerifier} (a certificate's aggregate signature checked for its
 * committee, by blst's native Pippenger or by the Java path over jblst, chosen in one place).
 * Results are values such as {@link io.f3console.core.crypto.PublicKeyCheck}, {@link
 * io.f3console.core.crypto.SignatureCheck} and {@link io.f3console.core.crypto.BlsSignature}.
 *
 * <p>The native implementation stays in {@code crypto.internal}: blst through jblst in {@code
 * internal.blst}, and blst's multi-scalar multiplication through JNA in {@code
 * internal.nativeblst}. No jblst or JNA type appears in this package's API. What only benchmarks
 * need (blst's primitives alone, the floor) is in {@code crypto.bench}, which nothing here depends
 * on.
 */
package io.f3console.core.crypto;
