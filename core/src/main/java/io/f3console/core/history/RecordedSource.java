package io.f3console.core.history;

import java.util.Objects;

/**
 * A source a session read, as its source string ({@code file:…}, {@code rpc:URL}, …): never with a
 * token.
 *
 * @param role what the session used it for ("certificates", "power table", "source 2", …)
 * @param spec the source string
 */
public record RecordedSource(String role, String spec) {
  public RecordedSource {
    Objects.requireNonNull(role);
    Objects.requireNonNull(spec);
  }
}
