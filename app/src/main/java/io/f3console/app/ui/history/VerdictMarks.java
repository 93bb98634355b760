package io.f3console.app.ui.history;

import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.controls.TrustBadge;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.trust.TrustState;
import javafx.scene.control.Labeled;

/**
 * How a session's verdict and trust state are shown: an icon, the word and a colour token, never
 * colour alone. The trust state looks as the {@link TrustBadge} of the other views shows it.
 */
public final class VerdictMarks {
  private VerdictMarks() {}

  public static String icon(SessionVerdict verdict) {
    return switch (verdict) {
      case PASSED -> "✔";
      case FAILED, INTERNAL_ERROR -> "✘";
      case BAD_INPUT, UNREACHABLE -> "⚠";
      case CANCELLED -> "–";
      case UNKNOWN -> "?";
    };
  }

  public static Tone tone(SessionVerdict verdict) {
    return switch (verdict) {
      case PASSED -> Tone.SUCCESS;
      case FAILED, INTERNAL_ERROR -> Tone.DANGER;
      case BAD_INPUT, UNREACHABLE -> Tone.WARNING;
      case CANCELLED, UNKNOWN -> Tone.MUTED;
    };
  }

  /** {@code ✘ mismatch}: the trust badge's icon and the state's word. */
  public static String text(TrustState trust) {
    return TrustBadge.icon(trust) + " " + trust.word();
  }

  /** Gives {@code label} the trust state's text and the trust badge's colour token. */
  public static void showTrust(Labeled label, TrustState trust) {
    label.setText(text(trust));
    label.getStyleClass().removeAll(Tone.styleClasses());
    label.getStyleClass().add(TrustBadge.style(trust));
  }

  /** {@code ✘ failed}. */
  public static String text(SessionVerdict verdict) {
    return icon(verdict) + " " + verdict.label();
  }
}
