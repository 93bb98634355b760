package io.f3console.app.ui.powertable;

import io.f3console.core.crypto.BlsException;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.powertable.KeyAudit;
import io.f3console.core.powertable.PowerTableStatistics;
import io.f3console.core.trust.Trust;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the view shows about one table, computed in the background: the statistics, the key
 * audit, one row per participant and the distribution to draw.
 *
 * @param choice which table it is
 * @param table the table
 * @param trust how far the table is proved
 * @param statistics shares, totals, quorum and concentration
 * @param keys the worker-key audit
 * @param rows one row per participant, by rank
 * @param distribution what the chart draws
 */
public record TableAnalysis(
    TableChoice choice,
    PowerTable table,
    Trust trust,
    PowerTableStatistics statistics,
    KeyAudit keys,
    List<EntryRow> rows,
    Distribution distribution) {

  public TableAnalysis {
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(trust, "trust");
    Objects.requireNonNull(statistics, "statistics");
    Objects.requireNonNull(keys, "keys");
    rows = List.copyOf(rows);
    Objects.requireNonNull(distribution, "distribution");
  }

  /** Analyses a resolved table (about 100 ms at mainnet size, most of it the key checks). */
  static TableAnalysis of(TableSource.Resolved resolved) throws BlsException {
    PowerTable table = resolved.table();
    PowerTableStatistics statistics = PowerTableStatistics.of(table);
    KeyAudit keys = KeyAudit.of(table);
    Map<PubKey, Integer> users = new HashMap<>();
    for (PowerEntry entry : table.entries()) {
      users.merge(entry.pubKey(), 1, Integer::sum);
    }
    List<EntryRow> rows = new ArrayList<>(table.size());
    for (PowerTableStatistics.Row row : statistics.rows()) {
      rows.add(EntryRow.of(row, keys.check(row.index()), users.get(row.entry().pubKey())));
    }
    return new TableAnalysis(
        resolved.choice(),
        table,
        resolved.trust(),
        statistics,
        keys,
        rows,
        Distribution.of(statistics));
  }

  /** How many entries use a key some other entry uses too. */
  public int entriesWithSharedKeys() {
    return keys.sharedKeys().stream().mapToInt(shared -> shared.actors().size()).sum();
  }
}
