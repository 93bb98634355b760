package io.f3console.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.gpbft.StoragePower;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The record's own validation and derived values. */
class NetworkProfileTest {

  private static NetworkProfile profile(
      String key,
      List<String> aliases,
      String f3Name,
      long bootstrapEpoch,
      long ecPeriodSeconds,
      Optional<String> cid) {
    return new NetworkProfile(
        key,
        aliases,
        NetworkStatus.CURRENT,
        "A test network.",
        f3Name,
        Optional.empty(),
        bootstrapEpoch,
        900,
        ecPeriodSeconds,
        10,
        0,
        cid,
        StoragePower.of(2048),
        List.of("a test"));
  }

  @Test
  void derivesPowerTableEpochNamesAndPeriod() {
    NetworkProfile profile = profile("net", List.of("other"), "f3net", 5000, 4, Optional.empty());

    assertThat(profile.powerTableEpoch()).isEqualTo(4100);
    assertThat(profile.names()).containsExactly("net", "other");
    assertThat(profile.ecPeriod().toMillis()).isEqualTo(4000);
    assertThat(profile.isCalled("OTHER")).isTrue();
    assertThat(profile.isCalled("f3net")).isFalse();
  }

  @Test
  void copiesTheListsItIsGiven() {
    List<String> aliases = new ArrayList<>(List.of("one"));
    NetworkProfile profile = profile("net", aliases, "f3net", 1000, 30, Optional.empty());

    aliases.add("two");

    assertThat(profile.aliases()).containsExactly("one");
  }

  @Test
  void rejectsKeysAndAliasesThatAreNotLowerCaseWords() {
    assertThatThrownBy(() -> profile("Net", List.of(), "f", 1000, 30, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key \"Net\"");
    assertThatThrownBy(() -> profile("net", List.of("a b"), "f", 1000, 30, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alias \"a b\"");
    assertThatThrownBy(() -> profile("net", List.of("net"), "f", 1000, 30, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repeats");
  }

  @Test
  void followsGoF3ManifestValidation() {
    assertThatThrownBy(() -> profile("net", List.of(), "", 1000, 30, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("f3NetworkName");
    assertThatThrownBy(() -> profile("net", List.of(), "f", 899, 30, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least ecFinality");
    assertThatThrownBy(() -> profile("net", List.of(), "f", 1000, 0, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ecPeriodSeconds");
  }

  @Test
  void rejectsACidThatIsNotAPowerTableCid() {
    for (String notAPowerTableCid :
        List.of(
            "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG",
            "bafk2bzaceaze3tycpxkkgcutfrcb6ns2exugwfz556slrzmjjasti4nydnzm6",
            "bafyreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4yeq",
            "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmb",
            "BAFY2BZACECKLGXD2EKSMODVHGURQVORKG3WAMGQKRUNIR3AL2GCHV2CIKGMBU")) {
      assertThatThrownBy(
              () -> profile("net", List.of(), "f", 1000, 30, Optional.of(notAPowerTableCid)))
          .as(notAPowerTableCid)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a dag-cbor blake2b-256 CIDv1 string");
    }
    assertThat(
            profile(
                    "net",
                    List.of(),
                    "f",
                    1000,
                    30,
                    Optional.of("bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu"))
                .initialPowerTableCid())
        .isPresent();
  }
}
