package io.f3console.core.logs;

/**
 * How much a log line should worry an operator, from least to most. {@link #UNKNOWN} is an F3 line
 * the dictionary does not know: it ranks above noise, since nobody can say it is harmless.
 */
public enum LogClass {
  /** Noise: normal operation, nothing to do. */
  BENIGN("benign"),
  /** An F3 line the dictionary does not know. */
  UNKNOWN("unknown"),
  /** Often harmless, sometimes the first sign of trouble: read what it means. */
  WORTH_A_LOOK("worth a look"),
  /** Something is wrong and needs action. */
  PROBLEM("problem");

  private final String label;

  LogClass(String label) {
    this.label = label;
  }

  /** The class in words, lower case. */
  public String label() {
    return label;
  }

  /** The worse of this class and {@code other}. */
  public LogClass worst(LogClass other) {
    return other.compareTo(this) > 0 ? other : this;
  }
}
