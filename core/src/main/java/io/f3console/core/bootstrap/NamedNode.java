package io.f3console.core.bootstrap;

import io.f3console.core.rpc.LotusRpcClient;
import java.util.Objects;

/**
 * A node the lease check asks, with the name it has in the report (e.g. {@code A} or the host).
 *
 * @param label how the node is named in evidence
 * @param client its API
 */
public record NamedNode(String label, LotusRpcClient client) {
  public NamedNode {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(client, "client");
    if (label.isBlank()) {
      throw new IllegalArgumentException("a node's label must not be blank");
    }
  }
}
