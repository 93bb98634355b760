/**
 * Measurement of certificate validation at mainnet size, against the floor of blst's own native
 * primitives, measured in the same run on the same certificates. Reports figures; never judges
 * them.
 */
package io.f3console.core.bench;
