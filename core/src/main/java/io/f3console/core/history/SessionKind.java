package io.f3console.core.history;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a recorded session did. */
public enum SessionKind {
  /** Read a power table or a source and described it (CIDs, shares, keys). */
  INSPECTION("inspection"),
  /** Checked a table against an expected CID. */
  CHECK("check"),
  /** Compared two power tables. */
  COMPARISON("comparison"),
  /** Validated certificates. */
  VALIDATION("validation"),
  /** Asked a node, or read a snapshot, for what a bootstrap needs. */
  DOCTOR("doctor"),
  /** Confirmed an initial power-table CID from several sources. */
  RELEASE_CHECK("release-check"),
  /** Started late from a trusted table. */
  LATE_START("late-start"),
  /** Fetched tables or certificates from a node. */
  FETCH("fetch"),
  /** Wrote a table, certificates or a snapshot in another form. */
  CONVERSION("conversion"),
  /** Generated a synthetic network. */
  SIMULATION("simulation"),
  /** Measured the hot paths. */
  BENCHMARK("benchmark"),
  /**
   * A kind this version does not know, read from a history a newer F3 Console wrote; never
   * recorded, nor a filter.
   */
  UNKNOWN("unknown");

  private final String label;

  SessionKind(String label) {
    this.label = label;
  }

  /** The lower-case word used on the command line and in the database. */
  public String label() {
    return label;
  }

  /** The kinds a session is recorded as: all but {@link #UNKNOWN}. */
  public static List<SessionKind> recorded() {
    return Arrays.stream(values()).filter(kind -> kind != UNKNOWN).toList();
  }

  /** The recorded kind with this label (or enum name), ignoring case. */
  public static Optional<SessionKind> fromLabel(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (SessionKind kind : recorded()) {
      if (kind.label.equals(wanted)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
