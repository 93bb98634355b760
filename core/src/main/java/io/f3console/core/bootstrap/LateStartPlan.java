package io.f3console.core.bootstrap;

import io.f3console.core.F3Exception;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.open.Sources;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.trust.Trust;
import io.f3console.core.validation.ValidatorOptions;
import java.util.Objects;
import java.util.Optional;

/**
 * A late start from source strings, as the console runs it: the trusted table (a source's initial
 * table, or its committee of an instance), the certificates, and the network; the known committees
 * come from {@link LateStart#knownCommittees}. Node sources are opened with the token and limits
 * given, which are never part of a source string.
 *
 * @param network the network chosen (signatures are bound to its F3 name)
 * @param trustedSource the source string of the trusted table
 * @param instance the instance whose committee to trust; empty for the source's initial table
 * @param certificateSource the source string of the certificates
 */
public record LateStartPlan(
    NetworkSelection network,
    String trustedSource,
    Optional<Long> instance,
    String certificateSource) {

  /**
   * A late start that ran.
   *
   * @param result the core's outcome
   * @param trusted the table read from the trusted source
   * @param trust that table's trust, as the committee of the start instance
   */
  public record Run(LateStartResult result, PowerTable trusted, Trust trust) {
    public Run {
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(trusted, "trusted");
      Objects.requireNonNull(trust, "trust");
    }

    /** Whether it succeeded: every certificate valid, from a table that is not a mismatch. */
    public boolean passed() {
      return result.passed(trust);
    }
  }

  public LateStartPlan {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(trustedSource, "trustedSource");
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(certificateSource, "certificateSource");
  }

  /**
   * Reads the trusted table, then searches and validates the certificates.
   *
   * @param options the token and limits for node sources
   * @throws F3Exception if a source string is malformed, or a source cannot give the table or its
   *     certificates
   * @throws InterruptedException if the thread is interrupted (the way to cancel)
   */
  public Run run(SourceOptions options, ValidatorOptions validation, LateStart.Listener listener)
      throws F3Exception, InterruptedException {
    Objects.requireNonNull(options, "options");
    PowerTable table;
    try (DataSource source = Sources.open(SourceSpec.parse(trustedSource), options)) {
      table =
          (instance.isPresent() ? source.powerTable(instance.get()) : source.initialPowerTable())
              .table();
    }
    try (DataSource source = Sources.open(SourceSpec.parse(certificateSource), options)) {
      LateStartResult result =
          new LateStart(network.f3NetworkName(), validation)
              .run(table, source, LateStart.knownCommittees(network), listener);
      return new Run(result, table, result.trust(network));
    }
  }
}
