package io.f3console.app.ui.workspace;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.trust.ChainVerdict;
import io.f3console.core.trust.TrustedValidation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Certificates the console holds, and their validation once it has run.
 *
 * @param source the source string they came from
 * @param certificates the certificates, in file order
 * @param inspection the validation of the chain from the workspace's table, when it has run
 * @param judged that validation judged with the trust of its starting table (core's {@link
 *     TrustedValidation}: the verdict every view shows), when it has run
 */
public record LoadedChain(
    String source,
    List<FinalityCertificate> certificates,
    Optional<ChainInspection> inspection,
    Optional<TrustedValidation> judged) {
  public LoadedChain {
    Objects.requireNonNull(source, "source");
    certificates = List.copyOf(certificates);
    Objects.requireNonNull(inspection, "inspection");
    Objects.requireNonNull(judged, "judged");
  }

  /** Certificates not validated yet. */
  public LoadedChain(String source, List<FinalityCertificate> certificates) {
    this(source, certificates, Optional.empty(), Optional.empty());
  }

  /** The same certificates with their validation and its verdict. */
  public LoadedChain withInspection(ChainInspection inspection, TrustedValidation judged) {
    return new LoadedChain(source, certificates, Optional.of(inspection), Optional.of(judged));
  }

  /** The same certificates, not validated (before validating them from another table). */
  public LoadedChain unvalidated() {
    return new LoadedChain(source, certificates);
  }

  /** The chain's verdict, once validated. */
  public Optional<ChainVerdict> verdict() {
    return judged.map(TrustedValidation::verdict);
  }
}
