package io.f3console.app.cli;

import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.powertable.KeyAudit;
import io.f3console.core.powertable.PowerTableStatistics;
import io.f3console.core.powertable.PowerUnits;
import java.util.concurrent.Callable;
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
    record(output.session(), loaded, statistics, keys);
    output.print(new PowerTableShowResult(loaded, statistics, keys, shown, fullKeys));
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
    session.fact("concentration", PowerTableShowResult.concentration(statistics));
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
}
