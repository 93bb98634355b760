package io.f3console.core.gpbft;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.powertable.PowerTableDocument;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.powertable.PowerTableJson;
import io.f3console.core.powertable.PowerTableStatistics;
import io.f3console.core.testing.SharedData;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The real initial power tables of mainnet and old calibnet (shared data), whose CIDs are the ones
 * the networks' manifests bake in. These prove the encoding matches the network.
 */
class RealPowerTablesTest {
  private static final String MAINNET_CID =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";
  private static final String CALIBNET_CID =
      "bafy2bzaceab236vmmb3n4q4tkvua2n4dphcbzzxerxuey3mot4g3cov5j3r2c";

  private static PowerTable read(String name) throws Exception {
    return PowerTableFiles.read(SharedData.file(name)).toTable();
  }

  @Test
  void mainnetInitialTableHasTheManifestCid() throws Exception {
    PowerTable table = read("mainnet_initial_power_table.json");
    assertThat(table.size()).isEqualTo(1560);
    assertThat(table.cid().toString()).isEqualTo(MAINNET_CID);
    assertThat(table.toCbor()).hasSize(101235);
  }

  @Test
  void mainnetInitialTableScalesAsGoF3Does() throws Exception {
    PowerTable table = read("mainnet_initial_power_table.json");
    assertThat(table.total().value()).isEqualTo(new BigInteger("25682009171389644800"));
    assertThat(table.scaledTotal()).isEqualTo(64763);
    assertThat(table.strongQuorumThreshold()).isEqualTo(43176);
    assertThat(PowerTableStatistics.of(table).zeroScaledEntries()).isEqualTo(153);
    assertThat(table.isCanonicalOrder()).isTrue();
  }

  @Test
  void calibnetJsonEncodesToTheRealCborByteForByte() throws Exception {
    PowerTable fromJson = read("calibnet_old_initial_power_table.json");
    byte[] realCbor = SharedData.bytes("calibnet_old_initial_power_table.cbor");
    assertThat(fromJson.toCbor()).isEqualTo(realCbor);
    assertThat(fromJson.cid().toString()).isEqualTo(CALIBNET_CID);
    assertThat(fromJson.scaledTotal()).isEqualTo(65526);
    assertThat(fromJson.total().value()).isEqualTo(new BigInteger("2161638981500928"));
  }

  @Test
  void calibnetCborDecodesToTheSameTableAndCid() throws Exception {
    PowerTableDocument document =
        PowerTableFiles.read(SharedData.file("calibnet_old_initial_power_table.cbor"));
    assertThat(document.format()).isEqualTo(PowerTableFormat.DAG_CBOR);
    assertThat(document.canonicalBytes()).isTrue();
    PowerTable table = document.toTable();
    assertThat(table.size()).isEqualTo(20);
    assertThat(table.cid().toString()).isEqualTo(CALIBNET_CID);
    assertThat(table.entries()).isEqualTo(read("calibnet_old_initial_power_table.json").entries());
  }

  @Test
  void independentlyPublishedCalibnetTableParsesToTheSameEntries() throws Exception {
    assertThat(read("calibnet_old_initial_power_table_rustf3.json").entries())
        .isEqualTo(read("calibnet_old_initial_power_table.json").entries());
  }

  @Test
  void writingTheCalibnetEntriesReproducesThePublishedJson() throws Exception {
    PowerTable table = read("calibnet_old_initial_power_table.json");
    String published = SharedData.text("calibnet_old_initial_power_table.json");
    assertThat(PowerTableJson.write(table.entries()).strip()).isEqualTo(published.strip());
  }

  @Test
  void mainnetTableRoundTripsThroughCbor() throws Exception {
    PowerTable table = read("mainnet_initial_power_table.json");
    PowerTableDocument reread = PowerTableFiles.parse(table.toCbor(), "re-encoded");
    assertThat(reread.canonicalBytes()).isTrue();
    assertThat(reread.toTable().cid()).isEqualTo(table.cid());
  }
}
