package io.f3console.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.testing.SharedData;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each built-in profile must equal the real F3 manifest Lotus embeds for that network. */
class NetworkProfilesManifestTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long NANOSECONDS_PER_SECOND = 1_000_000_000L;

  static Stream<Arguments> manifests() {
    return Stream.of(
        Arguments.of("mainnet", "lotus_f3manifest_mainnet.json"),
        Arguments.of("calibnet", "lotus_f3manifest_calibnet.json"),
        Arguments.of("calibnet-2024", "lotus_f3manifest_calibnet_2024-2026_calibrationnet.json"),
        Arguments.of("butterfly", "lotus_f3manifest_butterfly.json"),
        Arguments.of("2k", "lotus_f3manifest_2k.json"),
        Arguments.of("interopnet", "lotus_f3manifest_interop.json"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("manifests")
  void profileMatchesTheRealManifest(String key, String manifestFile) throws Exception {
    JsonNode manifest = MAPPER.readTree(SharedData.bytes(manifestFile));
    NetworkProfile profile = NetworkProfiles.builtIn().byKey(key).orElseThrow();

    assertThat(profile.f3NetworkName()).isEqualTo(manifest.required("NetworkName").textValue());
    assertThat(profile.bootstrapEpoch()).isEqualTo(manifest.required("BootstrapEpoch").longValue());
    assertThat(profile.initialPowerTableCid())
        .isEqualTo(cidOf(manifest.required("InitialPowerTable")));
    assertThat(profile.committeeLookback())
        .isEqualTo(manifest.required("CommitteeLookback").longValue());
    assertThat(profile.initialInstance())
        .isEqualTo(manifest.required("InitialInstance").longValue());
    JsonNode ec = manifest.required("EC");
    assertThat(profile.ecFinality()).isEqualTo(ec.required("Finality").longValue());
    assertThat(profile.ecPeriodSeconds() * NANOSECONDS_PER_SECOND)
        .isEqualTo(ec.required("Period").longValue());
    assertThat(profile.ecPeriod().toNanos()).isEqualTo(ec.required("Period").longValue());
  }

  @ParameterizedTest(name = "{0} cites {1}")
  @MethodSource("manifests")
  void profileCitesTheLotusManifestFile(String key, String manifestFile) {
    String lotusName = manifestFile.replace("lotus_", "").replace("_2024-2026_calibrationnet", "");
    NetworkProfile profile = NetworkProfiles.builtIn().byKey(key).orElseThrow();

    assertThat(profile.sources())
        .anyMatch(source -> source.startsWith("lotus build/buildconstants/" + lotusName));
  }

  @Test
  void everyBuiltInProfileHasARealManifestInTheTests() {
    assertThat(NetworkProfiles.builtIn().all())
        .extracting(NetworkProfile::key)
        .containsExactlyInAnyOrderElementsOf(
            manifests().map(arguments -> (String) arguments.get()[0]).toList());
  }

  /** Manifest JSON writes a CID as {"/": "bafy…"} and an absent one as null. */
  private static Optional<String> cidOf(JsonNode node) {
    if (node.isNull()) {
      return Optional.empty();
    }
    return Optional.of(node.required("/").textValue());
  }
}
