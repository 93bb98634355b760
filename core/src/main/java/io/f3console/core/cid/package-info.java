/**
 * Content identifiers as go-cid reads and prints them: {@link io.f3console.core.cid.Cid} (v0 and
 * v1, binary and multibase string forms), {@link io.f3console.core.cid.Multihash} (blake2b-256,
 * sha2-256), {@link io.f3console.core.cid.Multicodec} names, strict {@link
 * io.f3console.core.cid.Varint}, {@link io.f3console.core.cid.Base32} and {@link
 * io.f3console.core.cid.Base58}. Malformed input is a {@link
 * io.f3console.core.cid.CidFormatException} saying what and where.
 *
 * <p>It depends only on the root package, and sits at the bottom of the model: {@code cbor}, {@code
 * gpbft} and everything above use it, so it must not depend on any of them.
 */
package io.f3console.core.cid;
