package io.f3console.core.history;

/** Which front end ran a session. */
public enum SessionOrigin {
  CLI("cli"),
  CONSOLE("console");

  private final String label;

  SessionOrigin(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static SessionOrigin fromLabel(String label) {
    for (SessionOrigin origin : values()) {
      if (origin.label.equals(label)) {
        return origin;
      }
    }
    throw new IllegalArgumentException("unknown session origin '" + label + "'");
  }
}
