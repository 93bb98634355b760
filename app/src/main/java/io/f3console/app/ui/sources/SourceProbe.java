package io.f3console.app.ui.sources;

import io.f3console.app.ui.controls.Formats;
import io.f3console.core.F3Exception;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.open.Sources;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.source.SourcedTable;
import java.util.Optional;

/**
 * What a quick look at a source finds, before loading it: which certificates it holds and its
 * starting table's CID, and whether that CID is a known network's initial table.
 *
 * @param spec the source
 * @param certificates the certificates it holds, if any
 * @param table its starting table, if it holds tables
 * @param network the known network whose initial table it is, if any
 */
record SourceProbe(
    SourceSpec spec,
    Optional<InstanceRange> certificates,
    Optional<SourcedTable> table,
    Optional<String> network) {

  /** Opens the source, looks, and closes it. Runs in the background. */
  static SourceProbe of(SourceSpec spec, SourceOptions options, NetworkProfiles profiles)
      throws F3Exception {
    try (DataSource source = Sources.open(spec, options)) {
      Optional<InstanceRange> range =
          source.hasCertificates() ? Optional.of(source.certificateRange()) : Optional.empty();
      Optional<SourcedTable> table =
          source.hasPowerTables() ? Optional.of(source.initialPowerTable()) : Optional.empty();
      Optional<String> network =
          table
              .flatMap(t -> profiles.byInitialPowerTableCid(t.table().cid().toString()))
              .map(p -> p.key());
      return new SourceProbe(spec, range, table, network);
    }
  }

  /** One sentence for the dialog. */
  String describe() {
    StringBuilder text =
        new StringBuilder("✔ ").append(spec.kind().prefix()).append(" source answered: ");
    text.append(
        certificates
            .map(
                r ->
                    "certificates "
                        + Formats.unsigned(r.first())
                        + "–"
                        + Formats.unsigned(r.latest())
                        + " ("
                        + Formats.integer(r.count())
                        + ")")
            .orElse("no certificates"));
    table.ifPresent(
        t ->
            text.append("; power table of instance ")
                .append(Formats.unsigned(t.instance()))
                .append(", ")
                .append(Formats.integer(t.table().size()))
                .append(" entries, CID ")
                .append(Formats.shorten(t.table().cid().toString()))
                .append(network.map(n -> " (the initial table of " + n + ")").orElse("")));
    return text.append('.').toString();
  }
}
