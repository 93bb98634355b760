package io.f3console.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.certs.CertificateJson;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.open.Sources;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceException;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.validation.CertificateStream;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.ValidationListener;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One generated network written as JSON files, as an F3 snapshot and as v2 CARs: opened from plain
 * paths through {@link Sources}, every form validates to the same end.
 */
class SnapshotSourcesTest {
  static final String NETWORK = "f3-sources-test";
  static SyntheticChain chain;

  @TempDir static Path dir;

  static Path tableJson;
  static Path certificatesJson;
  static Path f3snap;
  static Path carV1;
  static Path carV2;

  @BeforeAll
  static void writeEveryForm() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(5, 30, 50, NETWORK)).generate();
    tableJson = dir.resolve("initial_power_table.json");
    PowerTableFiles.write(tableJson, chain.initialTable().entries(), PowerTableFormat.JSON_ENTRIES);
    certificatesJson = dir.resolve("certificates.json");
    try (OutputStream out = Files.newOutputStream(certificatesJson)) {
      CertificateJson.write(chain.certificates(), out);
    }
    F3SnapshotHeader header = F3SnapshotHeader.of(0, 49, chain.initialTable());
    f3snap =
        SnapshotExport.writeF3Snapshot(
                dir.resolve("chain.f3snap"),
                header,
                CertificateStream.of(chain.certificates()),
                SnapshotExport.Progress.NONE)
            .path();
    carV1 =
        SnapshotExport.writeCar(
                dir.resolve("chain-v1.car"),
                CarWriter.Format.V1,
                header,
                CertificateStream.of(chain.certificates()),
                false,
                SnapshotExport.Progress.NONE)
            .path();
    carV2 =
        SnapshotExport.writeCar(
                dir.resolve("chain-v2.car"),
                CarWriter.Format.V2,
                header,
                CertificateStream.of(chain.certificates()),
                true,
                SnapshotExport.Progress.NONE)
            .path();
  }

  @Test
  void plainPathsAreRecognisedAsWhatTheWritersMade() throws Exception {
    assertThat(Sources.recognise(tableJson)).isEqualTo(SourceKind.FILE);
    assertThat(Sources.recognise(certificatesJson)).isEqualTo(SourceKind.FILE);
    assertThat(Sources.recognise(f3snap)).isEqualTo(SourceKind.F3SNAP);
    assertThat(Sources.recognise(carV1)).isEqualTo(SourceKind.CAR);
    assertThat(Sources.recognise(carV2)).isEqualTo(SourceKind.CAR);
    try (DataSource source = Sources.open(f3snap.toString(), SourceOptions.defaults())) {
      assertThat(source.spec().toString()).isEqualTo("f3snap:" + f3snap);
    }
    try (DataSource source = Sources.open(carV2.toString(), SourceOptions.defaults())) {
      assertThat(source.spec().toString()).isEqualTo("car:" + carV2);
    }
  }

  @Test
  void everyFormValidatesToTheSameInstanceAndTable() throws Exception {
    PowerTable fromJson;
    try (DataSource tables = Sources.open(tableJson.toString(), SourceOptions.defaults())) {
      fromJson = tables.initialPowerTable().table();
    }
    ValidationResult json = validate(certificatesJson.toString(), Optional.of(fromJson));
    ValidationResult snapshot = validate("f3snap:" + f3snap, Optional.empty());
    ValidationResult v1 = validate("car:" + carV1, Optional.empty());
    ValidationResult v2 = validate(carV2.toString(), Optional.empty());

    for (ValidationResult result : List.of(json, snapshot, v1, v2)) {
      assertThat(result.valid()).as(String.valueOf(result.failure())).isTrue();
      assertThat(result.nextInstance()).isEqualTo(50);
      assertThat(result.validated()).isEqualTo(50);
      assertThat(result.powerTable().cid()).isEqualTo(chain.finalTable().cid());
    }
  }

  @Test
  void snapshotSourcesRebuildTheCommitteeOfAnyInstance() throws Exception {
    for (String text : List.of("f3snap:" + f3snap, "car:" + carV1)) {
      try (DataSource source = Sources.open(text, SourceOptions.defaults())) {
        assertThat(source.powerTable(50).table()).isEqualTo(chain.finalTable());
        assertThat(source.powerTable(21).table()).isEqualTo(chain.tableOf(21));
      }
    }
  }

  @Test
  void aCarWithoutF3DataOpensButHoldsNothing() throws Exception {
    Path v1 = dir.resolve("v1-snapshot.car");
    byte[] block = new io.f3console.core.cbor.CborWriter().writeUint64(1).toByteArray();
    try (CarWriter writer =
        CarWriter.create(
            v1, CarWriter.Format.V1, List.of(io.f3console.core.cid.Cid.makeCid(block)))) {
      writer.writeBlock(io.f3console.core.cid.Multicodec.DAG_CBOR, block);
    }

    try (DataSource source = Sources.open(v1.toString(), SourceOptions.defaults())) {
      assertThat(source.hasCertificates()).isFalse();
      assertThat(source.hasPowerTables()).isFalse();
      assertThatThrownBy(source::initialPowerTable)
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("holds no F3 data");
    }
  }

  private static ValidationResult validate(String text, Optional<PowerTable> table)
      throws Exception {
    try (DataSource source = Sources.open(text, SourceOptions.defaults())) {
      InstanceRange range = source.certificateRange();
      PowerTable start = table.isPresent() ? table.get() : source.powerTable(range.first()).table();
      return new CertificateValidator(NETWORK, ValidatorOptions.withThreads(2))
          .validate(
              start,
              range.first(),
              Optional.empty(),
              source.certificates(range.first(), range.latest()),
              ValidationListener.NONE);
    }
  }
}
