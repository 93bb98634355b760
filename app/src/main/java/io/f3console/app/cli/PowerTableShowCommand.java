package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.powertable.KeyAudit;
import io.f3console.core.powertable.PowerTableStatistics;
import io.f3console.core.powertable.PowerUnits;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code f3console powertable show SOURCE}: the table, its totals, quorum and key problems. */
@Command(
    name = "show",
    header = "Show a power table: entries, shares, quorum, key problems.",
    mixinStandardHelpOptions = true,
    description = {
      "Show a power table: entries, shares, quorum, key problems.",
      "Every entry ranked by power with its share, scaled power and cumulative share; the",
      "totals, the strong-quorum threshold, how many of the largest participants hold 1/3 and",
      "2/3 of the power; and every worker-key problem (keys that are not valid compressed",
      "BLS12-381 G1 points in the subgroup, keys shared by several miners).",
      "Exit 1 if a key is unusable, or the file contradicts itself."
    })
final class PowerTableShowCommand implements Callable<Integer> {
  @CommandLine.Mixin PowerTableSourceOptions input;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "List only the N largest entries (default: all).")
  Integer top;

  @Option(names = "--full-keys", description = "Print whole keys instead of shortened ones.")
  boolean fullKeys;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    if (top != null && top < 0) {
      throw new CommandLine.ParameterException(output.commandLine(), "--top must not be negative");
    }
    LoadedPowerTable loaded = input.load();
    PowerTable table = loaded.table();
    PowerTableStatistics statistics = PowerTableStatistics.of(table);
    KeyAudit keys = KeyAudit.of(table);
    int shown = top == null ? statistics.rows().size() : Math.min(top, statistics.rows().size());
    PrintWriter out = output.out();
    if (output.json) {
      JsonOutput.print(out, toJson(loaded, statistics, keys, shown));
    } else {
      printText(out, loaded, statistics, keys, shown, fullKeys);
    }
    record(output.session(), loaded, statistics, keys);
    boolean wrong = !keys.invalid().isEmpty() || !loaded.contradictions().isEmpty();
    return wrong ? ExitCodes.FOUND_WRONG : ExitCodes.OK;
  }

  private static void record(
      SessionRecord.Builder session,
      LoadedPowerTable loaded,
      PowerTableStatistics statistics,
      KeyAudit keys) {
    PowerTable table = loaded.table();
    SessionFacts.table(session, "power table", loaded);
    session.cid(RecordedCid.computed("power table", table.cid()));
    session.fact(
        "total power",
        PowerUnits.format(statistics.total()) + " (" + statistics.total() + " bytes)");
    session.fact("scaled total", statistics.scaledTotal() + " of 65535");
    session.fact("quorum threshold", statistics.quorumThreshold() + " scaled power");
    session.fact(
        "concentration",
        "the "
            + statistics.topHoldingOneThird()
            + " largest hold 1/3 of the power, the "
            + statistics.topHoldingTwoThirds()
            + " largest 2/3; the "
            + statistics.topReachingQuorum()
            + " largest reach the quorum");
    session.fact(
        "canonical order",
        table.isCanonicalOrder() ? "yes" : "no, from entry " + table.firstOutOfOrderIndex());
    session.fact("unusable keys", keys.invalid().size());
    keys.invalid()
        .forEach(
            finding ->
                session.fact(
                    "unusable key",
                    finding.id().address()
                        + " (entry "
                        + finding.index()
                        + "): "
                        + finding.check().message()));
    session.fact("keys shared by several miners", keys.sharedKeys().size());
    if (!keys.invalid().isEmpty()) {
      session.reason("INVALID_KEY");
    } else if (!loaded.contradictions().isEmpty()) {
      session.reason("CONTRADICTION");
    }
    session.summary(
        "Power table of "
            + statistics.entries()
            + " entries, CID "
            + table.cid()
            + ": quorum "
            + statistics.quorumThreshold()
            + " of scaled total "
            + statistics.scaledTotal()
            + (keys.invalid().isEmpty() ? "" : "; " + keys.invalid().size() + " unusable keys")
            + (loaded.contradictions().isEmpty()
                ? ""
                : "; the file contradicts itself: " + loaded.contradictions().get(0)));
  }

  private static void printText(
      PrintWriter out,
      LoadedPowerTable loaded,
      PowerTableStatistics statistics,
      KeyAudit keys,
      int shown,
      boolean fullKeys) {
    PowerTable table = loaded.table();
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
    out.println(
        "Concentration the "
            + statistics.topHoldingOneThird()
            + " largest hold 1/3 of the power, the "
            + statistics.topHoldingTwoThirds()
            + " largest 2/3; the "
            + statistics.topReachingQuorum()
            + " largest reach the quorum");
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

  private static ObjectNode toJson(
      LoadedPowerTable loaded, PowerTableStatistics statistics, KeyAudit keys, int shown) {
    PowerTable table = loaded.table();
    ObjectNode node = JsonOutput.object();
    node.put("source", loaded.document().source());
    node.put("format", loaded.document().format().name());
    loaded.instance().ifPresent(instance -> node.put("instance", instance));
    loaded.origin().ifPresent(origin -> node.put("origin", origin));
    node.put("cid", table.cid().toString());
    node.put("entries", statistics.entries());
    node.put("totalPower", statistics.total().toString());
    node.put("totalPowerHuman", PowerUnits.format(statistics.total()));
    node.put("scaledTotal", statistics.scaledTotal());
    node.put("quorumThreshold", statistics.quorumThreshold());
    node.put("topHoldingOneThird", statistics.topHoldingOneThird());
    node.put("topHoldingTwoThirds", statistics.topHoldingTwoThirds());
    node.put("topReachingQuorum", statistics.topReachingQuorum());
    node.put("zeroScaledEntries", statistics.zeroScaledEntries());
    node.put("canonicalOrder", table.isCanonicalOrder());
    node.set("notes", CliJson.strings(loaded.notes()));
    node.set("contradictions", CliJson.strings(loaded.contradictions()));
    ArrayNode rows = node.putArray("rows");
    for (PowerTableStatistics.Row row : statistics.rows().subList(0, shown)) {
      ObjectNode item = rows.addObject();
      item.put("rank", row.rank());
      item.put("index", row.index());
      item.put("actor", row.entry().id().address());
      item.put("id", row.entry().id().decimal());
      item.put("power", row.entry().power().toString());
      item.put("powerHuman", PowerUnits.format(row.entry().power()));
      item.put("share", row.share());
      item.put("scaledPower", row.scaledPower());
      item.put("cumulativeShare", row.cumulativeShare());
      item.put("pubKey", row.entry().pubKey().toBase64());
      item.put("keyStatus", keys.check(row.index()).status().name());
    }
    ArrayNode invalid = node.putArray("invalidKeys");
    keys.invalid()
        .forEach(
            finding ->
                invalid
                    .addObject()
                    .put("actor", finding.id().address())
                    .put("index", finding.index())
                    .put("status", finding.check().status().name())
                    .put("message", finding.check().message()));
    ArrayNode shared = node.putArray("sharedKeys");
    keys.sharedKeys()
        .forEach(
            key -> {
              ObjectNode item = shared.addObject().put("pubKey", key.key().toBase64());
              ArrayNode actors = item.putArray("actors");
              key.actors().forEach(actor -> actors.add(actor.address()));
            });
    return node;
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
}
