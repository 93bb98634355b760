package io.f3console.app.ui.certificates;

import io.f3console.app.ui.controls.Tone;
import io.f3console.core.inspect.StageExplanation.Verdict;
import io.f3console.core.validation.Stage;

/**
 * One node of the stage pipeline.
 *
 * @param stage the go-f3 stage
 * @param verdict passed, failed or not run
 * @param current whether the stepping cursor is on it
 */
public record StageNode(Stage stage, Verdict verdict, boolean current) {
  /** The symbol of a verdict: never colour alone. */
  public static String icon(Verdict verdict) {
    return switch (verdict) {
      case PASSED -> "✔";
      case FAILED -> "✘";
      case NOT_RUN -> "·";
    };
  }

  /** The word of a verdict. */
  public static String word(Verdict verdict) {
    return switch (verdict) {
      case PASSED -> "passed";
      case FAILED -> "failed";
      case NOT_RUN -> "not run";
    };
  }

  /** The colour of a verdict. */
  public static Tone tone(Verdict verdict) {
    return switch (verdict) {
      case PASSED -> Tone.SUCCESS;
      case FAILED -> Tone.DANGER;
      case NOT_RUN -> Tone.MUTED;
    };
  }
}
