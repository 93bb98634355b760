package io.f3console.core.history;

import java.util.Objects;

/** One named finding of a session, as text ("threshold" = "43,176"). */
public record Fact(String name, String value) {
  public Fact {
    Objects.requireNonNull(name);
    Objects.requireNonNull(value);
  }

  /** The name in words ("Certificate 0" for {@code certificate-0}), see {@link SessionLabels}. */
  public String label() {
    return SessionLabels.of(name);
  }
}
