package io.f3console.core.certs;

import static io.f3console.core.testing.Vectors.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Certificate files are recognised by content, and every error names the file. */
class CertificateFilesTest {
  @TempDir Path dir;

  private static FinalityCertificate synthetic() throws Exception {
    return FinalityCertificateCbor.decode(hex(FinalityCertificateCborTest.SYNTHETIC));
  }

  @Test
  void readsCborJsonObjectsAndJsonArrays() throws Exception {
    FinalityCertificate certificate = synthetic();
    Path cbor = Files.write(dir.resolve("cert.bin"), FinalityCertificateCbor.encode(certificate));
    Path object =
        Files.writeString(
            dir.resolve("cert"),
            "\uFEFF \n\t" + CertificateJson.toIndentedJson(certificate) + "\n");
    Path array = dir.resolve("certs.cbor");
    try (var out = Files.newOutputStream(array)) {
      CertificateJson.write(List.of(certificate, certificate.withInstance(1)), out);
    }
    assertThat(CertificateFiles.read(cbor)).containsExactly(certificate);
    assertThat(CertificateFiles.read(cbor).get(0).signersEncoding()).isPresent();
    assertThat(CertificateFiles.read(object)).containsExactly(certificate);
    assertThat(CertificateFiles.read(array))
        .extracting(FinalityCertificate::instance)
        .containsExactly(0L, 1L);
  }

  @Test
  void errorsNameTheFile() throws Exception {
    byte[] cbor = FinalityCertificateCbor.encode(synthetic());
    Path trailing = Files.write(dir.resolve("trailing.bin"), Arrays.copyOf(cbor, cbor.length + 1));
    assertThatThrownBy(() -> CertificateFiles.read(trailing))
        .isInstanceOf(CertificateFormatException.class)
        .hasMessage(
            trailing
                + ": not a DAG-CBOR finality certificate: 1 unexpected trailing "
                + "bytes after the finality certificate at byte 420");
    Path empty = Files.write(dir.resolve("empty"), new byte[0]);
    assertThatThrownBy(() -> CertificateFiles.read(empty))
        .hasMessage(empty + ": no certificate: the input is empty or blank");
    Path blank = Files.writeString(dir.resolve("blank"), "  \n");
    assertThatThrownBy(() -> CertificateFiles.read(blank))
        .hasMessage(blank + ": no certificate: the input is empty or blank");
    Path missing = dir.resolve("missing.json");
    assertThatThrownBy(() -> CertificateFiles.read(missing)).hasMessage(missing + ": no such file");
    assertThatThrownBy(() -> CertificateFiles.read(dir))
        .hasMessage(dir + ": is a directory, not a certificate file");
    Path broken = Files.writeString(dir.resolve("broken.json"), "[{\"GPBFTInstance\": -3}]");
    assertThatThrownBy(() -> CertificateFiles.read(broken))
        .hasMessage(broken + ": line 1, column 20: [0].GPBFTInstance: -3 is outside 0 … 2^64-1");
  }

  @Test
  void refusesCborLargerThanAnyCertificateBeforeDecoding() {
    InputStream huge =
        new InputStream() {
          private long position;

          @Override
          public int read() {
            return position++ == 0
                ? 0x86
                : (position > CertificateFiles.MAX_CBOR_SIZE + 10 ? -1 : 0);
          }
        };
    assertThatThrownBy(() -> CertificateFiles.open(huge, "stdin"))
        .isInstanceOf(CertificateFormatException.class)
        .hasMessage(
            "stdin: more than "
                + CertificateFiles.MAX_CBOR_SIZE
                + " bytes, larger than any CBOR finality certificate");
  }

  @Test
  void streamsFromStandardInputToo() throws Exception {
    String json = CertificateJson.toJson(synthetic());
    try (CertificateReader reader =
        CertificateFiles.open(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "-")) {
      assertThat(reader.next()).contains(synthetic());
      assertThat(reader.next()).isEmpty();
      assertThat(reader.sourceName()).isEqualTo("-");
    }
  }
}
