/**
 * Synthetic data, generated and never real: {@link io.f3console.core.sim.SyntheticNetwork} (a
 * deterministic F3 network of BLS keys, churning committees and BDN-signed certificates, for tests,
 * benchmarks and the console's demo), {@link io.f3console.core.sim.SyntheticChain#withFault} (one
 * broken variant per failure reason), the {@link io.f3console.core.sim.DemoNetwork} and its source,
 * and chain state written in Filecoin's layouts ({@link io.f3console.core.sim.HamtWriter}, {@link
 * io.f3console.core.sim.SyntheticState}, {@link io.f3console.core.sim.StateGenerator}). The same
 * spec always gives the same bytes.
 *
 * <p>It builds on the model, {@code crypto}, {@code validation}, {@code snapshot} and {@code
 * source}; none of those may depend on it. {@code open} opens its demo source, and {@code bench},
 * {@code bootstrap} and the front ends use its networks.
 */
package io.f3console.core.sim;
