/**
 * Filecoin chain state read from checked IPLD blocks: addresses, block headers, the state tree
 * (state root v4/v5, actors HAMT), the builtin-actors manifest, and the power, miner and account
 * actor states that the F3 power table is computed from. Every decoder is strict (cbor-gen field
 * counts, limits on every length) and every failure is a {@link
 * io.f3console.core.state.StateException} naming the block and what is wrong.
 */
package io.f3console.core.state;
