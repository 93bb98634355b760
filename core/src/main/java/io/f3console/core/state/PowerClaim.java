package io.f3console.core.state;

import java.util.Objects;

/**
 * One entry of the claims map: the miner (the key) and its claim.
 *
 * @param miner the miner's address (an ID address in valid state)
 * @param claim its claim
 */
public record PowerClaim(Address miner, Claim claim) {
  public PowerClaim {
    Objects.requireNonNull(miner, "miner");
    Objects.requireNonNull(claim, "claim");
  }
}
