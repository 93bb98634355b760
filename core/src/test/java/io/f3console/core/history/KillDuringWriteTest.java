package io.f3console.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.testing.ChildJava;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: writer processes are killed with SIGKILL at random moments (while opening and
 * migrating a new file, and while writing), again and again on the same database. After every kill
 * the database opens, passes {@code PRAGMA integrity_check}, holds every session whose commit the
 * writer had reported, and every session it holds is whole.
 */
class KillDuringWriteTest {
  private static final int ROUNDS = 16;

  @TempDir Path dir;

  @Test
  void killedWritersLoseNothingThatCommitted() throws Exception {
    Path file = dir.resolve("history.db");
    Random random = new Random(20261124L);
    Map<Long, Long> committed = new HashMap<>();
    long seed = 1;
    int killedWhileWriting = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Process writer =
          ChildJava.start(HistoryWriterProcess.class, file.toString(), Long.toString(seed), "0");
      List<String> lines = new ArrayList<>();
      Thread reader = ChildJava.readLines(writer, lines, "writer-output");
      // The first rounds are killed within the first 300 ms (often while opening); later ones
      // once writing has started, after a random further delay.
      if (round >= 3) {
        awaitLine(lines, "committed", writer);
      }
      Thread.sleep(random.nextInt(round < 3 ? 300 : 150));
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(writer.exitValue()).as("the writer was killed, not finished").isNotZero();
      reader.join(10_000);
      int before = committed.size();
      synchronized (lines) {
        for (String line : lines) {
          if (line.startsWith("committed ")) {
            String[] parts = line.split(" ");
            committed.put(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            seed = Math.max(seed, Long.parseLong(parts[2]) + 1);
          }
        }
      }
      if (committed.size() > before) {
        killedWhileWriting++;
      }
      seed += 1000;
      checkDatabase(file, committed);
    }
    assertThat(killedWhileWriting)
        .as("rounds killed in the middle of writing")
        .isGreaterThanOrEqualTo(ROUNDS - 4);
    assertThat(committed).hasSizeGreaterThan(ROUNDS);
  }

  private static void checkDatabase(Path file, Map<Long, Long> committed) throws Exception {
    try (HistoryStore store = HistoryStore.open(file)) {
      assertThat(store.integrityCheck()).containsExactly("ok");
      for (Map.Entry<Long, Long> entry : committed.entrySet()) {
        StoredSession stored =
            store
                .find(entry.getKey())
                .orElseThrow(
                    () ->
                        new AssertionError("committed session " + entry.getKey() + " is missing"));
        assertWhole(stored, entry.getValue());
      }
      for (SessionSummary summary : store.list(SessionQuery.all().limit(1_000_000))) {
        long seed = Long.parseLong(summary.summary().substring("session of seed ".length()));
        assertWhole(store.find(summary.id()).orElseThrow(), seed);
      }
    }
  }

  /** The stored session equals the one its seed makes, field by field. */
  private static void assertWhole(StoredSession stored, long seed) throws Exception {
    SessionRecord expected = HistoryWriterProcess.session(seed);
    SessionRecord actual = stored.record();
    assertThat(actual.summary()).isEqualTo(expected.summary());
    assertThat(actual.verdict()).isEqualTo(expected.verdict());
    assertThat(actual.sources()).isEqualTo(expected.sources());
    assertThat(actual.cids()).isEqualTo(expected.cids());
    assertThat(actual.facts()).isEqualTo(expected.facts());
    assertThat(actual.output()).isEqualTo(expected.output());
    assertThat(stored.tables())
        .singleElement()
        .satisfies(
            t -> assertThat(t.cid()).isEqualTo(expected.tables().get(0).table().cid().toString()));
  }

  private static void awaitLine(List<String> lines, String prefix, Process process)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    synchronized (lines) {
      while (lines.stream().noneMatch(l -> l.startsWith(prefix))) {
        if (!process.isAlive()) {
          throw new AssertionError("the writer ended early: " + lines);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("the writer never wrote a session: " + lines);
        }
        lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
    }
  }
}
