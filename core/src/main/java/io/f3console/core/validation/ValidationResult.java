package io.f3console.core.validation;

import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.TipSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of validating a chain of certificates, with go-f3's meanings.
 *
 * @param firstInstance the instance validation started at
 * @param nextInstance the instance after the last valid certificate (on failure, the instance that
 *     was expected where validation stopped)
 * @param validated how many certificates were valid
 * @param powerTable the table after the last valid certificate, i.e. the one that validates {@code
 *     nextInstance} (go-f3 returns nil when no certificate is given; here it is the starting table)
 * @param head the last finalised tipset, if any certificate was valid
 * @param finalized the finalised tipsets in order (each certificate's suffix), when the options
 *     asked to retain them; otherwise empty
 * @param failure the first failure; empty when every certificate was valid
 * @param stageTimes time per stage over the settled certificates
 */
public record ValidationResult(
    long firstInstance,
    long nextInstance,
    long validated,
    PowerTable powerTable,
    Optional<TipSet> head,
    List<TipSet> finalized,
    Optional<ValidationFailure> failure,
    StageTimes stageTimes) {

  public ValidationResult {
    Objects.requireNonNull(powerTable, "powerTable");
    Objects.requireNonNull(head, "head");
    finalized = List.copyOf(finalized);
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(stageTimes, "stageTimes");
  }

  public boolean valid() {
    return failure.isEmpty();
  }
}
