package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.PrintableText;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.logs.KnownLogLine;
import io.f3console.core.logs.LogClass;
import io.f3console.core.logs.LogClassifier;
import io.f3console.core.logs.LogDictionary;
import io.f3console.core.logs.LogReading;
import io.f3console.core.logs.LogRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code doctor --log FILE}: the F3 lines of a Lotus, Forest or go-f3 log read against the known
 * log lines ({@link LogClassifier}), printed as one row per distinct line. Exit 0 when nothing is a
 * problem (noise, lines worth a look and unknown lines are printed but do not fail the run), 1 when
 * a line is a problem; a file that cannot be read is bad input (2).
 */
final class DoctorLogReading {
  private DoctorLogReading() {}

  /** Reads {@code file} ({@code -} for standard input), records the session and prints. */
  static int run(String file, OutputOptions output) throws F3Exception {
    SessionRecord.Builder session = output.session();
    String source = file.equals("-") ? "standard input" : file;
    session.source("log", source);
    LogClassifier classifier = new LogClassifier(LogDictionary.builtIn());
    LogReading reading;
    if (file.equals("-")) {
      try {
        reading = classifier.read(System.in);
      } catch (IOException e) {
        throw new F3Exception("standard input: cannot be read: " + e.getMessage(), e);
      }
    } else {
      reading = classifier.read(Path.of(file));
    }
    Result result = new Result(reading, source);
    session.summary(result.summary());
    reading.verdict().ifPresent(verdict -> session.reason(verdict.name()));
    for (LogClass logClass : LogClass.values()) {
      session.fact("lines: " + logClass.label(), reading.linesPerClass().get(logClass));
    }
    output.print(result);
    return reading.hasProblem() ? ExitCodes.FOUND_WRONG : ExitCodes.OK;
  }

  /** Marks each class in text, as the doctor's checklist marks its verdicts. */
  static String mark(LogClass logClass) {
    return switch (logClass) {
      case BENIGN -> "✔";
      case UNKNOWN -> "?";
      case WORTH_A_LOOK -> "⚠";
      case PROBLEM -> "✘";
    };
  }

  /** "× 240 over 2 min", "× 1", "× 3 over 61 s". */
  static String countAndSpan(LogRow row) {
    String count = "× " + row.count();
    return row.spanInWords().map(span -> count + " over " + span).orElse(count);
  }

  /** What the log held, for text and JSON. */
  record Result(LogReading reading, String source) implements CommandResult {

    String summary() {
      return "Log " + PrintableText.line(source) + ": " + counts();
    }

    private String counts() {
      return reading.linesRead()
          + " lines read, "
          + reading.f3Lines()
          + " F3 lines ("
          + reading.linesPerClass().get(LogClass.PROBLEM)
          + " problem, "
          + reading.linesPerClass().get(LogClass.WORTH_A_LOOK)
          + " worth a look, "
          + reading.linesPerClass().get(LogClass.UNKNOWN)
          + " unknown, "
          + reading.linesPerClass().get(LogClass.BENIGN)
          + " benign), "
          + reading.linesIgnored()
          + " other lines ignored";
    }

    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      out.println("F3 log reading of " + PrintableText.line(source));
      out.println();
      for (LogRow row : reading.rows()) {
        printRow(out, row);
        out.println();
      }
      if (reading.rows().isEmpty()) {
        out.println("No F3 line in this log.");
        out.println();
      }
      WrappedText.print(out, "", "", counts() + ".");
      out.println(
          "Result: "
              + reading
                  .verdict()
                  .map(v -> v.label() + (v == LogClass.PROBLEM ? " (exit 1)" : ""))
                  .orElse("nothing about F3"));
      reading.notes().forEach(note -> err.println("note: " + note));
    }

    private static void printRow(PrintWriter out, LogRow row) {
      StringBuilder head =
          new StringBuilder(mark(row.logClass()))
              .append(' ')
              .append(row.logClass().label().toUpperCase(Locale.ROOT))
              .append("  ")
              .append(countAndSpan(row))
              .append("  (first at line ")
              .append(row.firstLineNumber());
      row.firstTime().ifPresent(t -> head.append(", ").append(t));
      out.println(head.append(')'));
      WrappedText.print(out, "    ", "    ", PrintableText.line(row.message()));
      Optional<KnownLogLine> entry = row.entry();
      if (entry.isPresent()) {
        KnownLogLine known = entry.get();
        WrappedText.print(
            out,
            "    ",
            "    ",
            known.project().displayName()
                + ", "
                + known.source()
                + ", "
                + known.level()
                + "; "
                + known.versions()
                + ".");
        WrappedText.print(out, "    Means: ", "      ", known.meaning());
        WrappedText.print(out, "    → ", "      ", known.action());
      } else {
        WrappedText.print(out, "    e.g. ", "      ", PrintableText.line(row.example()));
        WrappedText.print(
            out,
            "    → ",
            "      ",
            "Not a line F3 Console knows: read it yourself, and look it up in the issue trackers"
                + " of Lotus, Forest or go-f3 before acting on it.");
      }
    }

    @Override
    public JsonFields toJson() {
      return JsonFields.object()
          .text("log", PrintableText.line(source))
          .text("verdict", reading.verdict().map(Enum::name))
          .number("linesRead", reading.linesRead())
          .number("f3Lines", reading.f3Lines())
          .number("linesIgnored", reading.linesIgnored())
          .number("linesCut", reading.linesCut())
          .number("unknownLinesNotListed", reading.unknownLinesNotListed())
          .object(
              "linesPerClass",
              JsonFields.object()
                  .number("problem", reading.linesPerClass().get(LogClass.PROBLEM))
                  .number("worthALook", reading.linesPerClass().get(LogClass.WORTH_A_LOOK))
                  .number("unknown", reading.linesPerClass().get(LogClass.UNKNOWN))
                  .number("benign", reading.linesPerClass().get(LogClass.BENIGN)))
          .strings("notes", reading.notes())
          .objects("rows", reading.rows(), Result::row);
    }

    private static JsonFields row(LogRow row) {
      Optional<KnownLogLine> entry = row.entry();
      return JsonFields.object()
          .text("class", row.logClass().name())
          .text("id", entry.map(KnownLogLine::id))
          .text("message", PrintableText.line(row.message()))
          .number("count", row.count())
          .number("firstLineNumber", row.firstLineNumber())
          .text("firstTime", row.firstTime().map(Object::toString))
          .text("lastTime", row.lastTime().map(Object::toString))
          .number("spanSeconds", row.span().map(d -> d.toMillis() / 1000.0))
          .text("lineLevel", row.level().isEmpty() ? Optional.empty() : Optional.of(row.level()))
          .text("project", entry.map(e -> e.project().displayName()))
          .text("source", entry.map(KnownLogLine::source))
          .text("versions", entry.map(KnownLogLine::versions))
          .text("level", entry.map(KnownLogLine::level))
          .text("meaning", entry.map(KnownLogLine::meaning))
          .text("action", entry.map(KnownLogLine::action))
          .text("example", PrintableText.line(row.example()));
    }
  }
}
