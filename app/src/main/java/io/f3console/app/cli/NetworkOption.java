package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import picocli.CommandLine.Option;

/**
 * {@code --network NAME}, required: the network a command judges its data for, declared once for
 * every command that needs one. A name within two edits of a known one is refused with the closest,
 * as {@link NetworkProfiles#resolveTyped} decides.
 */
final class NetworkOption {
  static final String DESCRIPTION =
      "Profile key (mainnet, calibnet, …) or F3 network name (filecoin, …).";

  @Option(names = "--network", required = true, paramLabel = "NAME", description = DESCRIPTION)
  String network;

  /** The network named, resolved against the built-in profiles. */
  NetworkSelection selection() throws F3Exception {
    return resolve(network);
  }

  /**
   * {@code name} resolved as {@code --network} resolves it: an unknown name is an {@code
   * UnknownNetworkException} naming the closest known one.
   */
  static NetworkSelection resolve(String name) throws F3Exception {
    try {
      return NetworkProfiles.builtIn().resolveTyped(name);
    } catch (IllegalArgumentException e) {
      throw new F3Exception("--network: " + e.getMessage());
    }
  }
}
