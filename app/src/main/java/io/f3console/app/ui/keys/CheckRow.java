package io.f3console.app.ui.keys;

import java.util.Objects;
import java.util.Optional;

/**
 * One of the four facts go-f3 establishes about a key, in the order it establishes them.
 *
 * @param name what is checked ("On the curve")
 * @param explanation what the check requires, in one short line
 * @param outcome passed, failed, or not reached because an earlier check failed
 */
public record CheckRow(String name, String explanation, Outcome outcome) {
  /** The answer of one check: an icon, a word and a style class, never colour alone. */
  public enum Outcome {
    PASSED("✔", "yes", "keys-check-passed"),
    FAILED("✘", "no", "keys-check-failed"),
    NOT_REACHED("—", "not reached", "keys-check-not-reached");

    private final String icon;
    private final String word;
    private final String style;

    Outcome(String icon, String word, String style) {
      this.icon = icon;
      this.word = word;
      this.style = style;
    }

    /** From a fact that is known only when the earlier checks passed. */
    public static Outcome of(Optional<Boolean> fact) {
      return fact.map(Outcome::of).orElse(NOT_REACHED);
    }

    public static Outcome of(boolean fact) {
      return fact ? PASSED : FAILED;
    }

    public String icon() {
      return icon;
    }

    public String word() {
      return word;
    }

    /** {@code ✔ yes}. */
    public String text() {
      return icon + " " + word;
    }

    /** The style class (defined in keys.css from the theme tokens). */
    public String style() {
      return style;
    }
  }

  public CheckRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(outcome, "outcome");
  }
}
