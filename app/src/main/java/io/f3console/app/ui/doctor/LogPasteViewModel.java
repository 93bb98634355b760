package io.f3console.app.ui.doctor;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.UiTaskRunner;
import io.f3console.app.ui.controls.Tone;
import io.f3console.core.F3Exception;
import io.f3console.core.PrintableText;
import io.f3console.core.logs.LogClass;
import io.f3console.core.logs.LogClassifier;
import io.f3console.core.logs.LogDictionary;
import io.f3console.core.logs.LogReading;
import io.f3console.core.logs.LogRow;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Doctor's <em>Paste logs…</em> pane: pasted text or a log file read off the UI thread by
 * core's {@link LogClassifier}, each distinct F3 line a row (worst first) and a summary line in the
 * tone of the worst class. A file that cannot be read is said in the summary.
 */
public final class LogPasteViewModel {
  private final BackgroundLane lane;
  private final LogClassifier classifier;
  private final ObservableList<LogRow> rows = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper summary =
      new ReadOnlyStringWrapper(
          this, "summary", "Paste lines of a Lotus, Forest or go-f3 log, or open a log file.");
  private final ReadOnlyObjectWrapper<Tone> tone =
      new ReadOnlyObjectWrapper<>(this, "tone", Tone.MUTED);

  /**
   * @param runner where reading runs, off the UI thread
   */
  public LogPasteViewModel(UiTaskRunner runner) {
    this.lane = new BackgroundLane(Objects.requireNonNull(runner, "runner"), "log reading");
    this.classifier = new LogClassifier(LogDictionary.builtIn());
  }

  /** Reads pasted {@code text}. */
  public void read(String text) {
    String pasted = text == null ? "" : text;
    start("Reading the pasted log", () -> classifier.read(new StringReader(pasted)));
  }

  /** Reads the log file {@code file}. */
  public void read(Path file) {
    start("Reading " + file.getFileName(), () -> classifier.read(file));
  }

  private interface Reading {
    LogReading get() throws Exception;
  }

  private void start(String title, Reading reading) {
    rows.clear();
    tone.set(Tone.MUTED);
    summary.set(title + "…");
    lane.submit(
        title,
        progress -> {
          try {
            return new Outcome(Optional.of(reading.get()), Optional.empty());
          } catch (F3Exception e) {
            return new Outcome(Optional.empty(), Optional.of(e.getMessage()));
          }
        },
        this::show);
  }

  private record Outcome(Optional<LogReading> reading, Optional<String> problem) {}

  private void show(Outcome outcome) {
    if (outcome.problem().isPresent()) {
      tone.set(Tone.DANGER);
      summary.set("✘ " + PrintableText.line(outcome.problem().get()));
      return;
    }
    LogReading reading = outcome.reading().orElseThrow();
    rows.setAll(reading.rows());
    Optional<LogClass> verdict = reading.verdict();
    tone.set(verdict.map(LogPasteViewModel::toneOf).orElse(Tone.MUTED));
    summary.set(summaryOf(reading));
  }

  /** The summary line of a reading: the worst class first, then the counts. */
  static String summaryOf(LogReading reading) {
    String head =
        reading
            .verdict()
            .map(v -> icon(v) + " " + headline(v))
            .orElse("• No F3 line in this text.");
    StringBuilder text =
        new StringBuilder(head)
            .append(' ')
            .append(reading.linesRead())
            .append(" lines read: ")
            .append(reading.f3Lines())
            .append(" about F3 (")
            .append(reading.linesPerClass().get(LogClass.PROBLEM))
            .append(" problem, ")
            .append(reading.linesPerClass().get(LogClass.WORTH_A_LOOK))
            .append(" worth a look, ")
            .append(reading.linesPerClass().get(LogClass.UNKNOWN))
            .append(" unknown, ")
            .append(reading.linesPerClass().get(LogClass.BENIGN))
            .append(" benign), ")
            .append(reading.linesIgnored())
            .append(" others ignored.");
    reading.notes().forEach(note -> text.append(' ').append(note));
    return text.toString();
  }

  private static String headline(LogClass verdict) {
    return switch (verdict) {
      case PROBLEM -> "Some lines are problems.";
      case WORTH_A_LOOK -> "No problem, but some lines are worth a look.";
      case UNKNOWN -> "Nothing known to be wrong, but some F3 lines are unknown.";
      case BENIGN -> "Only noise: nothing to do.";
    };
  }

  /** The icon of a class: never colour alone. */
  public static String icon(LogClass logClass) {
    return switch (logClass) {
      case BENIGN -> "✔";
      case UNKNOWN -> "?";
      case WORTH_A_LOOK -> "⚠";
      case PROBLEM -> "✘";
    };
  }

  /** The colour token of a class. */
  public static Tone toneOf(LogClass logClass) {
    return switch (logClass) {
      case BENIGN -> Tone.SUCCESS;
      case UNKNOWN -> Tone.MUTED;
      case WORTH_A_LOOK -> Tone.WARNING;
      case PROBLEM -> Tone.DANGER;
    };
  }

  /** A row's time span in words ("2 min"), empty without times or for one line. */
  public static String span(LogRow row) {
    return row.spanInWords().orElse("");
  }

  /** The rows of the last reading, worst first. */
  public ObservableList<LogRow> rows() {
    return rows;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Tone> toneProperty() {
    return tone.getReadOnlyProperty();
  }

  /** Where the newest reading stands. */
  public ReadOnlyObjectProperty<BackgroundLane.State> stateProperty() {
    return lane.stateProperty();
  }
}
