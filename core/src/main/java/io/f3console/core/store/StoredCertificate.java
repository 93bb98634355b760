package io.f3console.core.store;

/**
 * One certificate as the store holds it.
 *
 * @param instance its instance
 * @param cbor its DAG-CBOR bytes
 * @param signaturesChecked whether its signature was checked before it was stored
 */
public record StoredCertificate(long instance, byte[] cbor, boolean signaturesChecked) {}
