package io.f3console.core.trust;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.SharedData;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trust decided once, on the real initial tables of mainnet and the 2024 calibration network and on
 * generated tables: verified only by the published CID (or a CID given) or validated descent; a
 * mismatch for another table at the initial instance or another network's initial table; unverified
 * when there is nothing to compare with.
 */
class TrustAssessorTest {
  static final String MAINNET_CID =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";
  static final String CALIBNET_2024_CID =
      "bafy2bzaceab236vmmb3n4q4tkvua2n4dphcbzzxerxuey3mot4g3cov5j3r2c";

  static Cid mainnet;
  static Cid calibnet2024;
  static Cid synthetic;

  private static boolean dataRead;

  /** Read before the first test, so a missing file skips each test, never the class. */
  @BeforeEach
  void tables() throws Exception {
    if (dataRead) {
      return;
    }
    mainnet =
        PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable().cid();
    calibnet2024 =
        PowerTableFiles.read(SharedData.file("calibnet_old_initial_power_table.cbor"))
            .toTable()
            .cid();
    PowerTable table = SyntheticNetwork.of(SimulationSpec.of(3, 10, 0, "testnet")).initialTable();
    synthetic = table.cid();
    dataRead = true;
  }

  static TrustAssessor network(String name) throws Exception {
    return TrustAssessor.of(NetworkProfiles.builtIn().resolveTyped(name));
  }

  @Test
  void theRealInitialTablesAreTheirNetworksPublishedTables() throws Exception {
    assertThat(mainnet.toString()).isEqualTo(MAINNET_CID);
    assertThat(calibnet2024.toString()).isEqualTo(CALIBNET_2024_CID);
    Trust trust = network("mainnet").table(mainnet, 0);
    assertThat(trust.state()).isEqualTo(TrustState.VERIFIED);
    assertThat(trust.reason()).isEqualTo(TrustReason.INITIAL_CID_MATCHES);
    assertThat(trust.expected()).contains(mainnet);
    assertThat(trust.belongsTo()).contains("mainnet");
    assertThat(network("calibnet-2024").table(calibnet2024, 0).isVerified()).isTrue();
    assertThat(network("filecoin").table(mainnet, 0).isVerified()).isTrue();
  }

  @Test
  void anotherKnownNetworksInitialTableIsAMismatchWhateverTheInstance() throws Exception {
    for (String name : new String[] {"calibnet", "butterfly", "calibnet-2024", "my-devnet"}) {
      Trust trust = network(name).table(mainnet, 0);
      assertThat(trust.state()).as(name).isEqualTo(TrustState.MISMATCH);
      assertThat(trust.reason()).as(name).isEqualTo(TrustReason.OTHER_NETWORKS_INITIAL_TABLE);
      assertThat(trust.belongsTo()).as(name).contains("mainnet");
      assertThat(trust.explanation())
          .contains("initial power table of mainnet (F3 network" + " filecoin)");
    }
    assertThat(network("calibnet").table(mainnet, 500).reason())
        .isEqualTo(TrustReason.OTHER_NETWORKS_INITIAL_TABLE);
    assertThat(network("mainnet").table(calibnet2024, 0).belongsTo()).contains("calibnet-2024");
  }

  @Test
  void anotherTableAtTheInitialInstanceIsAMismatchNamingBothCids() throws Exception {
    Trust trust = network("mainnet").table(synthetic, 0);
    assertThat(trust.state()).isEqualTo(TrustState.MISMATCH);
    assertThat(trust.reason()).isEqualTo(TrustReason.NOT_INITIAL_TABLE);
    assertThat(trust.actual()).isEqualTo(synthetic);
    assertThat(trust.expected()).contains(mainnet);
    assertThat(trust.belongsTo()).isEmpty();
    assertThat(trust.explanation()).contains(MAINNET_CID);
  }

  @Test
  void nothingToCompareWithIsUnverifiedWithItsReason() throws Exception {
    assertThat(network("mainnet").table(synthetic, 12).reason())
        .isEqualTo(TrustReason.PAST_INITIAL_INSTANCE);
    assertThat(network("mainnet").table(mainnet, 12).state()).isEqualTo(TrustState.UNVERIFIED);
    assertThat(network("butterfly").table(synthetic, 0).reason())
        .isEqualTo(TrustReason.NO_EXPECTED_CID);
    Trust custom = network("my-devnet").table(synthetic, 0);
    assertThat(custom.reason()).isEqualTo(TrustReason.CUSTOM_NETWORK);
    assertThat(custom.network()).isEqualTo("my-devnet");
    assertThat(custom.explanation()).contains("custom F3 network name");
  }

  @Test
  void aGivenCidVerifiesOrMismatchesAndNamesTheTablesNetwork() {
    Trust same = TrustAssessor.givenCid(synthetic, synthetic, "the CID given with --cid");
    assertThat(same.state()).isEqualTo(TrustState.VERIFIED);
    assertThat(same.reason()).isEqualTo(TrustReason.GIVEN_CID_MATCHES);
    Trust other = TrustAssessor.givenCid(mainnet, synthetic, "the CID given with --cid");
    assertThat(other.state()).isEqualTo(TrustState.MISMATCH);
    assertThat(other.belongsTo()).contains("mainnet");
    assertThat(other.explanation()).contains("initial power table of mainnet");
  }

  @Test
  void aReachedCommitteeIsAsGoodAsItsOriginAndNoBetter() throws Exception {
    for (Trust origin :
        new Trust[] {
          network("mainnet").table(mainnet, 0),
          network("mainnet").table(synthetic, 0),
          network("butterfly").table(synthetic, 0)
        }) {
      Trust reached = origin.reached(synthetic, 10, 10);
      assertThat(reached.state()).isEqualTo(origin.state());
      assertThat(reached.actual()).isEqualTo(synthetic);
      assertThat(reached.expected()).isEqualTo(origin.expected());
      assertThat(reached.reason().name()).startsWith("DESCENDS_FROM_");
      assertThat(reached.explanation()).contains("instance 10").contains("10 validated");
      assertThat(origin.reached(synthetic, 0, 0)).isSameAs(origin);
    }
  }

  @Test
  void theStartInstanceIsDecidedInOneOrder() throws Exception {
    TrustAssessor mainnetAssessor = network("mainnet");
    Optional<Long> none = Optional.empty();
    assertThat(
            mainnetAssessor.startInstance(
                Optional.of(7L), Optional.of(3L), mainnet, Optional.of(5L)))
        .isEqualTo(7);
    assertThat(mainnetAssessor.startInstance(none, Optional.of(3L), mainnet, Optional.of(5L)))
        .isEqualTo(3);
    assertThat(mainnetAssessor.startInstance(none, none, mainnet, Optional.of(5L))).isZero();
    assertThat(mainnetAssessor.startInstance(none, none, synthetic, Optional.of(5L))).isEqualTo(5);
    assertThat(mainnetAssessor.startInstance(none, none, synthetic, none)).isZero();
    assertThat(network("calibnet").startInstance(none, none, mainnet, Optional.of(5L)))
        .isEqualTo(5);
  }
}
