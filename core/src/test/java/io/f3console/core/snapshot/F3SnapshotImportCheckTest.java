package io.f3console.core.snapshot;

import static io.f3console.core.snapshot.SnapshotTestData.chain;
import static io.f3console.core.snapshot.SnapshotTestData.frame;
import static io.f3console.core.snapshot.SnapshotTestData.reader;
import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.SupplementalData;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.testing.SharedData;
import io.f3console.core.validation.Detail;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** go-f3's import checks, problem by problem, with go-f3's messages. */
class F3SnapshotImportCheckTest {
  static final Cid OTHER = Cid.makeCid(new byte[] {(byte) 0x80});

  private static ImportCheckResult check(
      F3SnapshotHeader header,
      List<FinalityCertificate> certificates,
      Optional<ImportExpectations> manifest,
      long frequency)
      throws Exception {
    try (F3SnapshotReader reader = reader(SnapshotTestData.write(header, certificates).bytes())) {
      return new F3SnapshotImportCheck(manifest, frequency)
          .check(reader, F3SnapshotImportCheck.Progress.NONE);
    }
  }

  private static ImportCheckResult check(
      F3SnapshotHeader header, List<FinalityCertificate> certificates) throws Exception {
    return check(header, certificates, Optional.empty(), 10);
  }

  @Test
  void aWholeSnapshotPassesAndRebuildsTheFinalTable() throws Exception {
    SnapshotTestData.Written written = SnapshotTestData.chainSnapshot();
    ImportCheckResult result;
    try (F3SnapshotReader reader = reader(written.bytes())) {
      result =
          new F3SnapshotImportCheck(
                  Optional.of(new ImportExpectations(0, Optional.of(chain().initialTable().cid()))),
                  10)
              .check(reader, (n, i) -> {});
    }

    assertThat(result.passed()).as(result.message()).isTrue();
    assertThat(result.certificates()).isEqualTo(30);
    assertThat(result.lastInstance()).contains(29L);
    assertThat(result.finalPowerTableCid()).contains(chain().finalTable().cid());
    assertThat(result.powerTableChecks()).isEqualTo(3); // after instances 9, 19 and 29
    assertThat(result.snapshotCid()).contains(written.cid());
  }

  @Test
  void aWrongInitialTableCidFailsAgainstTheManifest() throws Exception {
    ImportCheckResult result =
        check(
            SnapshotTestData.header(),
            chain().certificates(),
            Optional.of(new ImportExpectations(0, Optional.of(OTHER))),
            10);

    assertThat(result.problem()).contains(ImportProblem.INITIAL_POWER_TABLE_MISMATCH);
    assertThat(result.message())
        .isEqualTo(
            "F3 initial power table CID in the snapshot("
                + chain().initialTable().cid()
                + ") does not match that in the manifest("
                + OTHER
                + ")");
    assertThat(result.certificates()).isZero();
  }

  @Test
  void aWrongInitialInstanceFailsAgainstTheManifest() throws Exception {
    ImportCheckResult result =
        check(
            SnapshotTestData.header(),
            chain().certificates(),
            Optional.of(new ImportExpectations(5, Optional.empty())),
            10);

    assertThat(result.problem()).contains(ImportProblem.INITIAL_INSTANCE_MISMATCH);
    assertThat(result.message())
        .isEqualTo("F3 initial instance in the snapshot(0) does not match that in the manifest(5)");
  }

  @Test
  void aGapIsAMissingCertificate() throws Exception {
    List<FinalityCertificate> gap = new ArrayList<>(chain().certificates());
    gap.remove(7);

    ImportCheckResult result = check(SnapshotTestData.header(), gap);

    assertThat(result.problem()).contains(ImportProblem.CERTIFICATE_MISSING);
    assertThat(result.message()).isEqualTo("the certificate of instance 7 is missing");
    assertThat(result.details()).contains(Detail.of("found", "8"));
    assertThat(result.lastInstance()).contains(8L);
  }

