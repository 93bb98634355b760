package io.f3console.app.ui.history;

import io.f3console.app.ui.controls.Tone;
import io.f3console.core.history.SessionVerdict;

/** How a session's verdict is shown: an icon, the word and a colour token, never colour alone. */
public final class VerdictMarks {
  private VerdictMarks() {}

  public static String icon(SessionVerdict verdict) {
    return switch (verdict) {
      case PASSED -> "✔";
      case FAILED, INTERNAL_ERROR -> "✘";
      case BAD_INPUT, UNREACHABLE -> "⚠";
      case CANCELLED -> "–";
    };
  }

  public static Tone tone(SessionVerdict verdict) {
    return switch (verdict) {
      case PASSED -> Tone.SUCCESS;
      case FAILED, INTERNAL_ERROR -> Tone.DANGER;
      case BAD_INPUT, UNREACHABLE -> Tone.WARNING;
      case CANCELLED -> Tone.MUTED;
    };
  }

  /** {@code ✘ failed}. */
  public static String text(SessionVerdict verdict) {
    return icon(verdict) + " " + verdict.label();
  }
}
