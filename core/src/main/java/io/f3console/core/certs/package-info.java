/**
 * Finality certificates as go-f3 defines them ({@code certs}): {@link
 * io.f3console.core.certs.FinalityCertificate}, its power-table deltas and their application with
 * go-f3's rules ({@link io.f3console.core.certs.PowerTableDeltas}), and its two encodings: DAG-CBOR
 * byte for byte as cbor-gen ({@link io.f3console.core.certs.FinalityCertificateCbor}) and Lotus
 * JSON, read strictly as a stream and written as Go lays it out ({@link
 * io.f3console.core.certs.CertificateJson}); {@link io.f3console.core.certs.CertificateFiles} tells
 * the two apart by content. Errors name the source and the place.
 *
 * <p>It builds on {@code gpbft}, {@code bitfield}, {@code cbor} and {@code cid}, which must not
 * depend on it; validation, sources, stores and the front ends build on it.
 */
package io.f3console.core.certs;
