package io.f3console.app.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The console's two themes: whole-stylesheet swaps of the colour tokens. */
public enum Theme {
  LIGHT("light.css"), DARK("dark.css");

  private final String stylesheet;

  Theme(String stylesheet) {
    this.stylesheet = stylesheet;
  }

  /** The stylesheet defining this theme's colour tokens. */
  public String stylesheet() {
    return Objects.requireNonNull(Theme.class.getResource(stylesheet), stylesheet).toExternalForm();
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
