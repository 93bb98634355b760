package io.f3console.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.FinalityCertificateCbor;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.open.Sources;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.SourceException;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.validation.ValidatorOptions;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults during a sync: a gap, a node that fails or goes away part-way, a full disk. Each stops the
 * sync with a message that says what and where, keeps every certificate validated before it
 * (contiguous, byte for byte the source's), stores nothing false, and a later sync resumes.
 */
class StoreFaultsTest {
  static final String NETWORK = "store-faults";
  static final int INSTANCES = 60;
  static SyntheticChain chain;

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(23, 10, INSTANCES, NETWORK)).generate();
  }

  static CertificateSync sync() {
    return new CertificateSync(
        TrustAssessor.of(NetworkSelection.raw(NETWORK)), ValidatorOptions.withThreads(2));
  }

  static SyncResult sync(CertificateStore store, String source) throws Exception {
    try (DataSource data = Sources.open(source, CertificateSyncTest.OPTIONS)) {
      return sync().sync(store, data, OptionalLong.empty());
    }
  }

  /** The store holds exactly the chain's certificates from 0, and nothing else. */
  static void holdsTheChainUpTo(CertificateStore store, long latest) throws Exception {
    assertThat(store.latestInstance()).hasValue(latest);
    assertThat(store.count()).isEqualTo(latest + 1);
    for (int i = 0; i <= latest; i++) {
      assertThat(store.certificate(i).orElseThrow().cbor())
          .isEqualTo(FinalityCertificateCbor.encode(chain.certificates().get(i)));
    }
    assertThat(store.committeeOf(latest + 1)).contains(chain.tableOf((int) latest + 1));
    assertThat(store.integrityCheck()).containsExactly("ok");
  }

  Path certificates(String name, int from, int to, int skipped) throws Exception {
    Path file = dir.resolve(name);
    List<io.f3console.core.certs.FinalityCertificate> certs = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      if (i != skipped) {
        certs.add(chain.certificates().get(i));
      }
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      CertificateJson.write(certs, out);
    }
    return file;
  }

  @Test
  void aSourceThatStartsPastTheStoreIsAGapAndChangesNothing() throws Exception {
    Path file = dir.resolve("gap.db");
    try (CertificateStore store = CertificateStore.open(file, NETWORK)) {
      Path first = CertificateSyncTest.snapshot(dir.resolve("first.f3snap"), chain, 10);
      assertThat(sync(store, "f3snap:" + first).stored()).isEqualTo(10);
      Path later = certificates("later.json", 15, 30, -1);
      assertThatThrownBy(() -> sync(store, "file:" + later))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining(
              "holds instances 15–30, not instance 10, the next one the store" + " needs");
      holdsTheChainUpTo(store, 9);
    }
  }

  @Test
  void aFileWithAGapIsRefusedBeforeAnythingFromItIsStored() throws Exception {
    Path file = dir.resolve("inner-gap.db");
    try (CertificateStore store = CertificateStore.open(file, NETWORK)) {
      Path first = CertificateSyncTest.snapshot(dir.resolve("first.f3snap"), chain, 10);
      sync(store, "f3snap:" + first);
      Path gapped = certificates("gapped.json", 10, 30, 17);
      assertThatThrownBy(() -> sync(store, "file:" + gapped))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining(
              "the certificate of instance 17 is missing (found 18 in its" + " place)");
      holdsTheChainUpTo(store, 9);
    }
  }

  @Test
  void aNodeThatCannotServeACertificateStopsThereAndALaterSyncResumes() throws Exception {
    Path file = dir.resolve("node.db");
    try (CertificateStore store = CertificateStore.open(file, NETWORK)) {
      try (FakeLotusNode node =
          FakeLotusNode.start(chain).withFaults(NodeFaults.NONE.withoutCertificate(33))) {
        assertThatThrownBy(() -> sync(store, "rpc:" + node.endpoint()))
            .isInstanceOf(F3Exception.class)
            .hasMessageContaining("33");
      }
      holdsTheChainUpTo(store, 32);
      try (FakeLotusNode node = FakeLotusNode.start(chain)) {
        SyncResult resumed = sync(store, "rpc:" + node.endpoint());
        assertThat(resumed.fetched()).isEqualTo(INSTANCES - 33);
        assertThat(resumed.stored()).isEqualTo(INSTANCES - 33);
      }
      holdsTheChainUpTo(store, INSTANCES - 1);
    }
  }

  @Test
  void aNodeThatGoesAwayMidSyncLeavesOnlyValidatedCertificates() throws Exception {
    Path file = dir.resolve("gone.db");
    try (CertificateStore store = CertificateStore.open(file, NETWORK)) {
      AtomicReference<Throwable> failure = new AtomicReference<>();
      try (FakeLotusNode node =
          FakeLotusNode.start(chain)
              .withFaults(NodeFaults.NONE.withDelay(java.time.Duration.ofMillis(20)))) {
        Thread syncing =
            new Thread(
                () -> {
                  try {
                    sync(store, "rpc:" + node.endpoint());
                  } catch (Throwable e) {
                    failure.set(e);
                  }
                });
        syncing.start();
        while (node.requests("Filecoin.F3GetCertificate") < 20 && syncing.isAlive()) {
          Thread.sleep(5);
        }
        node.close();
        syncing.join(60_000);
        assertThat(syncing.isAlive()).isFalse();
      }
      assertThat(failure.get())
          .as("the sync reports the node going away")
          .isInstanceOf(F3Exception.class);
      long latest = store.latestInstance().orElse(-1);
      assertThat(latest).isLessThan(INSTANCES - 1);
      if (latest >= 0) {
        holdsTheChainUpTo(store, latest);
      }
      try (FakeLotusNode node = FakeLotusNode.start(chain)) {
        sync(store, "rpc:" + node.endpoint());
      }
      holdsTheChainUpTo(store, INSTANCES - 1);
    }
  }

  @Test
  void aFullDiskStopsTheSyncKeepingWhatFitAndALaterSyncResumes() throws Exception {
    Path file = dir.resolve("full.db");
    Path source = CertificateSyncTest.snapshot(dir.resolve("all.f3snap"), chain, INSTANCES);
    try (CertificateStore store = CertificateStore.open(file, NETWORK)) {
      Path first = CertificateSyncTest.snapshot(dir.resolve("first.f3snap"), chain, 5);
      sync(store, "f3snap:" + first);
      store.limitPages(store.pageCount() + 3);
      assertThatThrownBy(() -> sync(store, "f3snap:" + source))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(file.toAbsolutePath().toString())
          .hasMessageContaining("full");
      long latest = store.latestInstance().orElseThrow();
      assertThat(latest).isBetween(4L, (long) INSTANCES - 2);
      holdsTheChainUpTo(store, latest);
    }
    try (CertificateStore store = CertificateStore.open(file, NETWORK)) {
      sync(store, "f3snap:" + source);
      holdsTheChainUpTo(store, INSTANCES - 1);
    }
  }
}
