package io.f3console.app.cli;

import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.powertable.KeyAudit;
import io.f3console.core.powertable.PowerTableStatistics;
import io.f3console.core.powertable.PowerUnits;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What {@code powertable show} found in a table: its totals, quorum and concentration, the {@code
 * shown} largest entries ranked by power, and every worker-key problem.
 */
record PowerTableShowResult(
    LoadedPowerTable loaded,
    PowerTableStatistics statistics,
    KeyAudit keys,
    int shown,
    boolean fullKeys)
    implements CommandResult {
  private PowerTable table() {
    return loaded.table();
  }

  @Override
  public void printText(PrintWriter out, PrintWriter err) {
    PowerTable table = table();

    out.println("Power table   " + loaded.describe());
    out.println("CID           " + table.cid());
    out.println(
        "Entries       "
            + statistics.entries()
            + (statistics.zeroScaledEntries() > 0
                ? " (" + statistics.zeroScaledEntries() + " with scaled power 0)"
                : ""));
    out.println(
        "Total power   "
            + PowerUnits.format(statistics.total())
            + " ("
            + statistics.total()
            + " bytes)");
    out.println("Scaled total  " + statistics.scaledTotal() + " of 65535");
    out.println(
        "Quorum        "
            + statistics.quorumThreshold()
            + " scaled power (ceil(2/3 of the scaled total))");
    out.println("Concentration " + concentration(statistics));
    out.println(
        "Order         "
            + (table.isCanonicalOrder()
                ? "canonical (power descending, then ID)"
                : "NOT canonical from entry " + table.firstOutOfOrderIndex()));
    loaded.notes().forEach(note -> out.println("Note          " + note));
    loaded.contradictions().forEach(problem -> out.println("WRONG         " + problem));
    out.println();
    TextTable rows =
        new TextTable(
            new String[] {
              "rank",
              "index",
              "actor",
              "power",
              "bytes",
              "share",
              "scaled",
              "cumulative",
              "key",
              "key status"
            },
            new boolean[] {true, true, false, true, true, true, true, true, false, false});
    for (PowerTableStatistics.Row row : statistics.rows().subList(0, shown)) {
      rows.add(
          String.valueOf(row.rank()),
          String.valueOf(row.index()),
          row.entry().id().address(),
          PowerUnits.format(row.entry().power()),
          row.entry().power().toString(),
          percent(row.share()),
          String.valueOf(row.scaledPower()),
          percent(row.cumulativeShare()),
          fullKeys ? row.entry().pubKey().toHex() : shorten(row.entry().pubKey().toHex()),
          keys.check(row.index()).status().name().toLowerCase(Locale.ROOT));
    }
    rows.print(out);
    if (shown < statistics.rows().size()) {
      out.println(
          "… " + (statistics.rows().size() - shown) + " more entries (use --top to change)");
    }
    out.println();
    if (keys.invalid().isEmpty()) {
      out.println(
          "Keys          all "
              + table.size()
              + " are valid compressed BLS12-381 G1 points in the subgroup");
    } else {
      out.println("Keys          " + keys.invalid().size() + " unusable:");
      keys.invalid()
          .forEach(
              finding ->
                  out.println(
                      "  "
                          + finding.id().address()
                          + " (entry "
                          + finding.index()
                          + "): "
                          + finding.check().message()));
    }
    if (!keys.sharedKeys().isEmpty()) {
      int count = keys.sharedKeys().size();
      out.println(
          "Shared keys   "
              + count
              + (count == 1 ? " key is" : " keys are")
              + " used by several miners (go-f3 allows it; their signatures are indistinguishable):");
      keys.sharedKeys()
          .forEach(
              shared ->
                  out.println(
                      "  "
                          + shared.key().toHex()
                          + " used by "
                          + shared.actors().stream()
                              .map(ActorId::address)
                              .collect(Collectors.joining(", "))));
    }
  }

  @Override
  public JsonFields toJson() {
    PowerTable table = table();
    return JsonFields.object()
        .text("source", loaded.document().source())
        .text("format", loaded.document().format().name())
        .uint64("instance", loaded.instance())
        .text("origin", loaded.origin())
        .cid("cid", table.cid())
        .number("entries", statistics.entries())
        .text("totalPower", statistics.total().toString())
        .text("totalPowerHuman", PowerUnits.format(statistics.total()))
        .number("scaledTotal", statistics.scaledTotal())
        .number("quorumThreshold", statistics.quorumThreshold())
        .number("topHoldingOneThird", statistics.topHoldingOneThird())
        .number("topHoldingTwoThirds", statistics.topHoldingTwoThirds())
        .number("topReachingQuorum", statistics.topReachingQuorum())
        .number("zeroScaledEntries", statistics.zeroScaledEntries())
        .bool("canonicalOrder", table.isCanonicalOrder())
        .strings("notes", loaded.notes())
        .strings("contradictions", loaded.contradictions())
        .objects("rows", statistics.rows().subList(0, shown), this::row)
        .objects(
            "invalidKeys",
            keys.invalid(),
            finding ->
                JsonFields.object()
                    .text("actor", finding.id().address())
                    .number("index", finding.index())
                    .text("status", finding.check().status().name())
                    .text("message", finding.check().message()))
        .objects(
            "sharedKeys",
            keys.sharedKeys(),
            key ->
                JsonFields.object()
                    .text("pubKey", key.key().toBase64())
                    .strings("actors", key.actors().stream().map(ActorId::address).toList()));
  }

  private JsonFields row(PowerTableStatistics.Row row) {
    return JsonFields.object()
        .number("rank", row.rank())
        .number("index", row.index())
        .text("actor", row.entry().id().address())
        .uint64("id", row.entry().id().bits())
        .text("power", row.entry().power().toString())
        .text("powerHuman", PowerUnits.format(row.entry().power()))
        .number("share", row.share())
        .number("scaledPower", row.scaledPower())
        .number("cumulativeShare", row.cumulativeShare())
        .text("pubKey", row.entry().pubKey().toBase64())
        .text("keyStatus", keys.check(row.index()).status().name());
  }

  /** The middle of a long value elided: {@code a99f7b66…8ee8}. */
  static String shorten(String value) {
    return value.length() <= 16
        ? value
        : value.substring(0, 8) + "…" + value.substring(value.length() - 4);
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
  }

  /** {@code the 4 largest hold 1/3 of the power, the 12 largest 2/3; the 13 largest reach …}. */
  static String concentration(PowerTableStatistics statistics) {
    return "the "
        + statistics.topHoldingOneThird()
        + " largest hold 1/3 of the power, the "
        + statistics.topHoldingTwoThirds()
        + " largest 2/3; the "
        + statistics.topReachingQuorum()
        + " largest reach the quorum";
  }
}
