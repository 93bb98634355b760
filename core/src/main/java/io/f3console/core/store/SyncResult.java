package io.f3console.core.store;

import io.f3console.core.trust.Trust;
import io.f3console.core.validation.ValidationFailure;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one sync did.
 *
 * @param fetched certificates read from the source
 * @param validated certificates that passed validation
 * @param stored certificates written to the store (every validated one)
 * @param firstInstance the store's first instance after the sync, if it holds any
 * @param latestInstance the store's newest instance after the sync, if it holds any
 * @param trust the trust of the table the store started from
 * @param signaturesChecked whether this sync checked signatures
 * @param failure the certificate that failed validation, if one did (nothing past it stored)
 * @param untrustedStart whether the sync was refused before it began because the starting table is
 *     a mismatch for the network (another network's initial table, or not the network's initial
 *     table at its initial instance): nothing is stored from such a table
 */
public record SyncResult(
    long fetched,
    long validated,
    long stored,
    OptionalLong firstInstance,
    OptionalLong latestInstance,
    Trust trust,
    boolean signaturesChecked,
    Optional<ValidationFailure> failure,
    boolean untrustedStart) {

  /** Whether every fetched certificate validated and was stored. */
  public boolean synced() {
    return failure.isEmpty() && !untrustedStart;
  }
}
