package io.f3console.core.validation;

import java.util.Objects;

/**
 * One named value shown with a stage or a failure, e.g. {@code threshold = 43176}. Names are stable
 * camelCase identifiers (views and JSON use them); values are ready to display.
 */
public record Detail(String name, String value) {
  public Detail {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  public static Detail of(String name, Object value) {
    return new Detail(name, String.valueOf(value));
  }
}
