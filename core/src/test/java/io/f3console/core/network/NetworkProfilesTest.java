package io.f3console.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in profiles: contents, derived values and lookups. */
class NetworkProfilesTest {
  private final NetworkProfiles profiles = NetworkProfiles.builtIn();

  @Test
  void shipsTheSixKnownNetworksInOrder() {
    assertThat(profiles.all())
        .extracting(NetworkProfile::key)
        .containsExactly("mainnet", "calibnet", "calibnet-2024", "butterfly", "2k", "interopnet");
  }

  @Test
  void builtInSetIsLoadedOnce() {
    assertThat(NetworkProfiles.builtIn()).isSameAs(profiles);
  }

  @ParameterizedTest(name = "{0}: base tipset epoch {1}")
  @CsvSource({
    "mainnet, 4919580",
    "calibnet, 3450874",
    "calibnet-2024, 2080774",
    "butterfly, 100",
    "2k, 100",
    "interopnet, 100"
  })
  void powerTableEpochIsBootstrapMinusFinality(String key, long expected) {
    assertThat(profiles.byKey(key).orElseThrow().powerTableEpoch()).isEqualTo(expected);
  }

  @Test
  void mainnetCarriesItsChainNameStatusAndPeriod() {
    NetworkProfile mainnet = profiles.byKey("mainnet").orElseThrow();

    assertThat(mainnet.chainNetworkName()).contains("testnetnet");
    assertThat(mainnet.status()).isEqualTo(NetworkStatus.CURRENT);
    assertThat(mainnet.ecPeriod()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void devnetHasFourSecondEpochsAndNoPinnedCid() {
    NetworkProfile devnet = profiles.byKey("devnet").orElseThrow();

    assertThat(devnet.key()).isEqualTo("2k");
    assertThat(devnet.ecPeriod()).isEqualTo(Duration.ofSeconds(4));
    assertThat(devnet.initialPowerTableCid()).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1} bytes")
  @CsvSource({
    "mainnet, 10995116277760",
    "calibnet, 34359738368",
    "calibnet-2024, 34359738368",
    "butterfly, 2147483648",
    "2k, 2048",
    "interopnet, 2048"
  })
  void consensusMinimumIsLotusParameterOfEachNetwork(String key, long bytes) {
    assertThat(profiles.byKey(key).orElseThrow().consensusMinerMinPower().value().longValueExact())
        .isEqualTo(bytes);
  }

  @Test
  void onlyTheOldCalibnetIsHistorical() {
    assertThat(profiles.all())
        .filteredOn(profile -> profile.status() == NetworkStatus.HISTORICAL)
        .extracting(NetworkProfile::key)
        .containsExactly("calibnet-2024");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu, mainnet",
    "bafy2bzacednijkh5dhb6jb7snxhhtjt7zuqaydlewoha3ordhy76dhgwtmptg, calibnet",
    "bafy2bzaceab236vmmb3n4q4tkvua2n4dphcbzzxerxuey3mot4g3cov5j3r2c, calibnet-2024"
  })
  void findsTheNetworkOfAnInitialPowerTableCid(String cid, String key) {
    assertThat(profiles.byInitialPowerTableCid(cid)).map(NetworkProfile::key).contains(key);
  }

  @Test
  void unknownCidBelongsToNoNetwork() {
    assertThat(
            profiles.byInitialPowerTableCid(
                "bafy2bzaceb5yxdkkdomvwpfejeie5iagpx6ete6qnaaq7x4gt4w7isdi6xp2i"))
        .isEmpty();
  }

  @Test
  void byKeyAcceptsAliasesIgnoringCaseButNotF3Names() {
    assertThat(profiles.byKey("CALIBNET-OLD")).map(NetworkProfile::key).contains("calibnet-2024");
    assertThat(profiles.byKey("filecoin")).isEmpty();
  }

  @Test
  void byF3NetworkNameIsExact() {
    assertThat(profiles.byF3NetworkName("calibrationnet2"))
        .map(NetworkProfile::key)
        .contains("calibnet");
    assertThat(profiles.byF3NetworkName("Filecoin")).isEmpty();
  }

  @Test
  void listsAreImmutable() {
    NetworkProfile mainnet = profiles.byKey("mainnet").orElseThrow();

    assertThatThrownBy(() -> profiles.all().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> mainnet.sources().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
