package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.network.NetworkSelection;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --network NAME} where a command can do without one (it then judges nothing against a
 * network, or reads the network from its data); resolved exactly as {@link NetworkOption}.
 */
final class OptionalNetworkOption {
  @Option(names = "--network", paramLabel = "NAME", description = NetworkOption.DESCRIPTION)
  String network;

  /** The network named, if one was. */
  Optional<NetworkSelection> selection() throws F3Exception {
    return network == null ? Optional.empty() : Optional.of(NetworkOption.resolve(network));
  }

  /** The name as given, if one was. */
  Optional<String> name() {
    return Optional.ofNullable(network);
  }
}
