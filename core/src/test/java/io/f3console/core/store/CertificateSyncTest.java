package io.f3console.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.FinalityCertificateCbor;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.open.Sources;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.SnapshotExport;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.SharedData;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.trust.TrustReason;
import io.f3console.core.trust.TrustState;
import io.f3console.core.validation.CertificateStream;
import io.f3console.core.validation.FailureReason;
import io.f3console.core.validation.ValidatorOptions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateSyncTest {
  static final String NETWORK = "store-test";
  static final SourceOptions OPTIONS =
      new SourceOptions(Optional.empty(), Duration.ofSeconds(5), 1, 4);

  static SyntheticChain chain;

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(7, 12, 40, NETWORK)).generate();
  }

  static Path snapshot(Path out, SyntheticChain from, int count) throws Exception {
    List<FinalityCertificate> certs = from.certificates().subList(0, count);
    return SnapshotExport.writeF3Snapshot(
            out,
            F3SnapshotHeader.of(0, count - 1, from.initialTable()),
            CertificateStream.of(certs),
            SnapshotExport.Progress.NONE)
        .path();
  }

  static SyncResult sync(Path store, String source, ValidatorOptions options) throws Exception {
    return sync(store, source, options, TrustAssessor.of(NetworkSelection.raw(NETWORK)), NETWORK);
  }

  static SyncResult sync(
      Path store, String source, ValidatorOptions options, TrustAssessor assessor, String network)
      throws Exception {
    try (CertificateStore opened = CertificateStore.open(store, network);
        DataSource data = Sources.open(source, OPTIONS)) {
      return new CertificateSync(assessor, options).sync(opened, data, OptionalLong.empty());
    }
  }

  @Test
  void aSecondSyncFetchesOnlyTheNewCertificates() throws Exception {
    Path store = dir.resolve("certificates.db");
    Path first = snapshot(dir.resolve("first.f3snap"), chain, 25);
    Path all = snapshot(dir.resolve("all.f3snap"), chain, 40);

    SyncResult one = sync(store, "f3snap:" + first, ValidatorOptions.withThreads(2));
    assertThat(one.failure()).isEmpty();
    assertThat(one.fetched()).isEqualTo(25);
    assertThat(one.validated()).isEqualTo(25);
    assertThat(one.stored()).isEqualTo(25);
    assertThat(one.latestInstance()).hasValue(24);
    assertThat(one.trust().reason()).isEqualTo(TrustReason.CUSTOM_NETWORK);

    SyncResult two = sync(store, "f3snap:" + all, ValidatorOptions.withThreads(2));
    assertThat(two.failure()).isEmpty();
    assertThat(two.fetched()).isEqualTo(15);
    assertThat(two.stored()).isEqualTo(15);
    assertThat(two.firstInstance()).hasValue(0);
    assertThat(two.latestInstance()).hasValue(39);

    SyncResult three = sync(store, "f3snap:" + all, ValidatorOptions.withThreads(2));
    assertThat(three.fetched()).isZero();
    assertThat(three.stored()).isZero();

    try (CertificateStore opened = CertificateStore.open(store, NETWORK)) {
      assertThat(opened.instances())
          .containsExactlyElementsOf(LongStream.range(0, 40).boxed().toList());
      for (int i = 0; i < 40; i++) {
        StoredCertificate stored = opened.certificate(i).orElseThrow();
        assertThat(stored.cbor())
            .isEqualTo(FinalityCertificateCbor.encode(chain.certificates().get(i)));
        assertThat(stored.signaturesChecked()).isTrue();
      }
      for (int i = 0; i <= 40; i++) {
        assertThat(opened.committeeOf(i)).as("committee %d", i).contains(chain.tableOf(i));
      }
      assertThat(opened.committeeOf(41)).isEmpty();
      // the first committee is kept whole; the others follow from the stored deltas
      assertThat(opened.checkpointCount()).isEqualTo(1);
      assertThat(opened.integrityCheck()).containsExactly("ok");
    }
  }

  @Test
  void syncsFromANode() throws Exception {
    Path store = dir.resolve("node.db");
    try (FakeLotusNode node = FakeLotusNode.start(chain)) {
      SyncResult result = sync(store, "rpc:" + node.endpoint(), ValidatorOptions.withThreads(2));
      assertThat(result.failure()).isEmpty();
      assertThat(result.stored()).isEqualTo(node.certificates().size());
      assertThat(result.latestInstance()).hasValue(node.certificates().size() - 1);
    }
  }

  @Test
  void aForgedCertificateStopsTheSyncWithNothingPastIt() throws Exception {
    SyntheticChain forged = chain.withFault(FailureReason.INVALID_SIGNATURE, 17);
    Path source = snapshot(dir.resolve("forged.f3snap"), forged, 40);
    Path store = dir.resolve("forged.db");

    SyncResult result = sync(store, "f3snap:" + source, ValidatorOptions.withThreads(2));

    assertThat(result.failure())
        .hasValueSatisfying(
            failure -> {
              assertThat(failure.reason()).isEqualTo(FailureReason.INVALID_SIGNATURE);
              assertThat(failure.instance()).isEqualTo(17);
            });
    assertThat(result.stored()).isEqualTo(17);
    assertThat(result.latestInstance()).hasValue(16);
    try (CertificateStore opened = CertificateStore.open(store, NETWORK)) {
      assertThat(opened.instances())
          .containsExactlyElementsOf(LongStream.range(0, 17).boxed().toList());
      assertThat(opened.certificate(17)).isEmpty();
    }
    // A second try stops at the same certificate and still stores nothing past it.
    SyncResult again = sync(store, "f3snap:" + source, ValidatorOptions.withThreads(2));
    assertThat(again.stored()).isZero();
    assertThat(again.failure()).isPresent();
    assertThat(again.latestInstance()).hasValue(16);
  }

  @Test
  void withoutSignaturesEverythingIsMarkedUnverified() throws Exception {
    SyntheticChain forged = chain.withFault(FailureReason.INVALID_SIGNATURE, 5);
    Path source = snapshot(dir.resolve("unsigned.f3snap"), forged, 40);
    Path store = dir.resolve("unsigned.db");

    SyncResult result =
        sync(store, "f3snap:" + source, ValidatorOptions.withThreads(1).withoutSignatures());

    // The forged signature is not checked, so the whole chain is stored, marked unverified.
    assertThat(result.failure()).isEmpty();
    assertThat(result.signaturesChecked()).isFalse();
    assertThat(result.stored()).isEqualTo(40);
    try (CertificateStore opened = CertificateStore.open(store, NETWORK)) {
      for (long i = 0; i < 40; i++) {
        assertThat(opened.certificate(i).orElseThrow().signaturesChecked()).isFalse();
      }
    }
  }

  @Test
  void withoutSignaturesEveryOtherCheckStillStopsTheSync() throws Exception {
    SyntheticChain broken = chain.withFault(FailureReason.INSUFFICIENT_POWER, 11);
    Path source = snapshot(dir.resolve("underpowered.f3snap"), broken, 40);
    Path store = dir.resolve("underpowered.db");

    SyncResult result =
        sync(store, "f3snap:" + source, ValidatorOptions.withThreads(2).withoutSignatures());

    assertThat(result.failure())
        .hasValueSatisfying(
            failure -> {
              assertThat(failure.reason()).isEqualTo(FailureReason.INSUFFICIENT_POWER);
              assertThat(failure.instance()).isEqualTo(11);
            });
    assertThat(result.latestInstance()).hasValue(10);
  }

  @Test
  void aStoreOfAnotherNetworkIsRefusedUnchanged() throws Exception {
    Path store = dir.resolve("other.db");
    sync(
        store,
        "f3snap:" + snapshot(dir.resolve("a.f3snap"), chain, 5),
        ValidatorOptions.withThreads(1));
    byte[] before = Files.readAllBytes(store);

    assertThatThrownBy(() -> CertificateStore.open(store, "filecoin"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(store.toAbsolutePath().toString())
        .hasMessageContaining(NETWORK);

    assertThat(Files.readAllBytes(store)).isEqualTo(before);
    try (CertificateStore opened = CertificateStore.open(store, NETWORK)) {
      assertThat(opened.count()).isEqualTo(5);
    }
  }

  @Test
  void aFileThatIsNotAStoreIsRefusedUnchanged() throws Exception {
    Path file = dir.resolve("notes.db");
    Files.writeString(file, "not a database at all");
    assertThatThrownBy(() -> CertificateStore.open(file, NETWORK))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toAbsolutePath().toString());
    assertThat(Files.readString(file)).isEqualTo("not a database at all");
  }

  @Test
  void theRealMainnetCertificatesSyncVerified() throws Exception {
    PowerTable initial =
        PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable();
    List<FinalityCertificate> certs;
    try (InputStream in = Files.newInputStream(SharedData.file("mainnet_certs_0_9.json"))) {
      certs = CertificateJson.readAll(in, "mainnet_certs_0_9.json");
    }
    Path source =
        SnapshotExport.writeF3Snapshot(
                dir.resolve("mainnet.f3snap"),
                F3SnapshotHeader.of(0, 9, initial),
                CertificateStream.of(certs),
                SnapshotExport.Progress.NONE)
            .path();
    NetworkSelection mainnet = NetworkProfiles.builtIn().resolveTyped("mainnet");
    Path store = dir.resolve("mainnet.db");

    SyncResult result =
        sync(
            store,
            "f3snap:" + source,
            ValidatorOptions.withThreads(2),
            TrustAssessor.of(mainnet),
            mainnet.f3NetworkName());

    assertThat(result.failure()).isEmpty();
    assertThat(result.stored()).isEqualTo(10);
    assertThat(result.trust().state()).isEqualTo(TrustState.VERIFIED);
    try (CertificateStore opened = CertificateStore.open(store, "filecoin")) {
      assertThat(opened.start().orElseThrow().trust().state()).isEqualTo(TrustState.VERIFIED);
      assertThat(opened.certificate(9).orElseThrow().signaturesChecked()).isTrue();
    }
  }
}
