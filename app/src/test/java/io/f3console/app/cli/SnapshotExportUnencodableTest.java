package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code snapshot export} of real mainnet certificates, one of which says {@code "PowerTable":
 * null} in its supplemental data: go-f3 reads that from JSON (the CID is undefined) but DAG-CBOR
 * cannot encode it, so the export is refused naming the certificate, exit 2, and writes nothing.
 */
class SnapshotExportUnencodableTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aCertificateWithANullPowerTableCidIsRefusedNamingIt() throws Exception {
    ArrayNode certificates =
        (ArrayNode) JSON.readTree(SharedData.file("mainnet_certs_0_9.json").toFile());
    ((ObjectNode) certificates.get(3).get("SupplementalData")).putNull("PowerTable");
    Path certs = dir.resolve("certs.json");
    JSON.writeValue(certs.toFile(), certificates);
    Path out = dir.resolve("out.f3snap");

    CliRun run =
        CliRun.of(
            "snapshot",
            "export",
            "--from-source",
            certs.toString(),
            "--power-table",
            SharedData.file("mainnet_initial_power_table.json").toString(),
            "--out",
            out.toString(),
            "--no-history");

    assertThat(run.status()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains("the certificate of instance 3")
        .contains("\"PowerTable\": null")
        .doesNotContain("internal error")
        .doesNotContain("Exception");
    assertThat(out).doesNotExist();
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactly(certs);
    }
  }
}
