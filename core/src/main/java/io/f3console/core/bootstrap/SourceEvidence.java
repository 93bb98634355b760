package io.f3console.core.bootstrap;

import io.f3console.core.cid.Cid;
import java.util.Objects;
import java.util.Optional;

/**
 * What one source says about the initial power table.
 *
 * @param source the source string
 * @param tableCid the CID of the source's initial power table; empty for a source that holds only
 *     certificates
 * @param entries how many entries that table has
 * @param instance the instance the table is the committee of
 * @param tableOrigin where exactly the table came from (e.g. "snapshot header")
 * @param certificateZero certificate 0 checked against this source's table (against the agreed
 *     table for a source that holds only certificates)
 */
public record SourceEvidence(
    String source,
    Optional<Cid> tableCid,
    Optional<Integer> entries,
    Optional<Long> instance,
    Optional<String> tableOrigin,
    CertificateZeroEvidence certificateZero) {
  public SourceEvidence {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(tableCid, "tableCid");
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(tableOrigin, "tableOrigin");
    Objects.requireNonNull(certificateZero, "certificateZero");
    if (tableCid.isPresent() != entries.isPresent()
        || tableCid.isPresent() != instance.isPresent()) {
      throw new IllegalArgumentException("a table has a CID, entries and an instance together");
    }
  }

  /** Whether the source holds a power table. */
  public boolean holdsTable() {
    return tableCid.isPresent();
  }
}
