package io.f3console.core.history;

/** Which front end ran a session. */
public enum SessionOrigin {
  CLI("cli"),
  CONSOLE("console"),
  /** A front end this version does not know, read from a history a newer version wrote. */
  UNKNOWN("unknown");

  private final String label;

  SessionOrigin(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The origin stored as {@code label}; {@link #UNKNOWN} for a label this version does not know.
   */
  static SessionOrigin fromLabel(String label) {
    for (SessionOrigin origin : values()) {
      if (origin != UNKNOWN && origin.label.equals(label)) {
        return origin;
      }
    }
    return UNKNOWN;
  }
}
