/**
 * Sets of unsigned 64-bit indexes as used by Filecoin's {@code BitField} (the signers of a finality
 * certificate): the value type {@link io.f3console.core.bitfield.Bitfield}, its RLE+ byte encoding
 * and its JSON run-length form ({@link io.f3console.core.bitfield.RlePlus}), following
 * filecoin-project/go-bitfield v0.2.4.
 */
package io.f3console.core.bitfield;
