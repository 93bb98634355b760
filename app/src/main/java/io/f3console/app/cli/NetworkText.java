package io.f3console.app.cli;

import io.f3console.core.network.NetworkSelection;

/** How the commands name the network they judge for. */
final class NetworkText {
  private NetworkText() {}

  /**
   * {@code filecoin (mainnet)}, or for a name with no profile {@code my-devnet (a custom F3 network
   * name: no known profile, so no table can be verified)}.
   */
  static String describe(NetworkSelection selection) {
    return selection.f3NetworkName()
        + selection
            .profile()
            .map(p -> " (" + p.key() + ")")
            .orElse(" (a custom F3 network name: no known profile, so no table can be verified)");
  }
}
