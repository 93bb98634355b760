package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PowerTableConvertCommandTest {
  private static final String CALIBNET_CID =
      "bafy2bzaceab236vmmb3n4q4tkvua2n4dphcbzzxerxuey3mot4g3cov5j3r2c";

  @Test
  void convertsTheRealCalibnetJsonToTheRealCborByteForByte(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("table.cbor");
    CliRun run =
        CliRun.of(
            "powertable",
            "convert",
            SharedData.file("calibnet_old_initial_power_table.json").toString(),
            "--to",
            "cbor",
            "--out",
            out.toString());
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.lastLine()).isEqualTo(CALIBNET_CID);
    assertThat(Files.readAllBytes(out))
        .isEqualTo(SharedData.bytes("calibnet_old_initial_power_table.cbor"));
  }

  @Test
  void sortsIntoCanonicalOrderOnlyWhenAsked(@TempDir Path dir) throws Exception {
    PowerTable table =
        PowerTableFiles.read(SharedData.file("calibnet_old_initial_power_table.cbor")).toTable();
    List<PowerEntry> shuffled = new ArrayList<>(table.entries());
    Collections.reverse(shuffled);
    Path in = dir.resolve("reversed.cbor");
    PowerTableFiles.write(in, shuffled, PowerTableFormat.DAG_CBOR);

    Path kept = dir.resolve("kept.json");
    CliRun keep =
        CliRun.of("powertable", "convert", in.toString(), "--to", "json", "-o", kept.toString());
    assertThat(keep.lastLine()).isNotEqualTo(CALIBNET_CID);

    Path sorted = dir.resolve("sorted.json");
    CliRun sort =
        CliRun.of(
            "powertable",
            "convert",
            in.toString(),
            "--to",
            "json",
            "-o",
            sorted.toString(),
            "--canonical-order");
    assertThat(sort.status()).as(sort.toString()).isZero();
    assertThat(sort.lastLine()).isEqualTo(CALIBNET_CID);
    assertThat(sort.out()).contains("in canonical order (the CID changed from");
  }

  @Test
  void refusesToOverwriteWithoutForce(@TempDir Path dir) throws Exception {
    Path out = Files.writeString(dir.resolve("existing.json"), "keep me");
    String table = SharedData.file("calibnet_old_initial_power_table.json").toString();
    CliRun refused =
        CliRun.of("powertable", "convert", table, "--to", "json", "-o", out.toString());
    assertThat(refused.status()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err()).contains("already exists");
    assertThat(Files.readString(out)).isEqualTo("keep me");

    CliRun forced =
        CliRun.of("powertable", "convert", table, "--to", "json", "-o", out.toString(), "--force");
    assertThat(forced.status()).isZero();
    assertThat(forced.lastLine()).isEqualTo(CALIBNET_CID);
  }
}