  @Test
  void aSnapshotEndingEarlyMissesItsLatestInstance() throws Exception {
    F3SnapshotHeader header = F3SnapshotHeader.of(0, 30, chain().initialTable());

    ImportCheckResult result = check(header, chain().certificates());

    assertThat(result.problem()).contains(ImportProblem.LATEST_INSTANCE_MISMATCH);
    assertThat(result.message()).isEqualTo("extracted latest instance 29, but 30 is expected");
  }

  @Test
  void aCertificateAfterTheLatestInstanceIsRefused() throws Exception {
    F3SnapshotHeader header = F3SnapshotHeader.of(0, 28, chain().initialTable());

    ImportCheckResult result = check(header, chain().certificates());

    assertThat(result.problem()).contains(ImportProblem.CERTIFICATE_AFTER_LATEST);
    assertThat(result.message())
        .isEqualTo("certificate of instance 29 is found, expected latest instance 28");
  }

  @Test
  void aCommittedTableCidThatDiffersIsFoundAtTheCheckpoint() throws Exception {
    List<FinalityCertificate> altered = new ArrayList<>(chain().certificates());
    FinalityCertificate ninth = altered.get(9);
    altered.set(
        9,
        ninth.withSupplementalData(
            SupplementalData.of(ninth.supplementalData().commitments(), OTHER)));

    ImportCheckResult result = check(SnapshotTestData.header(), altered);

    assertThat(result.problem()).contains(ImportProblem.POWER_TABLE_MISMATCH);
    assertThat(result.message())
        .isEqualTo(
            "new power table differs from expected power table: "
                + chain().tableOf(10).cid()
                + " != "
                + OTHER);
    assertThat(result.details()).contains(Detail.of("instance", "9"));
    assertThat(result.powerTableChecks()).isEqualTo(1);
  }

  @Test
  void aWrongInitialTableShowsAtTheEndWithoutAManifest() throws Exception {
    List<PowerEntry> entries = new ArrayList<>(chain().initialTable().entries());
    PowerEntry first = entries.get(0);
    entries.set(0, new PowerEntry(first.id(), first.power().add(first.power()), first.pubKey()));
    F3SnapshotHeader header = F3SnapshotHeader.of(0, 29, PowerTable.of(entries));

    ImportCheckResult result =
        check(
            header,
            chain().certificates(),
            Optional.empty(),
            F3SnapshotImportCheck.POWER_TABLE_FREQUENCY);

    assertThat(result.problem()).contains(ImportProblem.POWER_TABLE_MISMATCH);
    assertThat(result.powerTableChecks()).isZero();
    assertThat(result.details())
        .contains(
            Detail.of("instance", "29"), Detail.of("expectedCid", chain().finalTable().cid()));
  }

  /** The real old-calibnet header alone, checked against a built-in network's manifest. */
  private static ImportCheckResult checkCalibnetHeader(String network) throws Exception {
    byte[] block = SharedData.bytes("calibnet_old_f3_snapshot_header.cbor");
    ImportExpectations manifest =
        ImportExpectations.of(NetworkProfiles.builtIn().byKey(network).orElseThrow());
    try (F3SnapshotReader reader = reader(frame(block))) {
      return new F3SnapshotImportCheck(Optional.of(manifest))
          .check(reader, F3SnapshotImportCheck.Progress.NONE);
    }
  }

  @Test
  void aHeaderWithoutCertificatesHasNone() throws Exception {
    ImportCheckResult result = checkCalibnetHeader("calibnet-2024");

    assertThat(result.problem()).contains(ImportProblem.NO_CERTIFICATES);
    assertThat(result.message()).isEqualTo("no certificate is found in the snapshot");
    assertThat(result.header().latestInstance()).isEqualTo(552573);
  }

  @Test
  void aMainnetManifestRefusesTheOldCalibnetHeader() throws Exception {
    ImportCheckResult result = checkCalibnetHeader("mainnet");

    assertThat(result.problem()).contains(ImportProblem.INITIAL_POWER_TABLE_MISMATCH);
    assertThat(result.message())
        .contains(F3SnapshotCodecTest.CALIBNET_OLD_TABLE_CID)
        .contains("bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu");
  }
}
