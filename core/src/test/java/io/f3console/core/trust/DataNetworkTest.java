package io.f3console.core.trust;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.cid.Cid;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.SharedData;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Data that names its network: a known initial table, a node's manifest. */
class DataNetworkTest {
  private final DataNetwork data = new DataNetwork(NetworkProfiles.builtIn());

  @Test
  void theRealMainnetInitialTableRevealsMainnetUnlessMainnetIsSelected() throws Exception {
    Cid mainnet =
        PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable().cid();

    DataNetwork.Revealed revealed = data.ofTable(mainnet, Optional.of("calibnet")).orElseThrow();

    assertThat(revealed.network().key()).isEqualTo("mainnet");
    assertThat(revealed.evidence()).isEqualTo(DataNetwork.Evidence.INITIAL_TABLE);
    assertThat(revealed.switched())
        .isEqualTo("Switched to mainnet: the table is mainnet's initial power table.");
    assertThat(data.ofTable(mainnet, Optional.of("mainnet"))).isEmpty();
  }

  @Test
  void aGeneratedTableRevealsNothing() throws Exception {
    Cid generated =
        SyntheticNetwork.of(SimulationSpec.of(3, 10, 0, "filecoin")).initialTable().cid();

    assertThat(data.ofTable(generated, Optional.of("calibnet"))).isEmpty();
    assertThat(data.ofTable(generated, Optional.empty())).isEmpty();
  }

  @Test
  void aManifestNamingAKnownF3NetworkRevealsIt() {
    DataNetwork.Revealed revealed = data.ofManifest("filecoin", Optional.of("demo")).orElseThrow();

    assertThat(revealed.network().key()).isEqualTo("mainnet");
    assertThat(revealed.evidence()).isEqualTo(DataNetwork.Evidence.MANIFEST_NAME);
    assertThat(revealed.switched())
        .startsWith("Switched to mainnet: the node's manifest names" + " the F3 network filecoin");
    assertThat(data.ofManifest("filecoin", Optional.of("mainnet"))).isEmpty();
    assertThat(data.ofManifest("someone-elses-devnet", Optional.of("mainnet"))).isEmpty();
    assertThat(data.named("filecoin").orElseThrow().key()).isEqualTo("mainnet");
  }
}
