package io.f3console.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A name within two edits of a known one is refused with the known name; others are custom. */
class NetworkNameTypoTest {
  final NetworkProfiles profiles = NetworkProfiles.builtIn();

  @ParameterizedTest
  @CsvSource({
    "mainet,mainnet",
    "mainnnet,mainnet",
    "Filecoin,filecoin",
    "filecion,filecoin",
    "calibnet2,calibnet",
    "calibrationnet3,calibrationnet2",
    "butterfy,butterfly",
    "calibnet-ol,calibnet-old",
    "devnt,devnet",
    "interopnett,interopnet"
  })
  void aNearMissIsRefusedWithTheClosestKnownName(String typed, String suggestion) {
    assertThatThrownBy(() -> profiles.resolveTyped(typed))
        .isInstanceOfSatisfying(
            UnknownNetworkException.class,
            e -> {
              assertThat(e.suggestion()).isEqualTo(suggestion);
              assertThat(e.name()).isEqualTo(typed);
              assertThat(e.getMessage()).contains("did you mean '" + suggestion + "'?");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mainnet",
        "MAINNET",
        "filecoin",
        "calibrationnet2",
        "calibnet-old",
        "2k",
        "devnet",
        "butterflynet"
      })
  void knownNamesResolveToTheirProfile(String typed) throws Exception {
    assertThat(profiles.resolveTyped(typed).isKnown()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"my-devnet", "testnet-abc", "3k", "ab", "localnet", "f3-test-2"})
  void otherNamesAreCustomF3NetworkNames(String typed) throws Exception {
    NetworkSelection selection = profiles.resolveTyped(typed);
    assertThat(selection.isKnown()).isFalse();
    assertThat(selection.f3NetworkName()).isEqualTo(typed);
  }

  @Test
  void editDistanceIsLevenshteinAndBounded() {
    assertThat(EditDistance.between("kitten", "sitting", 5)).isEqualTo(3);
    assertThat(EditDistance.between("abc", "abc", 3)).isZero();
    assertThat(EditDistance.between("a", "abcdefgh", 3)).isEqualTo(3);
    assertThat(EditDistance.between("mainet", "mainnet", 3)).isEqualTo(1);
  }
}
