package io.f3console.core.history;

import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.testing.RandomPowerTables;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A separate process that writes sessions into a history database as fast as it can, and says
 * {@code committed ID SEED} on stdout after each write has committed. Each session is made from its
 * seed alone, so a reader can rebuild it and check that what the database holds is whole.
 *
 * <p>Arguments: the database file, the first seed, and how many sessions to write (0: forever).
 */
public final class HistoryWriterProcess {
  private HistoryWriterProcess() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    long seed = Long.parseLong(args[1]);
    long count = Long.parseLong(args[2]);
    PrintStream out = System.out;
    try (HistoryStore store = HistoryStore.open(file)) {
      out.println("opened");
      out.flush();
      for (long i = 0; count == 0 || i < count; i++) {
        long id = store.record(session(seed + i));
        out.println("committed " + id + " " + (seed + i));
        out.flush();
      }
    }
  }

  /** The session of a seed: its table repeats every fifth seed, so tables are shared. */
  static SessionRecord session(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    PowerTable table =
        PowerTable.of(
            RandomPowerTables.entries(new SplittableRandom(seed % 5), 20 + (int) (seed % 5) * 10));
    SessionRecord.Builder builder =
        SessionRecord.builder(SessionOrigin.CLI, SessionKind.VALIDATION, "certs validate")
            .arguments("certs validate demo:healthy --seed " + seed)
            .network("f3console-demo")
            .verdict(random.nextBoolean() ? SessionVerdict.PASSED : SessionVerdict.FAILED)
            .summary("session of seed " + seed)
            .exitCode(0)
            .instanceReached(seed)
            .source("certificates", "demo:healthy")
            .source("power table", "file:table-" + seed + ".json")
            .cid(RecordedCid.computed("initial power table", table.cid()))
            .table("initial", Optional.of(0L), table)
            .output("x".repeat(random.nextInt(20_000)));
    for (int f = 0; f < 1 + random.nextInt(20); f++) {
      builder.fact("fact " + f, seed * 31 + f);
    }
    return builder.build();
  }
}
