package io.f3console.app.ui.controls;

import io.f3console.core.trust.TrustState;

/**
 * How a trust state is marked wherever the console shows one: its symbol and its colour. Plain Java
 * (no control), so view models use it without the toolkit; {@link TrustBadge} shows it.
 */
public final class TrustMarks {
  private TrustMarks() {}

  /** The symbol shown before the state's word. */
  public static String icon(TrustState state) {
    return switch (state) {
      case VERIFIED -> "✔";
      case UNVERIFIED -> "?";
      case MISMATCH -> "✘";
    };
  }

  /** The state's colour: green only when proved. */
  public static Tone tone(TrustState state) {
    return switch (state) {
      case VERIFIED -> Tone.SUCCESS;
      case UNVERIFIED -> Tone.WARNING;
      case MISMATCH -> Tone.DANGER;
    };
  }
}
