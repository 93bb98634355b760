package io.f3console.core.known;

import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.powertable.PowerTableDiff;
import io.f3console.core.powertable.PowerUnits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table compared entry by entry with a network's published initial power table, when that table
 * is remembered ({@link PublishedTables}); when it is not (or its file was refused), only the CIDs
 * can be compared, and the comparison says how to get it. The CLI's {@code powertable check} and
 * the doctor (both front ends) present this one result.
 *
 * @param kind how the table relates to the published one
 * @param network the network whose published table it was compared with
 * @param published the published initial power-table CID
 * @param actual the CID of the table compared
 * @param diff the entry differences (before: the published table, after: the one compared), when
 *     the published table is remembered
 * @param stored what the store holds for the network
 * @param summary one sentence: how many entries differ and how, or why only CIDs were compared
 * @param entries the first few differing entries, one line each
 * @param hint how to get the published table, when it is not remembered
 */
public record PublishedComparison(
    Kind kind,
    NetworkProfile network,
    Cid published,
    Cid actual,
    Optional<PowerTableDiff> diff,
    StoredTable stored,
    String summary,
    List<String> entries,
    Optional<String> hint) {

  /** How many differing entries are named. */
  public static final int ENTRIES_NAMED = 5;

  /** How a table relates to a network's published initial table. */
  public enum Kind {
    /** Its CID is the published one. */
    SAME_TABLE,
    /** The same participants, powers and keys in another order: only the CID differs. */
    SAME_ENTRIES_OTHER_ORDER,
    /** Entries differ; {@link #diff()} says which. */
    ENTRIES_DIFFER,
    /** The published table is not remembered: only the CIDs were compared. */
    NOT_REMEMBERED,
    /** The remembered copy was refused: only the CIDs were compared. */
    REMEMBERED_REFUSED
  }

  public PublishedComparison {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(stored, "stored");
    Objects.requireNonNull(summary, "summary");
    entries = List.copyOf(entries);
    Objects.requireNonNull(hint, "hint");
  }

  /**
   * Compares {@code table} with {@code network}'s published initial table as {@code store} holds
   * it; empty when the network publishes no initial CID.
   */
  public static Optional<PublishedComparison> of(
      PowerTable table, NetworkProfile network, PublishedTables store) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(store, "store");
    Optional<StoredTable> stored = store.read(network);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    StoredTable kept = stored.get();
    Cid published = kept.cid();
    Cid actual = table.cid();
    String name = network.key() + "'s published initial table";
    if (actual.equals(published)) {
      return Optional.of(
          new PublishedComparison(
              Kind.SAME_TABLE,
              network,
              published,
              actual,
              Optional.empty(),
              kept,
              "It is " + name + ".",
              List.of(),
              Optional.empty()));
    }
    if (!kept.found()) {
      Kind kind =
          kept.state() == StoredTable.State.REFUSED ? Kind.REMEMBERED_REFUSED : Kind.NOT_REMEMBERED;
      String why =
          kind == Kind.REMEMBERED_REFUSED ? kept.detail() : name + " is not remembered here.";
      return Optional.of(
          new PublishedComparison(
              kind,
              network,
              published,
              actual,
              Optional.empty(),
              kept,
              why + " Only the CIDs were compared, not the entries.",
              List.of(),
              Optional.of(hint(network, store))));
    }
    PowerTableDiff diff = PowerTableDiff.between(kept.table().orElseThrow(), table);
    if (diff.sameEntries()) {
      return Optional.of(
          new PublishedComparison(
              Kind.SAME_ENTRIES_OTHER_ORDER,
              network,
              published,
              actual,
              Optional.of(diff),
              kept,
              "The entries are those of "
                  + name
                  + " (remembered); only their order differs, which changes the CID.",
              List.of(),
              Optional.empty()));
    }
    return Optional.of(
        new PublishedComparison(
            Kind.ENTRIES_DIFFER,
            network,
            published,
            actual,
            Optional.of(diff),
            kept,
            differ(diff, name),
            named(diff),
            Optional.empty()));
  }

  /**
   * How to get a network's published initial table so that it is remembered: from any node of the
   * network, or from a snapshot or the published file, opened once.
   */
  public static String hint(NetworkProfile network, PublishedTables store) {
    return "To compare entry by entry, let F3 Console see "
        + network.key()
        + "'s published initial table once: f3console powertable fetch --instance "
        + Long.toUnsignedString(network.initialInstance())
        + " --rpc URL -o FILE from any "
        + network.key()
        + " node, or open an F3 snapshot of "
        + network.key()
        + " or the published table file; it is then kept in "
        + store.directory()
        + " and used offline.";
  }

  /** How many entries differ. */
  public int differing() {
    return diff.map(d -> d.changes().size()).orElse(0);
  }

  /** Whether the entries were compared (the published table is remembered). */
  public boolean comparedEntries() {
    return diff.isPresent();
  }

  private static String differ(PowerTableDiff diff, String name) {
    int count = diff.changes().size();
    List<String> parts = new ArrayList<>();
    part(parts, diff.count(PowerTableDiff.Kind.POWER_CHANGED), "changed power");
    part(parts, diff.count(PowerTableDiff.Kind.KEY_CHANGED), "changed key");
    part(parts, diff.count(PowerTableDiff.Kind.POWER_AND_KEY_CHANGED), "changed power and key");
    part(parts, diff.count(PowerTableDiff.Kind.REMOVED), "missing");
    part(parts, diff.count(PowerTableDiff.Kind.ADDED), "not in it");
    return count
        + (count == 1 ? " entry differs" : " entries differ")
        + " from "
        + name
        + " (remembered): "
        + String.join(", ", parts)
        + ".";
  }

  private static void part(List<String> parts, long count, String what) {
    if (count > 0) {
      parts.add(count + " " + what);
    }
  }

  private static List<String> named(PowerTableDiff diff) {
    List<String> lines = new ArrayList<>();
    for (PowerTableDiff.Change change : diff.changes()) {
      if (lines.size() == ENTRIES_NAMED) {
        lines.add("… and " + (diff.changes().size() - ENTRIES_NAMED) + " more");
        break;
      }
      lines.add(line(change));
    }
    return lines;
  }

  private static String line(PowerTableDiff.Change change) {
    String actor = change.id().address();
    Optional<PowerEntry> was = change.before();
    Optional<PowerEntry> now = change.after();
    String powers = powers(now, was);
    return switch (change.kind()) {
      case POWER_CHANGED -> actor + ": power " + powers;
      case KEY_CHANGED -> actor + ": another worker key than the published one";
      case POWER_AND_KEY_CHANGED -> actor + ": power " + powers + ", and another worker key";
      case REMOVED -> actor + ": missing (" + power(was) + " in the published table)";
      case ADDED -> actor + ": not in the published table (" + power(now) + " here)";
    };
  }

  /** "A here, B published", in bytes when the two round to the same text. */
  private static String powers(Optional<PowerEntry> now, Optional<PowerEntry> was) {
    String here = power(now);
    String there = power(was);
    if (here.equals(there) && now.isPresent() && was.isPresent()) {
      here = now.get().power().value() + " B";
      there = was.get().power().value() + " B";
    }
    return here + " here, " + there + " published";
  }

  private static String power(Optional<PowerEntry> entry) {
    return entry.map(e -> PowerUnits.format(e.power())).orElse("none");
  }
}
