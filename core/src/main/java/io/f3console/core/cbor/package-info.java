/**
 * DAG-CBOR as cbor-gen reads and writes it: the strict pull reader {@link
 * io.f3console.core.cbor.CborReader} (shortest-form headers, definite lengths, byte offsets in
 * every {@link io.f3console.core.cbor.CborDecodingException}), the canonical {@link
 * io.f3console.core.cbor.CborWriter}, and the generic {@link io.f3console.core.cbor.CborValue} for
 * structures that are not fixed tuples.
 *
 * <p>It depends only on {@code cid} (CIDs are tag 42) and the root package; the codecs of the model
 * ({@code gpbft}, {@code certs}, {@code powertable}, {@code snapshot}, {@code state}) build on it,
 * so it must not depend on them.
 */
package io.f3console.core.cbor;
