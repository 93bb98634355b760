package io.f3console.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.CertificateFiles;
import io.f3console.core.certs.FinalityCertificateCbor;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are recognised from their content, whatever their name, and bad ones say why. */
class DataFileTest {
  @TempDir Path dir;

  @Test
  void recognisesTheRealMainnetTableAndCertificatesWhateverTheirNames() throws Exception {
    Path table = copy("mainnet_initial_power_table.json", "a.bin");
    Path certs = copy("mainnet_certs_0_9.json", "b.bin");

    DataFile tableFile = DataFile.read(table);
    DataFile certsFile = DataFile.read(certs);

    assertThat(tableFile.kind()).isEqualTo(DataFile.Kind.POWER_TABLE);
    assertThat(tableFile.table().orElseThrow().toTable().cid())
        .isEqualTo(
            PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json"))
                .toTable()
                .cid());
    assertThat(certsFile.kind()).isEqualTo(DataFile.Kind.CERTIFICATES);
    assertThat(certsFile.certificates())
        .isEqualTo(CertificateFiles.read(SharedData.file("mainnet_certs_0_9.json")));
  }

  @Test
  void recognisesCborTablesAndCborCertificates() throws Exception {
    Path table = copy("calibnet_old_initial_power_table.cbor", "t");
    var certificate = CertificateFiles.read(SharedData.file("mainnet_certs_0_9.json")).get(3);
    Path cert = dir.resolve("c");
    Files.write(cert, FinalityCertificateCbor.encode(certificate));

    assertThat(DataFile.read(table).kind()).isEqualTo(DataFile.Kind.POWER_TABLE);
    assertThat(DataFile.read(table).table().orElseThrow().entries()).hasSize(20);
    assertThat(DataFile.read(cert).certificates()).containsExactly(certificate);
  }

  @Test
  void refusesEmptyAndUnrecognisableFilesNamingThem() throws Exception {
    Path empty = dir.resolve("empty.json");
    Files.write(empty, new byte[] {' ', '\n'});
    Path junk = dir.resolve("junk.cbor");
    Files.write(junk, new byte[] {(byte) 0x86, 1, 2, 3});
    Path noCerts = dir.resolve("none.json");
    Files.writeString(noCerts, "[]");

    assertThatThrownBy(() -> DataFile.read(empty))
        .isInstanceOf(F3Exception.class)
        .hasMessageContaining("empty.json")
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> DataFile.read(junk))
        .isInstanceOf(F3Exception.class)
        .hasMessageContaining("junk.cbor")
        .hasMessageContaining("neither a power table nor a certificate");
    assertThatThrownBy(() -> DataFile.read(dir.resolve("missing.json")))
        .isInstanceOf(F3Exception.class)
        .hasMessageContaining("missing.json");
    assertThat(DataFile.read(noCerts).kind()).isEqualTo(DataFile.Kind.POWER_TABLE);
  }

  private Path copy(String shared, String name) throws Exception {
    Path target = dir.resolve(name);
    Files.copy(SharedData.file(shared), target);
    return target;
  }
}
