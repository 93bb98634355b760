package io.f3console.app.ui.workspace;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.inspect.ChainInspection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Certificates the console holds, and their validation once it has run.
 *
 * @param source the source string they came from
 * @param certificates the certificates, in file order
 * @param inspection the validation of the chain from the workspace's table, when it has run
 */
public record LoadedChain(String source, List<FinalityCertificate> certificates,
    Optional<ChainInspection> inspection) {
  public LoadedChain {
    Objects.requireNonNull(source, "source");
    certificates = List.copyOf(certificates);
    Objects.requireNonNull(inspection, "inspection");
  }

  public LoadedChain withInspection(ChainInspection inspection) {
    return new LoadedChain(source, certificates, Optional.of(inspection));
  }
}
