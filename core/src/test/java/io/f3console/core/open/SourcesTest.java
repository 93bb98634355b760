package io.f3console.core.open;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.certs.CertificateFiles;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceException;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.SharedData;
import io.f3console.core.validation.CertificateStream;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.ValidationListener;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
  @TempDir Path dir;

  @Test
  void realMainnetFilesOpenAsSourcesAndValidateToInstanceTen() throws Exception {
    Path tableFile = SharedData.file("mainnet_initial_power_table.json");
    Path certsFile = SharedData.file("mainnet_certs_0_9.json");
    try (DataSource table = Sources.open(tableFile.toString(), SourceOptions.defaults());
        DataSource certs = Sources.open("file:" + certsFile, SourceOptions.defaults())) {
      assertThat(table.spec().toString()).isEqualTo("file:" + tableFile);
      assertThat(table.hasPowerTables()).isTrue();
      assertThat(table.hasCertificates()).isFalse();
      assertThat(certs.certificateRange()).isEqualTo(new InstanceRange(0, 9));
      assertThat(table.initialPowerTable().table().cid())
          .isEqualTo(PowerTableFiles.read(tableFile).toTable().cid());

      ValidationResult result =
          new CertificateValidator("filecoin", ValidatorOptions.withThreads(2))
              .validate(
                  table.initialPowerTable().table(),
                  0,
                  Optional.empty(),
                  certs.certificates(0, 9),
                  ValidationListener.NONE);

      assertThat(result.valid()).isTrue();
      assertThat(result.nextInstance()).isEqualTo(10);
      assertThat(result.powerTable().cid().toString())
          .isEqualTo("bafy2bzaceb5yxdkkdomvwpfejeie5iagpx6ete6qnaaq7x4gt4w7isdi6xp2i");
      assertThatThrownBy(certs::initialPowerTable)
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("holds certificates, not a power table");
      assertThatThrownBy(table::certificateRange)
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("holds a power table, not certificates");
    }
  }

  @Test
  void rangesAreSlicedExactlyAndRefusedOutsideWhatIsHeld() throws Exception {
    Path certsFile = SharedData.file("mainnet_certs_0_9.json");
    List<FinalityCertificate> all = CertificateFiles.read(certsFile);
    try (DataSource certs = Sources.open("file:" + certsFile, SourceOptions.defaults())) {
      assertThat(drain(certs.certificates(3, 5))).containsExactlyElementsOf(all.subList(3, 6));
      assertThatThrownBy(() -> certs.certificates(8, 12))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("holds instances 0..9, not 8..12");
      assertThatThrownBy(() -> certs.certificates(5, 4))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("is empty");
    }
  }

  @Test
  void aGapInAFileIsNamedByItsInstance() throws Exception {
    List<FinalityCertificate> all =
        CertificateFiles.read(SharedData.file("mainnet_certs_0_9.json"));
    List<FinalityCertificate> gap = new ArrayList<>(all);
    gap.remove(4);
    Path file = dir.resolve("gap.json");
    try (var out = Files.newOutputStream(file)) {
      io.f3console.core.certs.CertificateJson.write(gap, out);
    }
    try (DataSource certs = Sources.open(file.toString(), SourceOptions.defaults())) {
      assertThatThrownBy(() -> certs.certificates(0, 9))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("the certificate of instance 4 is missing");
    }
  }

  @Test
  void theDemoSourceGivesTheGeneratedChainAndItsCommittees() throws Exception {
    DemoNetwork demo = DemoNetwork.builtIn();
    SyntheticChain chain = demo.generate(DemoNetwork.Scenario.HEALTHY);
    try (DataSource source = Sources.open("demo:healthy", SourceOptions.defaults())) {
      assertThat(source.certificateRange())
          .isEqualTo(new InstanceRange(0, chain.certificates().size() - 1));
      assertThat(source.initialPowerTable().table()).isEqualTo(chain.initialTable());
      assertThat(source.powerTable(17).table()).isEqualTo(chain.tableOf(17));
      assertThat(drain(source.certificates(10, 12)))
          .containsExactlyElementsOf(chain.certificates().subList(10, 13));
    }
    assertThatThrownBy(() -> Sources.open("demo:other", SourceOptions.defaults()))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("demo:healthy and demo:broken");
  }

  @Test
  void plainPathsAreRecognisedFromTheirFirstBytes() throws Exception {
    Path json = SharedData.file("mainnet_initial_power_table.json");
    Path cbor = SharedData.file("calibnet_old_initial_power_table.cbor");
    Path carV2 = dir.resolve("x");
    Files.write(
        carV2,
        new byte[] {0x0a, (byte) 0xa1, 0x67, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6f, 0x6e, 0x02, 0, 0});

    assertThat(Sources.recognise(json)).isEqualTo(SourceKind.FILE);
    assertThat(Sources.recognise(cbor)).isEqualTo(SourceKind.FILE);
    assertThat(Sources.recognise(carV2)).isEqualTo(SourceKind.CAR);
    assertThatThrownBy(() -> Sources.recognise(dir.resolve("missing")))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("no such file");
  }

  private static List<FinalityCertificate> drain(CertificateStream stream) throws Exception {
    List<FinalityCertificate> out = new ArrayList<>();
    for (var next = stream.next(); next.isPresent(); next = stream.next()) {
      out.add(next.get());
    }
    return out;
  }
}
