package io.f3console.app.ui.history;

import io.f3console.core.crypto.Bls;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionVerdict;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Another process writing the history while the console does, as the command line does: it
 * records sessions (each with a power table of its own) into the database given, one after the
 * other, until it has written at least the number given and the stop file exists. Prints
 * {@code recorded N} and exits 0.
 *
 * <p>Usage: {@code ConcurrentSessionWriter DATABASE STOP_FILE MINIMUM}
 */
public final class ConcurrentSessionWriter {
  /** What the writer's sessions are called. */
  static final String COMMAND = "concurrent writer";

  private ConcurrentSessionWriter() {}

  public static void main(String[] args) throws Exception {
    Path database = Path.of(args[0]);
    Path stop = Path.of(args[1]);
    int minimum = Integer.parseInt(args[2]);
    PubKey key = PubKey.of(Bls.publicKeyFromSecret(BigInteger.valueOf(4242)));
    long deadline = System.nanoTime() + 120_000_000_000L;
    int written = 0;
    try (HistoryStore store = HistoryStore.open(database)) {
      while (written < minimum || !Files.exists(stop)) {
        if (System.nanoTime() > deadline) {
          System.out.println("gave up after " + written + " sessions: no stop file");
          System.exit(3);
        }
        written++;
        PowerTable table = PowerTable.of(List.of(PowerEntry.of(1000 + written, 10 + written,
            key)));
        store.record(SessionRecord.builder(SessionOrigin.CLI, SessionKind.CHECK, COMMAND)
            .arguments("--n " + written).network("mainnet").verdict(SessionVerdict.PASSED)
            .summary("writer session " + written).exitCode(0)
            .cid(RecordedCid.computed("table", table.cid()))
            .table("table " + written, Optional.of((long) written), table).build());
        Thread.sleep(15);
      }
    }
    System.out.println("recorded " + written);
  }
}
