package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows this version never writes (a kind, origin, verdict or trust word of a newer version,
 * timestamps at the ends of the range) are listed, shown and exported: what can be read is shown,
 * the rest marked unknown, and the command succeeds.
 */
class UnexpectedHistoryRowsTest {
  @TempDir Path dir;

  RawSessionRows raw() {
    return new RawSessionRows(dir.resolve("history.db"));
  }

  void assertReadable(RecordedRuns history, long id) {
    for (List<String> command :
        List.of(
            List.of("history", "list"),
            List.of("history", "list", "--json"),
            List.of("history", "show", Long.toString(id)),
            List.of("history", "show", Long.toString(id), "--json"),
            List.of("history", "export", Long.toString(id)),
            List.of("history", "export", Long.toString(id), "--format", "json"))) {
      CliRun run = history.run(command.toArray(String[]::new));
      assertThat(run.status()).as(command + "\n" + run).isZero();
      assertThat(run.err()).as(command + "\n" + run).isEmpty();
    }
  }

  @Test
  void labelsOfANewerVersionAreShownAsUnknown() throws Exception {
    RawSessionRows raw = raw();
    long id =
        raw.insert(RawSessionRows.Row.ordinary().labels("api", "audit", "SKIPPED", "probable"));
    RecordedRuns history = new RecordedRuns(raw.db());

    assertReadable(history, id);
    String show = history.run("history", "show", Long.toString(id)).out();
    assertThat(show)
        .contains("Verdict      unknown, exit status 0")
        .contains("Kind         unknown, run from the unknown")
        .contains("Network      calibrationnet")
        .contains("The table matches")
        .as("a trust word this version cannot read is never shown as one it knows")
        .doesNotContain("Trust ");
    String list = history.run("history", "list").out();
    assertThat(list).contains("unknown").contains("powertable check").contains("The table matches");
  }

  @Test
  void extremeTimestampsAreShown() throws Exception {
    RawSessionRows raw = raw();
    long latest = raw.insert(RawSessionRows.Row.ordinary().started(Long.MAX_VALUE, Long.MIN_VALUE));
    long earliest =
        raw.insert(RawSessionRows.Row.ordinary().started(Long.MIN_VALUE, Long.MAX_VALUE));
    long backwards = raw.insert(RawSessionRows.Row.ordinary().started(1_700_000_000_000L, 0L));
    raw.note(latest, Long.MIN_VALUE, "a note from no time at all");
    RecordedRuns history = new RecordedRuns(raw.db());

    for (long id : new long[] {latest, earliest, backwards}) {
      assertReadable(history, id);
    }
    String show = history.run("history", "show", Long.toString(latest)).out();
    assertThat(show)
        .contains("Started      +292278994-08-17 07:12:55 UTC, took unknown")
        .contains("a note from no time at all");
    assertThat(history.run("history", "show", Long.toString(backwards)).out())
        .contains("Started      2023-11-14 22:13:20 UTC, took unknown");
  }
}
