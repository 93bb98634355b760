package io.f3console.app.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The console's two themes: whole-stylesheet swaps of the colour tokens. */
public enum Theme {
  LIGHT("light.css"),
  DARK("dark.css");

  private final String stylesheet;

  Theme(String stylesheet) {
    this.stylesheet = stylesheet;
  }

  /** The stylesheet defining this theme's colour tokens. */
  public String stylesheet() {
    return Objects.requireNonNull(Theme.class.getResource(stylesheet), stylesheet).toExternalForm();
  }

  /** The theme's name as a button says it ("Dark"). */
  public String label() {
    return this == LIGHT ? "Light" : "Dark";
  }

  /**
   * What the theme button says while this theme is on: what pressing it does, so "Light" in the
   * dark theme and "Dark" in the light one.
   */
  public String switchLabel() {
    return other().label();
  }

  /** The theme button's tooltip while this theme is on. */
  public String switchTooltip() {
    return "Switch to the "
        + other().label().toLowerCase(Locale.ROOT)
        + " theme (now "
        + label().toLowerCase(Locale.ROOT)
        + ")";
  }

  public Theme other() {
    return this == LIGHT ? DARK : LIGHT;
  }

  public static Optional<Theme> byName(String name) {
    for (Theme theme : values()) {
      if (theme.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(theme);
      }
    }
    return Optional.empty();
  }
}
