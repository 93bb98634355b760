package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Terminal escape sequences and other control characters in input files never reach the terminal,
 * neither in error messages nor replayed from the history: they are spaces, and newlines are kept
 * only in multi-line output.
 */
class ControlCharactersTest {
  /** Sets the window title, turns text red, rings the bell, and moves the cursor (CSI as C1). */
  static final String HOSTILE = "\u001b]0;owned\u0007\u001b[31mred\r\u009b2Jwiped\u007f";

  @TempDir Path dir;

  static void assertPrintable(String text) {
    assertThat(text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t'))
        .as("control characters in %s", text)
        .isEmpty();
  }

  /** A power table whose power is a JSON string that decodes to escape sequences, then digits. */
  Path hostileTable() throws Exception {
    return Files.writeString(
        dir.resolve("table.json"),
        "[{\"ID\":1,\"Power\":\"\\u001b]0;owned\\u0007\\u001b[31m\\u009b2J12\","
            + "\"SigningKey\":\"x\"}]",
        StandardCharsets.UTF_8);
  }

  @Test
  void aFilesEscapeSequencesNeverReachTheErrorOrTheHistory() throws Exception {
    Path file = hostileTable();
    RecordedRuns history = new RecordedRuns(dir.resolve("history.db"));

    CliRun run = history.run("powertable", "cid", file.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("Power").contains(" ]0;owned  [31m 2J12");
    assertPrintable(run.err());
    assertPrintable(run.out());
    String show = history.showLast();
    assertPrintable(show);
    CliRun list = history.run("history", "list");
    assertThat(list.status()).as(list.toString()).isZero();
    assertPrintable(list.out());
  }

  @Test
  void aFileNameWithEscapesIsPrintedWithout() throws Exception {
    Path file = dir.resolve("x" + "\u001b[2J" + ".json");
    Files.writeString(file, "not json");
    RecordedRuns history = new RecordedRuns(dir.resolve("history.db"));

    CliRun run = history.run("powertable", "cid", file.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertPrintable(run.err());
    assertThat(run.err()).contains("x [2J.json");
    assertPrintable(history.showLast());
  }

  @Test
  void aUsageErrorQuotingAnArgumentPrintsItWithout() {
    CliRun run = CliRun.of("history", "show", "7" + HOSTILE);

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("7 ]0;owned");
    assertPrintable(run.err());
  }

  @Test
  void rowsAlreadyHoldingEscapesAreShownWithout() throws Exception {
    RawSessionRows raw = new RawSessionRows(dir.resolve("history.db"));
    long id =
        raw.insert(
            RawSessionRows.Row.ordinary()
                .texts(
                    "powertable " + HOSTILE,
                    "powertable cid " + HOSTILE,
                    "summary " + HOSTILE,
                    "line one\r\n" + HOSTILE + "\tcolumn\nline three\n"));
    raw.note(id, 1_700_000_001_000L, "note " + HOSTILE);
    RecordedRuns history = new RecordedRuns(raw.db());

    CliRun list = history.run("history", "list");
    CliRun show = history.run("history", "show", Long.toString(id));
    CliRun export = history.run("history", "export", Long.toString(id));

    for (CliRun run : new CliRun[] {list, show, export}) {
      assertThat(run.status()).as(run.toString()).isZero();
      assertPrintable(run.out());
      assertPrintable(run.err());
    }
    assertThat(show.out()).contains("| line one\n").contains("\tcolumn\n").contains("line three");
    assertThat(show.out()).contains("note  ]0;owned  [31mred  2Jwiped ");
  }

  @Test
  void theHistoryStoresNoControlCharacters() throws Exception {
    RecordedRuns history = new RecordedRuns(dir.resolve("history.db"));

    Path named = Files.move(hostileTable(), dir.resolve("t" + HOSTILE + ".json"));
    CliRun run = history.run("powertable", "cid", named.toString());
    CliRun note = history.run("history", "note", "1", "seen " + HOSTILE + "\nsecond line");

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(note.status()).as(note.toString()).isZero();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + history.db());
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT command || arguments || coalesce(network, '') || coalesce(reason, '')"
                    + " || summary || coalesce(output, '') FROM sessions"
                    + " UNION ALL SELECT text FROM notes"
                    + " UNION ALL SELECT role || spec FROM session_sources")) {
      int texts = 0;
      while (rows.next()) {
        texts++;
        assertPrintable(rows.getString(1));
      }
      assertThat(texts).isGreaterThanOrEqualTo(2);
    }
  }
}
