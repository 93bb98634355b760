package io.f3console.core.logs;

import io.f3console.core.F3Exception;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a log as a stream, one line at a time, and sorts its F3 lines against a {@link
 * LogDictionary} into a {@link LogReading}.
 *
 * <p>A line is an F3 line when it matches a dictionary entry, comes from F3 code ({@link
 * LogLine#fromF3Code()}) or names F3 in its message ({@link LogLine#mentionsF3()}); every other
 * line is counted as ignored. An F3 line that matches no entry is UNKNOWN; unknown lines collapse
 * by their message with numbers, CIDs, peer IDs and hex values made alike. Lines longer than {@link
 * #MAX_LINE_CHARS} are cut there (and counted), and at most {@link #MAX_UNKNOWN_ROWS} distinct
 * unknown messages are listed; memory stays bounded whatever the size of the log.
 */
public final class LogClassifier {
  /** Characters of a line that are read; the rest is skipped. */
  public static final int MAX_LINE_CHARS = 64 * 1024;

  /** Distinct unknown messages that are listed. */
  public static final int MAX_UNKNOWN_ROWS = 10_000;

  /** Characters of a row's example line and unknown message that are kept. */
  static final int MAX_KEPT_CHARS = 1_000;

  private static final Pattern CID = Pattern.compile("\\bbaf[a-z2-7]{20,}\\b");
  private static final Pattern PEER_ID =
      Pattern.compile("\\b(?:12D3Koo|Qm)[1-9A-HJ-NP-Za-km-z]{20,}\\b");
  private static final Pattern HEX = Pattern.compile("\\b0x[0-9a-fA-F]+\\b");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  private final LogDictionary dictionary;
  private final int maxUnknownRows;

  /** A classifier over {@code dictionary} with the default bounds. */
  public LogClassifier(LogDictionary dictionary) {
    this(dictionary, MAX_UNKNOWN_ROWS);
  }

  LogClassifier(LogDictionary dictionary, int maxUnknownRows) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.maxUnknownRows = maxUnknownRows;
  }

  /**
   * Reads the log file at {@code file}.
   *
   * @throws F3Exception when the file is missing, a directory or cannot be read (one line saying
   *     which)
   */
  public LogReading read(Path file) throws F3Exception {
    if (!Files.exists(file)) {
      throw new F3Exception(file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new F3Exception(file + ": is a directory, not a log file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (NoSuchFileException e) {
      throw new F3Exception(file + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new F3Exception(file + ": permission denied", e);
    } catch (IOException e) {
      throw new F3Exception(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** Reads a log from {@code in} as UTF-8 (malformed bytes become U+FFFD); does not close it. */
  public LogReading read(InputStream in) throws IOException {
    return read(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** Reads a log from {@code in}; does not close it. */
  public LogReading read(Reader in) throws IOException {
    Tally tally = new Tally();
    BoundedLineReader lines = new BoundedLineReader(in, MAX_LINE_CHARS);
    for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
      tally.add(line);
    }
    return tally.reading();
  }

  /** The key under which unknown messages collapse. */
  static String unknownKey(String message) {
    String key = KnownLogLine.normalised(message);
    key = CID.matcher(key).replaceAll("<cid>");
    key = PEER_ID.matcher(key).replaceAll("<peer>");
    key = HEX.matcher(key).replaceAll("<hex>");
    key = NUMBER.matcher(key).replaceAll("#");
    return cut(key);
  }

  private static String cut(String text) {
    return text.length() <= MAX_KEPT_CHARS ? text : text.substring(0, MAX_KEPT_CHARS) + "…";
  }

  private final class Tally {
    private final Map<String, RowBuilder> rows = new LinkedHashMap<>();
    private final EnumMap<LogClass, Long> perClass = new EnumMap<>(LogClass.class);
    private long read;
    private long ignored;
    private long cut;
    private long unknownRows;
    private long notListed;

    void add(BoundedLineReader.Line raw) {
      read++;
      if (raw.cut()) {
        cut++;
      }
      LogLine line = LogLineParser.parse(raw.text());
      if (line.message().isEmpty()) {
        ignored++;
        return;
      }
      Optional<KnownLogLine> entry = dictionary.match(line.message(), line.caller());
      String key;
      LogClass logClass;
      if (entry.isPresent()) {
        key = "known:" + entry.get().id();
        logClass = entry.get().logClass();
      } else if (line.fromF3Code() || line.mentionsF3()) {
        key = "unknown:" + unknownKey(line.message());
        logClass = LogClass.UNKNOWN;
      } else {
        ignored++;
        return;
      }
      perClass.merge(logClass, 1L, Long::sum);
      RowBuilder row = rows.get(key);
      if (row == null) {
        if (entry.isEmpty() && unknownRows >= maxUnknownRows) {
          notListed++;
          return;
        }
        if (entry.isEmpty()) {
          unknownRows++;
        }
        row = new RowBuilder(entry, logClass, line, read, cut(raw.text()));
        rows.put(key, row);
      }
      row.add(line.time());
    }

    LogReading reading() {
      List<LogRow> built = new ArrayList<>();
      rows.values().forEach(row -> built.add(row.build()));
      built.sort(
          Comparator.comparing(LogRow::logClass)
              .reversed()
              .thenComparingLong(LogRow::firstLineNumber));
      List<String> notes = new ArrayList<>();
      if (cut > 0) {
        notes.add(
            cut
                + (cut == 1 ? " line was" : " lines were")
                + " longer than "
                + MAX_LINE_CHARS / 1024
                + " KiB and cut there.");
      }
      if (notListed > 0) {
        notes.add(
            "More than "
                + maxUnknownRows
                + " different unknown F3 messages: "
                + notListed
                + " unknown "
                + (notListed == 1 ? "line is" : "lines are")
                + " counted but not listed.");
      }
      return new LogReading(built, perClass, read, ignored, cut, notListed, notes);
    }
  }

  private static final class RowBuilder {
    private final Optional<KnownLogLine> entry;
    private final LogClass logClass;
    private final String message;
    private final String level;
    private final long firstLine;
    private final String example;
    private long count;
    private Instant first;
    private Instant last;

    RowBuilder(
        Optional<KnownLogLine> entry,
        LogClass logClass,
        LogLine line,
        long lineNumber,
        String example) {
      this.entry = entry;
      this.logClass = logClass;
      this.message = entry.map(KnownLogLine::message).orElseGet(() -> cut(line.message()));
      this.level = line.level();
      this.firstLine = lineNumber;
      this.example = example;
    }

    void add(Optional<Instant> time) {
      count++;
      time.ifPresent(
          t -> {
            if (first == null || t.isBefore(first)) {
              first = t;
            }
            if (last == null || t.isAfter(last)) {
              last = t;
            }
          });
    }

    LogRow build() {
      return new LogRow(
          entry,
          logClass,
          message,
          level,
          count,
          firstLine,
          Optional.ofNullable(first),
          Optional.ofNullable(last),
          example);
    }
  }
}
