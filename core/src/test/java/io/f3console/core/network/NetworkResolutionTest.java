package io.f3console.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link NetworkProfiles#resolve(String)}: keys, aliases, case, F3 names, raw names. */
class NetworkResolutionTest {
  private final NetworkProfiles profiles = NetworkProfiles.builtIn();

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource({
    "mainnet, mainnet, filecoin",
    "MainNet, mainnet, filecoin",
    "calibnet, calibnet, calibrationnet2",
    "calibnet-2024, calibnet-2024, calibrationnet",
    "calibnet-old, calibnet-2024, calibrationnet",
    "Calibnet-Old, calibnet-2024, calibrationnet",
    "butterfly, butterfly, butterflynet",
    "2k, 2k, 2k",
    "devnet, 2k, 2k",
    "DEVNET, 2k, 2k",
    "interopnet, interopnet, interopnet"
  })
  void resolvesKeysAndAliasesIgnoringCase(String name, String key, String f3Name) {
    NetworkSelection selection = profiles.resolve(name);

    assertThat(selection.isKnown()).isTrue();
    assertThat(selection.profile()).map(NetworkProfile::key).contains(key);
    assertThat(selection.f3NetworkName()).isEqualTo(f3Name);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "filecoin, mainnet",
    "calibrationnet2, calibnet",
    "calibrationnet, calibnet-2024",
    "butterflynet, butterfly"
  })
  void resolvesExactF3NetworkNames(String name, String key) {
    NetworkSelection selection = profiles.resolve(name);

    assertThat(selection.profile()).map(NetworkProfile::key).contains(key);
    assertThat(selection.f3NetworkName()).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Filecoin", "my-devnet", "testnetnet", "localnet-1234", "f3test"})
  void keepsAnUnknownNameAsARawF3NetworkName(String name) {
    NetworkSelection selection = profiles.resolve(name);

    assertThat(selection.isKnown()).isFalse();
    assertThat(selection.profile()).isEmpty();
    assertThat(selection.f3NetworkName()).isEqualTo(name);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "\t", " mainnet", "filecoin ", "\nfilecoin"})
  void rejectsBlankOrPaddedNames(String name) {
    assertThatThrownBy(() -> profiles.resolve(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("network name");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> profiles.resolve(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void selectionMustAgreeWithItsProfile() {
    NetworkProfile mainnet = profiles.byKey("mainnet").orElseThrow();

    assertThat(NetworkSelection.of(mainnet).f3NetworkName()).isEqualTo("filecoin");
    assertThatThrownBy(() -> new NetworkSelection("calibrationnet", Optional.of(mainnet)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mainnet");
    assertThatThrownBy(() -> NetworkSelection.raw("")).isInstanceOf(IllegalArgumentException.class);
  }
}
