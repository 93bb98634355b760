package io.f3console.core.network;

import io.f3console.core.F3Exception;
import java.util.Objects;

/**
 * A network name that is almost a known one ({@code mainet}, {@code Filecoin}): refused rather than
 * taken as a custom F3 network name, whose signatures would all fail as if forged.
 */
public final class UnknownNetworkException extends F3Exception {
  private final String name;
  private final String suggestion;

  UnknownNetworkException(String name, String suggestion) {
    super(
        "unknown network '"
            + name
            + "': did you mean '"
            + suggestion
            + "'? (see 'f3console"
            + " networks'; a custom F3 network name must not be within two edits of a known one)");
    this.name = Objects.requireNonNull(name, "name");
    this.suggestion = Objects.requireNonNull(suggestion, "suggestion");
  }

  /** The name as typed. */
  public String name() {
    return name;
  }

  /** The known key, alias or F3 network name it is closest to. */
  public String suggestion() {
    return suggestion;
  }
}
