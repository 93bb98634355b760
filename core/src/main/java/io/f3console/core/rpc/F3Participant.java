package io.f3console.core.rpc;

import io.f3console.core.gpbft.ActorId;
import java.util.Objects;

/**
 * One miner's F3 participation lease as a node lists it ({@code Filecoin.F3ListParticipants}, Lotus
 * {@code api.F3Participant}, Forest {@code F3Participant}). A node lists only leases it issued
 * itself, so there is no issuer. Lotus lists only leases still valid and rewrites them to start at
 * its current instance ({@code FromInstance} = now, {@code ValidityTerm} = instances left); Forest
 * lists them as they were granted. Either way the lease ends after instance {@code fromInstance +
 * validityTerm}.
 *
 * @param miner the miner's actor ID ({@code MinerID})
 * @param fromInstance the first instance of the lease (unsigned)
 * @param validityTerm how many instances after {@code fromInstance} it stays valid (unsigned)
 */
public record F3Participant(ActorId miner, long fromInstance, long validityTerm) {
  public F3Participant {
    Objects.requireNonNull(miner, "miner");
  }

  /**
   * The last instance the lease covers, {@code fromInstance + validityTerm} (Lotus {@code
   * ToInstance}); a sum beyond the unsigned 64-bit range is capped at its largest value.
   */
  public long lastInstance() {
    long last = fromInstance + validityTerm;
    return Long.compareUnsigned(last, fromInstance) < 0 ? -1L : last;
  }

  /** Whether the lease is valid at {@code instance}: Lotus's {@code instance <= ToInstance}. */
  public boolean covers(long instance) {
    return Long.compareUnsigned(instance, lastInstance()) <= 0;
  }

  /**
   * How many instances after {@code instance} the lease still covers (unsigned; 0 on its last
   * instance), as Lotus reports {@code ValidityTerm} at that instance.
   *
   * @throws IllegalArgumentException if the lease does not cover {@code instance}
   */
  public long instancesLeftAt(long instance) {
    if (!covers(instance)) {
      throw new IllegalArgumentException("the lease ended before instance " + instance);
    }
    return lastInstance() - instance;
  }
}
