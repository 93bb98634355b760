package io.f3console.core.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.F3Exception;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogClassifierTest {
  private final LogClassifier classifier = new LogClassifier(LogDictionary.builtIn());

  @Test
  void theLeaseLoopOfLotus12785IsOneRowOf240LinesOverTwoMinutes() throws IOException {
    LogReading reading = read("lotus-12785-lease-loop.log");
    assertThat(reading.linesRead()).isEqualTo(240);
    assertThat(reading.linesIgnored()).isZero();
    LogRow row = reading.rows().get(0);
    assertThat(reading.rows()).hasSize(1);
    assertThat(row.entry().map(KnownLogLine::id)).contains("lotus-ticket-before-lease");
    assertThat(row.count()).isEqualTo(240);
    assertThat(row.firstLineNumber()).isEqualTo(1);
    assertThat(row.level()).isEqualTo("WARN");
    assertThat(row.firstTime()).contains(Instant.parse("2024-11-28T06:20:50.468Z"));
    assertThat(row.span()).contains(Duration.ofMillis(119_500));
    assertThat(reading.verdict()).contains(LogClass.WORTH_A_LOOK);
    assertThat(reading.hasProblem()).isFalse();
  }

  @Test
  void forest5042HasOneBenignF3LineAmongForestNoise() throws IOException {
    LogReading reading = read("forest-5042.log");
    assertThat(reading.linesRead()).isEqualTo(18);
    assertThat(reading.linesIgnored()).isEqualTo(17);
    assertThat(reading.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.entry().map(KnownLogLine::id)).contains("gof3-starting");
              assertThat(row.firstLineNumber()).isEqualTo(11);
            });
    assertThat(reading.verdict()).contains(LogClass.BENIGN);
  }

  @Test
  void aMixedLogSortsProblemsFirstAndCollapsesUnknownLinesByTheirShape() throws IOException {
    LogReading reading = read("mixed.log");
    assertThat(reading.linesRead()).isEqualTo(16);
    assertThat(reading.linesIgnored()).isEqualTo(9);
    assertThat(reading.f3Lines()).isEqualTo(7);
    assertThat(reading.linesPerClass())
        .containsEntry(LogClass.PROBLEM, 1L)
        .containsEntry(LogClass.WORTH_A_LOOK, 3L)
        .containsEntry(LogClass.UNKNOWN, 3L)
        .containsEntry(LogClass.BENIGN, 0L);
    assertThat(reading.verdict()).contains(LogClass.PROBLEM);
    List<LogRow> rows = reading.rows();
    assertThat(rows)
        .extracting(LogRow::logClass)
        .containsExactly(
            LogClass.PROBLEM, LogClass.WORTH_A_LOOK, LogClass.UNKNOWN, LogClass.UNKNOWN);
    assertThat(rows).extracting(LogRow::firstLineNumber).containsExactly(13L, 8L, 11L, 14L);
    assertThat(rows).extracting(LogRow::count).containsExactly(1L, 3L, 2L, 1L);
    assertThat(rows.get(0).entry().map(KnownLogLine::id)).contains("gof3-initial-table-mismatch");
    assertThat(rows.get(1).span()).contains(Duration.ofSeconds(61));
    assertThat(rows.get(2).message()).isEqualTo("polling 12 peers for instance 446663");
    assertThat(rows.get(2).span()).contains(Duration.ofSeconds(30));
    assertThat(rows.get(3).message())
        .isEqualTo("F3 not running or not ready, falling back to EC finality");
    assertThat(rows.get(3).example()).contains("eth/tipsetresolver.go:52");
  }

  @Test
  void documentedMessagesAreKnownExceptTheTruncatedQuote() throws IOException {
    LogReading reading = read("doc-quoted.log");
    assertThat(reading.linesIgnored()).isZero();
    assertThat(reading.rows())
        .filteredOn(row -> row.logClass() == LogClass.UNKNOWN)
        .singleElement()
        .satisfies(
            row ->
                assertThat(row.message())
                    .startsWith("Node is not the issuer of F3 participation ticket."));
    assertThat(reading.linesPerClass().get(LogClass.UNKNOWN)).isEqualTo(1);
  }

  @Test
  void aLogWithoutF3HasNoVerdict() throws IOException {
    LogReading reading =
        classifier.read(new StringReader("2024-01-01T00:00:00.000Z\tINFO\tmain\tx.go:1\thello\n"));
    assertThat(reading.verdict()).isEmpty();
    assertThat(reading.rows()).isEmpty();
    assertThat(reading.linesIgnored()).isEqualTo(1);
  }

  @Test
  void aVeryLongLineIsCutAndSaidSo() throws IOException {
    String longTail = "x".repeat(200_000);
    String log = "F3 trouble ahead " + longTail + "\r\nreached a decision\n";
    LogReading reading = classifier.read(new StringReader(log));
    assertThat(reading.linesRead()).isEqualTo(2);
    assertThat(reading.linesCut()).isEqualTo(1);
    assertThat(reading.notes()).containsExactly("1 line was longer than 64 KiB and cut there.");
    LogRow unknown = reading.rows().get(0);
    assertThat(unknown.logClass()).isEqualTo(LogClass.UNKNOWN);
    assertThat(unknown.example().length()).isLessThanOrEqualTo(LogClassifier.MAX_KEPT_CHARS + 1);
    assertThat(reading.rows().get(1).entry().map(KnownLogLine::id)).contains("gof3-decision");
  }

  @Test
  void distinctUnknownMessagesBeyondTheBoundAreCountedNotListed() throws IOException {
    LogClassifier small = new LogClassifier(LogDictionary.builtIn(), 3);
    String log =
        "F3 alpha\nF3 beta\nF3 gamma\nF3 delta\nF3 epsilon\nF3 alpha\nreached a decision\n";
    LogReading reading = small.read(new StringReader(log));
    assertThat(reading.rows()).hasSize(4);
    assertThat(reading.unknownLinesNotListed()).isEqualTo(2);
    assertThat(reading.linesPerClass().get(LogClass.UNKNOWN)).isEqualTo(6);
    assertThat(reading.notes())
        .containsExactly(
            "More than 3 different unknown F3 messages: 2 unknown lines are counted but not"
                + " listed.");
  }

  @Test
  void aLongLogIsReadAsAStream() throws IOException {
    long lines = 500_000;
    String line =
        "2024-11-28T14:20:50.468+0800\tWARN\tf3\tlf3/participation.go:184\tF3 participation"
            + " ticket starts before the existing lease. Acquiring a new ticket.\n";
    LogReading reading = classifier.read(new RepeatingReader(line, lines));
    assertThat(reading.linesRead()).isEqualTo(lines);
    assertThat(reading.rows()).singleElement().extracting(LogRow::count).isEqualTo(lines);
  }

  @Test
  void filesThatCannotBeReadAreOneLineErrors(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> classifier.read(dir.resolve("missing.log")))
        .isInstanceOf(F3Exception.class)
        .hasMessageEndingWith("missing.log: no such file");
    assertThatThrownBy(() -> classifier.read(dir))
        .isInstanceOf(F3Exception.class)
        .hasMessageEndingWith(": is a directory, not a log file");
    Path file = Files.writeString(dir.resolve("ok.log"), "reached a decision\n");
    assertThat(classifier.read(file).verdict()).contains(LogClass.BENIGN);
  }

  private LogReading read(String fixture) throws IOException {
    try (InputStream in = LogFixtures.open(fixture)) {
      return classifier.read(in);
    }
  }

  /** {@code count} copies of {@code line}, produced as they are read. */
  private static final class RepeatingReader extends Reader {
    private final String line;
    private long left;
    private int at;

    RepeatingReader(String line, long count) {
      this.line = line;
      this.left = count;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (left == 0) {
        return -1;
      }
      int n = 0;
      while (n < length && left > 0) {
        buffer[offset + n++] = line.charAt(at++);
        if (at == line.length()) {
          at = 0;
          left--;
        }
      }
      return n;
    }

    @Override
    public void close() {}
  }
}
