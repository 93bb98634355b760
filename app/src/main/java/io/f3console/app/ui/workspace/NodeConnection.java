package io.f3console.app.ui.workspace;

import io.f3console.core.network.NetworkProfile;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import java.util.Objects;

/**
 * The node the console connected to (File › Connect to a node): what following it needs. The token
 * stays inside {@code options}; {@link #toString} never shows it.
 *
 * @param spec the node's {@code rpc:} source
 * @param options how to reach it (its token, if it needs one)
 * @param network the network selected once its data was opened
 */
public record NodeConnection(SourceSpec spec, SourceOptions options, NetworkProfile network) {

  public NodeConnection {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(network, "network");
  }

  @Override
  public String toString() {
    return spec.toString();
  }
}
