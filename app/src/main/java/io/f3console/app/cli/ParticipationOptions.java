package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.sessions.SessionOutcomes;
import io.f3console.core.trust.TrustedValidation;
import io.f3console.core.validation.ValidationListener;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code participation} and {@code participation missing} share: the certificates, the
 * network, the first table and the range, read as {@code certs validate} reads them, and the
 * validation (with signatures) that feeds the tally.
 */
abstract class ParticipationOptions {
  @Parameters(index = "0", arity = "0..1", paramLabel = "CERTS", description = SourceArgument.HELP)
  String certificates;

  /**
   * Required, but declared optional and checked when the command runs: picocli would otherwise
   * demand {@code participation}'s own {@code --network} before running its {@code missing}
   * subcommand, which declares its own.
   */
  @CommandLine.Mixin OptionalNetworkOption network;

  @Option(
      names = "--power-table",
      paramLabel = "TABLE",
      description =
          "The power table of the first instance, as for certs validate. Needed"
              + " when CERTS is a file.")
  String powerTable;

  @Option(
      names = "--from",
      paramLabel = "N",
      description = "The instance the first certificate must have (as for certs validate).")
  Long from;

  @Option(
      names = "--to",
      paramLabel = "N",
      description = "The last instance, for a snapshot, CAR, node or demo network.")
  Long to;

  @Option(
      names = "--store",
      paramLabel = "FILE",
      arity = "0..1",
      fallbackValue = "",
      description =
          "Read the certificates from the network's certificate store (filled by"
              + " certs sync; they were validated as they arrived) instead of CERTS: the default"
              + " store, or FILE.")
  String store;

  @Option(names = "--csv", description = "Print the table as CSV instead of text.")
  boolean csv;

  @CommandLine.Mixin ThreadsOption threads;

  @CommandLine.Mixin NodeAccessOptions node;

  @CommandLine.Mixin OutputOptions output;

  /** Whether the certificates come from the store rather than CERTS. */
  boolean fromStore() throws F3Exception {
    if (store == null) {
      return false;
    }
    if (certificates != null || powerTable != null) {
      throw new F3Exception("give CERTS (with --power-table) or --store, not both");
    }
    if (output.json && csv) {
      throw new F3Exception("give --json or --csv, not both");
    }
    return true;
  }

  /** The network's store, opened for reading over --from/--to. */
  StoreReading openStore() throws F3Exception {
    NetworkSelection selection = selection();
    SessionFacts.network(output.session(), selection);
    StoreReading reading = StoreReading.open(store, selection, output.root().database, from, to);
    output.session().source("certificates", "store:" + reading.file());
    output.session().trust(reading.trust());
    return reading;
  }

  private NetworkSelection selection() throws F3Exception {
    return network.selection().orElseThrow(() -> new F3Exception("--network is required"));
  }

  /** What one run validated and the network it was for. */
  record Validated(
      NetworkSelection selection, TrustedValidation judged, String source, long read) {}

  /**
   * Validates CERTS from the first table, each validated certificate passed to the listener made
   * from the committee of the first instance.
   */
  Validated validate(
      java.util.function.Function<io.f3console.core.gpbft.PowerTable, ValidationListener>
          listenerFor,
      Optional<Long> lastWanted)
      throws Exception {
    if (certificates == null) {
      throw new F3Exception("CERTS is required: a certificate file or a source");
    }
    NetworkSelection selection = selection();
    SessionFacts.network(output.session(), selection);
    SourceArgument certs = SourceArgument.parse(certificates);
    output.session().source("certificates", certs.text());
    Optional<SourceArgument> table =
        powerTable == null ? Optional.empty() : Optional.of(SourceArgument.parse(powerTable));
    Optional<Long> last = Optional.ofNullable(to);
    if (last.isEmpty() && !certs.isFile()) {
      last = lastWanted;
    }
    try (ValidationInput opened =
        ValidationInput.open(selection, certs, table, Optional.ofNullable(from), last, node)) {
      TrustedValidation judged =
          opened.validate(threads.validatorOptions(), listenerFor.apply(opened.loaded().table()));
      SessionOutcomes.validation(output.session(), judged);
      return new Validated(
          selection, judged, opened.certificates().source(), opened.certificates().read());
    }
  }
}
