package io.f3console.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.network.NetworkSelection;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.snapshot.CarWriter;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.SnapshotExport;
import io.f3console.core.validation.CertificateStream;
import io.f3console.core.validation.FailureReason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The doctor for snapshot CARs written from a generated chain. */
class SnapshotDoctorTest {
  static final List<String> ORDER =
      List.of(
          SnapshotDoctor.FORMAT,
          SnapshotDoctor.IMPORT,
          SnapshotDoctor.SIGNATURES,
          SnapshotDoctor.CLIENTS);

  @TempDir static Path dir;
  static SyntheticChain chain;
  static Path healthy;

  @BeforeAll
  static void write() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(23, 6, 5, "f3doctor")).generate();
    healthy = car("healthy.car", chain);
  }

  static Path car(String name, SyntheticChain of) throws Exception {
    F3SnapshotHeader header =
        F3SnapshotHeader.of(0, of.certificates().size() - 1, of.initialTable());
    return SnapshotExport.writeCar(
            dir.resolve(name),
            CarWriter.Format.V1,
            header,
            CertificateStream.of(of.certificates()),
            false,
            SnapshotExport.Progress.NONE)
        .path();
  }

  static NetworkSelection profile() {
    return NetworkSelection.of(
        DoctorTest.profileOf(chain, Optional.of(chain.initialTable().cid().toString())));
  }

  static DoctorReport diagnose(Path path, NetworkSelection network) throws Exception {
    return new SnapshotDoctor(path, network, DoctorOptions.defaults()).run(check -> {});
  }

  @Test
  void aHealthySnapshotPassesEveryCheck() throws Exception {
    DoctorReport report = diagnose(healthy, profile());

    assertThat(report.checks()).extracting(DoctorCheck::id).containsExactlyElementsOf(ORDER);
    assertThat(report.checks())
        .allSatisfy(c -> assertThat(c.verdict()).as(c.toString()).isEqualTo(CheckVerdict.PASS));
    assertThat(report.check(SnapshotDoctor.SIGNATURES).orElseThrow().detail("validated"))
        .contains("5");
  }

  @Test
  void aSnapshotOfAnotherInitialTableFailsTheImportCheck() throws Exception {
    SyntheticChain other = SyntheticNetwork.of(SimulationSpec.of(77, 6, 5, "f3doctor")).generate();

    DoctorReport report = diagnose(car("other.car", other), profile());

    DoctorCheck imported = report.check(SnapshotDoctor.IMPORT).orElseThrow();
    assertThat(imported.verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(imported.evidence().get(0)).contains("F3 initial power table CID in the snapshot");
    assertThat(report.check(SnapshotDoctor.CLIENTS).orElseThrow().evidence().get(0))
        .contains("Failed to import F3 snapshot");
  }

  @Test
  void aForgedSignatureFailsTheSignatureCheckThoughGoF3WouldImportIt() throws Exception {
    Path forged = car("forged.car", chain.withFault(FailureReason.INVALID_SIGNATURE, 2));

    DoctorReport report = diagnose(forged, profile());

    assertThat(report.check(SnapshotDoctor.IMPORT).orElseThrow().verdict())
        .isEqualTo(CheckVerdict.PASS);
    DoctorCheck signatures = report.check(SnapshotDoctor.SIGNATURES).orElseThrow();
    assertThat(signatures.verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(signatures.detail("instance")).contains("2");
    assertThat(signatures.detail("failure")).contains("INVALID_SIGNATURE");
  }

  @Test
  void withoutAPinnedCidTheClientsSkipTheF3Data() throws Exception {
    DoctorReport report = diagnose(healthy, NetworkSelection.raw("f3doctor"));

    DoctorCheck clients = report.check(SnapshotDoctor.CLIENTS).orElseThrow();
    assertThat(clients.verdict()).isEqualTo(CheckVerdict.WARN);
    assertThat(clients.evidence().get(0))
        .contains("Skipping F3 data import")
        .contains("skipped importing F3 data");
    assertThat(clients.remedy().orElseThrow()).contains("Release B");
    assertThat(report.nothingFailed()).isTrue();
  }

  @Test
  void aFileThatIsNotASnapshotFailsTheFirstCheckAndSkipsTheRest() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.car"), "not a CAR at all");

    DoctorReport report = diagnose(junk, profile());

    assertThat(report.check(SnapshotDoctor.FORMAT).orElseThrow().verdict())
        .isEqualTo(CheckVerdict.FAIL);
    assertThat(report.count(CheckVerdict.SKIPPED)).isEqualTo(3);
    assertThat(report.overall()).isEqualTo(CheckVerdict.FAIL);
  }
}
