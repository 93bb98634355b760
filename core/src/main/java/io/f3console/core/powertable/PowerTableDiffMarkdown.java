package io.f3console.core.powertable;

import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.StoragePower;
import java.util.Objects;
import java.util.Optional;

/**
 * A comparison of two power tables as Markdown, to paste into an issue or a chat, or to save: the
 * two tables (name, CID, entries, total power), the verdict and the count of each kind of change,
 * then one table row per participant that differs, with its powers, the delta in bytes and its keys
 * in full (hex).
 */
public final class PowerTableDiffMarkdown {
  private PowerTableDiffMarkdown() {}

  /**
   * The whole comparison.
   *
   * @param diff the differences of B from A
   * @param nameA what table A is ("Instance 0 (starting table)", a file name)
   * @param nameB what table B is
   */
  public static String of(PowerTableDiff diff, String nameA, String nameB) {
    Objects.requireNonNull(diff, "diff");
    StringBuilder out = new StringBuilder();
    out.append("# Power table comparison\n\n");
    side(out, "A (before)", nameA, diff.before());
    side(out, "B (after)", nameB, diff.after());
    out.append("- Result: **").append(verdict(diff)).append("**\n");
    if (diff.sameEntries()) {
      return out.toString();
    }
    out.append('\n');
    out.append("| Change | Count |\n|---|---:|\n");
    for (PowerTableDiff.Kind kind : PowerTableDiff.Kind.values()) {
      out.append("| ").append(word(kind)).append(" | ").append(diff.count(kind)).append(" |\n");
    }
    out.append(
        "\n| Actor | Change | Power in A | Power in B | Delta (bytes) | Key in A"
            + " | Key in B |\n|---|---|---:|---:|---:|---|---|\n");
    for (PowerTableDiff.Change change : diff.changes()) {
      out.append("| `")
          .append(change.id().address())
          .append("` | ")
          .append(word(change.kind()))
          .append(" | ")
          .append(power(change.before()))
          .append(" | ")
          .append(power(change.after()))
          .append(" | ")
          .append(signed(change.powerDelta()))
          .append(" | ")
          .append(key(change.before()))
          .append(" | ")
          .append(key(change.after()))
          .append(" |\n");
    }
    return out.toString();
  }

  /** One sentence: identical, only the order differs, or how many participants differ. */
  public static String verdict(PowerTableDiff diff) {
    if (diff.before().cid().equals(diff.after().cid())) {
      return "identical tables";
    }
    if (diff.onlyOrderDiffers()) {
      return "same participants, powers and keys in a different order: only the CID differs";
    }
    int changed = diff.changes().size();
    return changed + (changed == 1 ? " participant differs" : " participants differ");
  }

  /** The word for a kind of change: added, removed, re-powered, re-keyed. */
  public static String word(PowerTableDiff.Kind kind) {
    return switch (kind) {
      case ADDED -> "added";
      case REMOVED -> "removed";
      case POWER_CHANGED -> "re-powered";
      case KEY_CHANGED -> "re-keyed";
      case POWER_AND_KEY_CHANGED -> "re-powered and re-keyed";
    };
  }

  private static void side(StringBuilder out, String which, String name, PowerTable table) {
    out.append("- ")
        .append(which)
        .append(": ")
        .append(name)
        .append(", CID `")
        .append(table.cid())
        .append("`, ")
        .append(table.size())
        .append(" entries, total ")
        .append(PowerUnits.format(table.total()))
        .append('\n');
  }

  private static String power(Optional<PowerEntry> entry) {
    return entry.map(e -> PowerUnits.format(e.power())).orElse("—");
  }

  private static String key(Optional<PowerEntry> entry) {
    return entry.map(e -> "`" + e.pubKey().toHex() + "`").orElse("—");
  }

  private static String signed(StoragePower delta) {
    return (delta.signum() > 0 ? "+" : "") + delta;
  }
}
