package io.f3console.app.ui.keys;

import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.workspace.LoadedChain;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.inspect.KeyHistory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A participant's key history across the loaded certificates, worded for a table: one row per event
 * and a one-line summary.
 *
 * @param history the core history, when certificates were read
 * @param rows one per event, oldest first
 * @param summary what the history amounts to, or why there is none
 */
public record KeyHistoryRows(Optional<KeyHistory> history, List<Row> rows, String summary) {
  /**
   * One event of the history.
   *
   * @param event the core event
   */
  public record Row(KeyHistory.Event event) {
    public Row {
      Objects.requireNonNull(event, "event");
    }

    /** The certificate whose delta made the change; "starting table" for the initial entry. */
    public String certificate() {
      return event.kind() == KeyHistory.Kind.INITIAL
          ? "starting table"
          : Formats.unsigned(event.certificateInstance());
    }

    /** The first instance whose committee has the change. */
    public String effectiveFrom() {
      long instance =
          event.kind() == KeyHistory.Kind.INITIAL
              ? event.certificateInstance()
              : event.certificateInstance() + 1;
      return Formats.unsigned(instance);
    }

    /** An icon and a word. */
    public String change() {
      return switch (event.kind()) {
        case INITIAL -> "• initial";
        case JOINED -> "+ joined";
        case ROTATED -> "↻ rotated";
        case REPOWERED -> "↕ re-powered";
        case LEFT -> "− left";
      };
    }

    /** The key after the change in hex, empty after leaving. */
    public String key() {
      return event.key().toHex();
    }

    /** The power after the change. */
    public String power() {
      return Formats.power(event.power());
    }

    public String powerExact() {
      return Formats.exactBytes(event.power());
    }
  }

  public KeyHistoryRows {
    Objects.requireNonNull(history, "history");
    rows = List.copyOf(rows);
    Objects.requireNonNull(summary, "summary");
  }

  /** Nothing to list, and why. */
  public static KeyHistoryRows none(String summary) {
    return new KeyHistoryRows(Optional.empty(), List.of(), summary);
  }

  /**
   * The history of {@code actor} read from the chain's certificates that validated, from the table
   * validation started at (go-f3 never applies the deltas of later certificates).
   */
  public static KeyHistoryRows of(ActorId actor, Optional<LoadedChain> chain) {
    if (chain.isEmpty() || chain.get().certificates().isEmpty()) {
      return none("Open certificates to see this key's history.");
    }
    Optional<ChainInspection> validated = chain.get().inspection();
    if (validated.isEmpty()) {
      return none("The loaded certificates have not been validated from this table yet.");
    }
    ChainInspection inspection = validated.get();
    List<FinalityCertificate> all = inspection.certificates();
    int read = inspection.firstFailureIndex().orElse(all.size());
    KeyHistory history =
        KeyHistory.of(
            actor,
            inspection.initialTable(),
            inspection.firstInstance(),
            all.subList(0, read),
            true);
    List<Row> rows = history.events().stream().map(Row::new).toList();
    return new KeyHistoryRows(
        Optional.of(history), rows, summary(actor, history, read, all.size()));
  }

  private static String summary(ActorId actor, KeyHistory history, int read, int loaded) {
    long rotations = history.rotations();
    String where =
        read == loaded
            ? "the " + certificates(read)
            : "the " + Formats.integer(read) + " certificates before the first invalid one";
    StringBuilder text = new StringBuilder();
    if (history.events().isEmpty()) {
      text.append(actor.address())
          .append(" is not in the starting table and no delta of ")
          .append(where)
          .append(" mentions it.");
    } else {
      text.append(
              rotations == 0
                  ? "No rotations"
                  : rotations == 1 ? "1 rotation" : rotations + " rotations")
          .append(" in ")
          .append(where)
          .append('.');
    }
    if (read < loaded) {
      text.append(" The ")
          .append(Formats.integer(loaded - read))
          .append(" from it on are not read: go-f3 never applies their deltas.");
    }
    return text.toString();
  }

  private static String certificates(int count) {
    return count == 1 ? "loaded certificate" : Formats.integer(count) + " loaded certificates";
  }
}
