package io.f3console.core.store;

import io.f3console.core.network.NetworkSelection;
import io.f3console.core.open.Sources;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.validation.ValidatorOptions;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A child process for {@link KillDuringSyncTest}: syncs a store from a snapshot a few certificates
 * at a time, printing {@code stored N} after each step has committed, until the snapshot's last
 * certificate is stored.
 */
public final class StoreSyncProcess {
  private StoreSyncProcess() {}

  public static void main(String[] args) throws Exception {
    Path store = Path.of(args[0]);
    String source = args[1];
    String network = args[2];
    CertificateSync sync =
        new CertificateSync(
            TrustAssessor.of(NetworkSelection.raw(network)), ValidatorOptions.withThreads(1));
    try (CertificateStore opened = CertificateStore.open(store, network);
        DataSource data = Sources.open(source, SourceOptions.defaults())) {
      long last = data.certificateRange().latest();
      while (true) {
        OptionalLong latest = opened.latestInstance();
        if (latest.isPresent() && latest.getAsLong() >= last) {
          break;
        }
        long to = latest.isPresent() ? latest.getAsLong() + 3 : 2;
        SyncResult result = sync.sync(opened, data, OptionalLong.of(to));
        if (result.failure().isPresent()) {
          throw new IllegalStateException("unexpected failure " + result.failure());
        }
        System.out.println("stored " + result.latestInstance().getAsLong());
        System.out.flush();
      }
    }
    System.out.println("done");
  }
}
