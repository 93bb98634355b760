/**
 * The GossipPBFT model as go-f3 defines it ({@code gpbft}): participants and power ({@link
 * io.f3console.core.gpbft.ActorId}, {@link io.f3console.core.gpbft.StoragePower}, {@link
 * io.f3console.core.gpbft.PubKey}, {@link io.f3console.core.gpbft.PowerEntry}, {@link
 * io.f3console.core.gpbft.PowerTable} with its scaled power, strong quorum and CID), the chain
 * ({@link io.f3console.core.gpbft.TipSet}, {@link io.f3console.core.gpbft.ECChain}, {@link
 * io.f3console.core.gpbft.SupplementalData}) and the bytes a participant signs ({@link
 * io.f3console.core.gpbft.SigningPayload}), each with its DAG-CBOR form byte for byte as go-f3
 * writes it.
 *
 * <p>It builds only on {@code cbor}, {@code cid} and {@code merkle}, which must not depend on it;
 * almost every other package builds on it.
 */
package io.f3console.core.gpbft;
