package io.f3console.app.ui.powertable;

import io.f3console.app.ui.controls.Formats;
import io.f3console.core.powertable.PowerTableDiff;
import io.f3console.core.powertable.PowerTableDiffMarkdown;
import java.util.List;
import java.util.Objects;

/**
 * Two tables compared.
 *
 * @param a the first table (before)
 * @param b the second table (after)
 * @param diff their differences, participant by participant
 * @param rows one row per change, by actor ID
 */
public record CompareResult(
    TableSource.Resolved a, TableSource.Resolved b, PowerTableDiff diff, List<ChangeRow> rows) {

  public CompareResult {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(diff, "diff");
    rows = List.copyOf(rows);
  }

  /** Compares two resolved tables. */
  static CompareResult of(TableSource.Resolved a, TableSource.Resolved b) {
    PowerTableDiff diff = PowerTableDiff.between(a.table(), b.table());
    return new CompareResult(a, b, diff, diff.changes().stream().map(ChangeRow::of).toList());
  }

  public long count(PowerTableDiff.Kind kind) {
    return diff.count(kind);
  }

  /** The comparison as Markdown (the tables by their labels), to paste or save. */
  public String markdown() {
    return PowerTableDiffMarkdown.of(diff, a.choice().label(), b.choice().label());
  }

  /** One sentence: how B differs from A. */
  public String verdict() {
    String names = a.choice().label() + " → " + b.choice().label();
    if (a.table().cid().equals(b.table().cid())) {
      return "✔ Identical: both tables have the CID "
          + Formats.shorten(a.table().cid().toString())
          + " ("
          + names
          + ").";
    }
    if (diff.onlyOrderDiffers()) {
      return "⚠ Same participants, powers and keys in a different order: only the CID differs ("
          + names
          + ").";
    }
    int changed = diff.changes().size();
    return changed
        + " participant"
        + (changed == 1 ? "" : "s")
        + " differ ("
        + names
        + "; "
        + Formats.integer(a.table().size())
        + " → "
        + Formats.integer(b.table().size())
        + " entries).";
  }
}
