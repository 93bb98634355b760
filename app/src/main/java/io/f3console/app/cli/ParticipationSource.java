package io.f3console.app.cli;

import io.f3console.core.validation.ValidationFailure;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where the counts of {@code participation} and {@code participation missing} come from: a run that
 * validated the certificates as it counted them, or a certificate store whose certificates were
 * validated as they arrived. Either way the JSON of both commands starts with the same keys.
 *
 * @param validated the validating run, when the certificates were read from CERTS
 * @param stored the store read, when the certificates were read from one
 */
record ParticipationSource(
    Optional<ParticipationOptions.Validated> validated, Optional<StoreReading.Counted> stored) {

  static ParticipationSource of(ParticipationOptions.Validated run) {
    return new ParticipationSource(Optional.of(run), Optional.empty());
  }

  static ParticipationSource of(StoreReading.Counted counted) {
    return new ParticipationSource(Optional.empty(), Optional.of(counted));
  }

  /** The invalid certificate the validating run stopped at, if it did. */
  Optional<ValidationFailure> failure() {
    return validated.flatMap(run -> run.judged().result().failure());
  }

  /** The store's lines of a text report (nothing for a validating run, which says its own). */
  void printStore(PrintWriter out) {
    stored.ifPresent(counted -> counted.print(out));
  }

  /**
   * The keys every participation JSON starts with: network, store, the instances counted, whether
   * the counts are verified and valid, where validation failed, unchecked signatures and trust.
   */
  JsonFields json(OptionalLong first, OptionalLong last) {
    JsonFields json = JsonFields.object();
    if (validated.isPresent()) {
      ParticipationOptions.Validated run = validated.get();
      json.text("network", run.selection().f3NetworkName())
          .nothing("store")
          .uint64("firstInstance", first)
          .uint64("lastInstance", last)
          .bool("verified", run.judged().start().isVerified())
          .bool("valid", failure().isEmpty())
          .uint64("failedInstance", failure().map(ValidationFailure::instance))
          .text("reason", failure().map(f -> f.reason().name()))
          .nothing("uncheckedSignatures")
          .object("trust", TrustOutput.fields(run.judged().start()));
    } else {
      StoreReading.Counted counted = stored.orElseThrow();
      json.text("network", counted.trust().network())
          .text("store", counted.file().toString())
          .uint64("firstInstance", first)
          .uint64("lastInstance", last)
          .bool("verified", counted.verified())
          .bool("valid", true)
          .nothing("failedInstance")
          .nothing("reason")
          .number("uncheckedSignatures", counted.unchecked())
          .object("trust", TrustOutput.fields(counted.trust()));
    }
    return json;
  }
}
