package io.f3console.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.CertificateReader;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.FinalityCertificateCbor;
import io.f3console.core.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one reader of data files, on the real mainnet table and certificates and the real calibnet
 * CBOR table, from paths and from streams as standard input gives them.
 */
class DataInputTest {
  static final String MAINNET_CID =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";

  @TempDir Path dir;

  @Test
  void aStreamOfTheRealTableIsReadAsATableWithItsCid() throws Exception {
    byte[] bytes = SharedData.bytes("mainnet_initial_power_table.json");
    try (DataInput input = DataInput.open(new ByteArrayInputStream(bytes), "standard input")) {
      assertThat(input.kind()).isEqualTo(DataFile.Kind.POWER_TABLE);
      assertThat(input.table().table().cid().toString()).isEqualTo(MAINNET_CID);
      assertThat(input.table().contradictions()).isEmpty();
      assertThatThrownBy(input::certificates)
          .isInstanceOf(F3Exception.class)
          .hasMessage("standard input holds a power table, not finality certificates");
    }
  }

  @Test
  void theRealCertificatesStreamOneAtATime() throws Exception {
    Path path = SharedData.file("mainnet_certs_0_9.json");
    try (DataInput input = DataInput.open(path)) {
      assertThat(input.kind()).isEqualTo(DataFile.Kind.CERTIFICATES);
      CertificateReader reader = input.certificates();
      long expected = 0;
      for (Optional<FinalityCertificate> next = reader.next();
          next.isPresent();
          next = reader.next()) {
        assertThat(next.get().instance()).isEqualTo(expected++);
      }
      assertThat(expected).isEqualTo(10);
      assertThatThrownBy(input::table)
          .isInstanceOf(F3Exception.class)
          .hasMessageContaining("holds finality certificates, not a power table");
    }
  }

  @Test
  void cborIsATableOrOneCertificateByContent() throws Exception {
    try (DataInput table =
        DataInput.open(SharedData.file("calibnet_old_initial_power_table.cbor"))) {
      assertThat(table.kind()).isEqualTo(DataFile.Kind.POWER_TABLE);
      assertThat(table.table().table().cid().toString())
          .isEqualTo("bafy2bzaceab236vmmb3n4q4tkvua2n4dphcbzzxerxuey3mot4g3cov5j3r2c");
    }
    List<FinalityCertificate> certs;
    try (InputStream in = Files.newInputStream(SharedData.file("mainnet_certs_0_9.json"))) {
      certs = CertificateJson.readAll(in, "mainnet_certs_0_9.json");
    }
    byte[] cbor = FinalityCertificateCbor.encode(certs.get(3));
    try (DataInput input = DataInput.open(new ByteArrayInputStream(cbor), "standard input")) {
      assertThat(input.kind()).isEqualTo(DataFile.Kind.CERTIFICATES);
      assertThat(input.certificates().next()).contains(certs.get(3));
    }
  }

  @Test
  void aWrapperWhoseClaimsItsEntriesContradictSaysSo() throws Exception {
    String entries = SharedData.text("mainnet_initial_power_table.json").strip();
    String wrapper =
        "{\"Instance\":0,\"PowerTable\":{\"CID\":{\"/\":"
            + "\"bafy2bzaceab236vmmb3n4q4tkvua2n4dphcbzzxerxuey3mot4g3cov5j3r2c\"},\"Entries\":"
            + entries
            + "}}";
    Path file = dir.resolve("wrapper.json");
    Files.writeString(file, wrapper);
    try (DataInput input = DataInput.open(file)) {
      assertThat(input.table().contradictions())
          .singleElement()
          .asString()
          .contains("the file states CID bafy2bzaceab236", "hash to " + MAINNET_CID);
    }
  }

  @Test
  void badInputIsRefusedNamingTheFile() throws Exception {
    assertThatThrownBy(() -> DataInput.open(dir.resolve("missing.json")))
        .isInstanceOf(F3Exception.class)
        .hasMessageEndingWith("missing.json: no such file");
    assertThatThrownBy(() -> DataInput.open(dir))
        .isInstanceOf(F3Exception.class)
        .hasMessageContaining("is a directory");
    assertThatThrownBy(
            () ->
                DataInput.open(
                    new ByteArrayInputStream(" \n ".getBytes(StandardCharsets.UTF_8)),
                    "standard input"))
        .isInstanceOf(F3Exception.class)
        .hasMessage("standard input: the file is empty");
    assertThatThrownBy(
            () ->
                DataInput.open(new ByteArrayInputStream(new byte[] {(byte) 0x86, 1, 2}), "x.cbor"))
        .isInstanceOf(F3Exception.class)
        .hasMessageContaining("x.cbor: neither a power table nor a certificate");
  }
}
