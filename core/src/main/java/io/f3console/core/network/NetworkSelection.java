package io.f3console.core.network;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link NetworkProfiles#resolve(String)}: the F3 network name to use, and the known
 * profile it belongs to, if any. A selection without a profile carries a raw F3 network name typed
 * by the user (a private devnet, say), for which nothing else is known.
 *
 * @param f3NetworkName the F3 network name, exactly as go-f3 signs it
 * @param profile the known network it names, if any
 */
public record NetworkSelection(String f3NetworkName, Optional<NetworkProfile> profile) {

  public NetworkSelection {
    Objects.requireNonNull(f3NetworkName, "f3NetworkName");
    Objects.requireNonNull(profile, "profile");
    if (f3NetworkName.isEmpty()) {
      throw new IllegalArgumentException("f3NetworkName must not be empty");
    }
    profile.ifPresent(
        known -> {
          if (!known.f3NetworkName().equals(f3NetworkName)) {
            throw new IllegalArgumentException(
                "f3NetworkName \""
                    + f3NetworkName
                    + "\" differs from profile "
                    + known.key()
                    + " (\""
                    + known.f3NetworkName()
                    + "\")");
          }
        });
  }

  /** The selection of a known network. */
  public static NetworkSelection of(NetworkProfile profile) {
    return new NetworkSelection(profile.f3NetworkName(), Optional.of(profile));
  }

  /** A raw F3 network name with no profile. */
  public static NetworkSelection raw(String f3NetworkName) {
    return new NetworkSelection(f3NetworkName, Optional.empty());
  }

  /** Whether the selection names a known network profile. */
  public boolean isKnown() {
    return profile.isPresent();
  }
}
