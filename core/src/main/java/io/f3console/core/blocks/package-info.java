/**
 * IPLD blocks of chain state, each checked against its CID before anyone reads it: the {@link
 * io.f3console.core.blocks.BlockSource} contract and its implementations (CAR files, nodes, a CAR
 * backed by a node).
 */
package io.f3console.core.blocks;
