package io.f3console.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.testing.ChildJava;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several processes write to one new database at once (they race to create and migrate it), while
 * this one writes and reads too: every write succeeds and every session is there.
 */
class ConcurrentWritersTest {
  @TempDir Path dir;

  @Test
  void processesShareOneDatabase() throws Exception {
    Path file = dir.resolve("shared.db");
    int writers = 3;
    int each = 40;
    List<Process> processes = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      processes.add(
          ChildJava.start(
              HistoryWriterProcess.class,
              file.toString(),
              Long.toString(100_000L * (w + 1)),
              Integer.toString(each)));
    }
    int local = 0;
    try (HistoryStore store = HistoryStore.open(file)) {
      while (processes.stream().anyMatch(Process::isAlive)) {
        store.record(HistoryWriterProcess.session(9_000_000L + local));
        local++;
        store.list(SessionQuery.all().kind(SessionKind.VALIDATION).limit(50));
      }
    }
    for (Process process : processes) {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as(out).isZero();
      assertThat(out.lines().filter(l -> l.startsWith("committed ")).count()).isEqualTo(each);
    }
    try (HistoryStore store = HistoryStore.open(file)) {
      List<SessionSummary> all = store.list(SessionQuery.all().limit(100_000));
      assertThat(all).hasSize(writers * each + local);
      assertThat(all).extracting(SessionSummary::id).doesNotHaveDuplicates();
      assertThat(store.integrityCheck()).containsExactly("ok");
      assertThat(store.schemaVersion()).isEqualTo(HistoryStore.latestSchemaVersion());
    }
  }
}
