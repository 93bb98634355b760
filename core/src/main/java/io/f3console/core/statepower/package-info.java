/**
 * The F3 power table computed from Filecoin chain state, exactly as Lotus computes it ({@code
 * chain/lf3/ec.go} {@code getPowerTableLotusTSK}): eligibility against the network's consensus
 * minimum, the proof-type rule per actors version, QA power, fee debt, the consensus-fault window,
 * worker resolution to a BLS key, go-f3's canonical order. The result is data: the table and a
 * {@link io.f3console.core.statepower.ClaimDecision} for every claim, or a {@link
 * io.f3console.core.statepower.PowerTableComputationException} with a reason code and the actor or
 * block where Lotus would fail too.
 */
package io.f3console.core.statepower;
