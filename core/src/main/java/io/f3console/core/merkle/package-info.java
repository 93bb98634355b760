/**
 * go-f3's Merkle tree over legacy Keccak-256 ({@code merkle/merkle.go}), which gives the key of an
 * EC chain.
 */
package io.f3console.core.merkle;
