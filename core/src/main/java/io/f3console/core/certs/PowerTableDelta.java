package io.f3console.core.certs;

import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import java.util.Objects;

/**
 * One change to a power table carried by a finality certificate (go-f3 {@code
 * certs.PowerTableDelta}).
 *
 * @param participant the actor whose entry changes
 * @param powerDelta the signed change of its power
 * @param signingKey its new key, or {@link PubKey#EMPTY} when the key does not change
 */
public record PowerTableDelta(ActorId participant, StoragePower powerDelta, PubKey signingKey) {

  public PowerTableDelta {
    Objects.requireNonNull(participant);
    Objects.requireNonNull(powerDelta);
    Objects.requireNonNull(signingKey);
  }

  /** go-f3's "empty delta": no power change and no key. */
  public boolean isZero() {
    return powerDelta.signum() == 0 && signingKey.isEmpty();
  }
}
