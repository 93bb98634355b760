package io.f3console.app.cli;

import io.f3console.core.history.HistoryLocation;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.store.CertificateSync;
import io.f3console.core.store.StoreLocation;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.validation.ValidatorOptions;
import java.nio.file.Path;

/** What the commands that write or read a certificate store decide the same way. */
final class StoreFiles {
  private StoreFiles() {}

  /**
   * The store file: {@code explicit} when given, else the network's store beside the history
   * ({@code --db}, {@code F3CONSOLE_DB} or the data folder).
   */
  static Path of(Path explicit, NetworkSelection selection, Path database) {
    return explicit != null
        ? explicit
        : StoreLocation.besideHistory(HistoryLocation.resolve(database), selection.f3NetworkName());
  }

  /** A sync for the network, with signatures unless {@code noSignatures}. */
  static CertificateSync sync(
      NetworkSelection selection, ThreadsOption threads, boolean noSignatures) {
    ValidatorOptions options = threads.validatorOptions();
    if (noSignatures) {
      options = options.withoutSignatures();
    }
    return new CertificateSync(TrustAssessor.of(selection), options);
  }
}
