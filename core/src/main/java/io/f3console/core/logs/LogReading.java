package io.f3console.core.logs;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a log said about F3: its rows (worst class first, then in order of first appearance), how
 * many F3 lines fell in each class, how many lines were read, how many were not F3 lines (ignored),
 * how many were longer than the limit and cut, how many unknown lines could not be listed because
 * the number of distinct rows reached its bound, and notes about those limits. The verdict is the
 * worst class seen, empty when the log had no F3 line.
 */
public record LogReading(
    List<LogRow> rows,
    Map<LogClass, Long> linesPerClass,
    long linesRead,
    long linesIgnored,
    long linesCut,
    long unknownLinesNotListed,
    List<String> notes) {

  public LogReading {
    rows = List.copyOf(rows);
    EnumMap<LogClass, Long> totals = new EnumMap<>(LogClass.class);
    for (LogClass logClass : LogClass.values()) {
      totals.put(logClass, linesPerClass.getOrDefault(logClass, 0L));
    }
    linesPerClass = Collections.unmodifiableMap(totals);
    notes = List.copyOf(notes);
  }

  /** The worst class of any F3 line, empty when there was none. */
  public Optional<LogClass> verdict() {
    Optional<LogClass> worst = Optional.empty();
    for (Map.Entry<LogClass, Long> total : linesPerClass.entrySet()) {
      if (total.getValue() > 0) {
        worst = Optional.of(total.getKey());
      }
    }
    return worst;
  }

  /** How many lines were F3 lines (known or unknown). */
  public long f3Lines() {
    return linesPerClass.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Whether some F3 line is a {@link LogClass#PROBLEM}. */
  public boolean hasProblem() {
    return linesPerClass.get(LogClass.PROBLEM) > 0;
  }
}
