package io.f3console.app.ui.powertable;

import io.f3console.app.ui.Styles;
import io.f3console.app.ui.controls.Formats;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.powertable.PowerTableDiff;
import io.f3console.core.powertable.PowerTableDiffMarkdown;
import java.util.Objects;
import java.util.Optional;

/**
 * One participant that differs between two tables.
 *
 * @param actor the actor
 * @param kind what changed, as {@link PowerTableDiff} says
 * @param before its entry in table A, if it has one
 * @param after its entry in table B, if it has one
 * @param delta power in B minus power in A (minus the old power for a removal)
 */
public record ChangeRow(
    ActorId actor,
    PowerTableDiff.Kind kind,
    Optional<PowerEntry> before,
    Optional<PowerEntry> after,
    StoragePower delta) {

  public ChangeRow {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(delta, "delta");
  }

  static ChangeRow of(PowerTableDiff.Change change) {
    return new ChangeRow(
        change.id(), change.kind(), change.before(), change.after(), change.powerDelta());
  }

  public Optional<StoragePower> powerBefore() {
    return before.map(PowerEntry::power);
  }

  public Optional<StoragePower> powerAfter() {
    return after.map(PowerEntry::power);
  }

  public Optional<PubKey> keyBefore() {
    return before.map(PowerEntry::pubKey);
  }

  public Optional<PubKey> keyAfter() {
    return after.map(PowerEntry::pubKey);
  }

  /** The icon and the word of a kind of change: never colour alone. */
  public static String label(PowerTableDiff.Kind kind) {
    return icon(kind) + " " + word(kind);
  }

  public static String icon(PowerTableDiff.Kind kind) {
    return switch (kind) {
      case ADDED -> "+";
      case REMOVED -> "−";
      case POWER_CHANGED -> "↕";
      case KEY_CHANGED -> "⟳";
      case POWER_AND_KEY_CHANGED -> "↕⟳";
    };
  }

  public static String word(PowerTableDiff.Kind kind) {
    return PowerTableDiffMarkdown.word(kind);
  }

  /**
   * The row as one line of tab-separated values: actor, change, power in A and in B and the delta
   * (in bytes), key in A and in B (hex); an empty field where a table has no entry.
   */
  public String asText() {
    return String.join(
        "\t",
        actor.address(),
        word(kind),
        powerBefore().map(StoragePower::toString).orElse(""),
        powerAfter().map(StoragePower::toString).orElse(""),
        delta.toString(),
        keyBefore().map(PubKey::toHex).orElse(""),
        keyAfter().map(PubKey::toHex).orElse(""));
  }

  /** The style class of a kind's colour token. */
  public static String style(PowerTableDiff.Kind kind) {
    return switch (kind) {
      case ADDED -> Styles.SUCCESS;
      case REMOVED -> Styles.DANGER;
      case POWER_CHANGED -> PowerTableStyles.CHANGE_POWER;
      case KEY_CHANGED, POWER_AND_KEY_CHANGED -> Styles.WARNING;
    };
  }

  /** {@code +1.00 PiB}, {@code -512.00 TiB}, {@code 0 B}. */
  static String deltaText(StoragePower delta) {
    return (delta.signum() > 0 ? "+" : "") + Formats.power(delta);
  }

  /** A key shortened for a cell, or a dash when there is none. */
  static String shortKey(PubKey key) {
    return key == null ? "—" : EntryRow.shortKey(key);
  }

  /** A power in binary units, or a dash when there is none. */
  static String powerText(StoragePower power) {
    return power == null ? "—" : Formats.power(power);
  }
}
