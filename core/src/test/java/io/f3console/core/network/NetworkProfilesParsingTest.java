package io.f3console.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The strict {@code networks.json} reader: every malformation is an error that says where. */
class NetworkProfilesParsingTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ObjectNode validProfile(String key, String f3Name) {
    ObjectNode profile = MAPPER.createObjectNode();
    profile.put("key", key);
    profile.putArray("aliases");
    profile.put("status", "current");
    profile.put("description", "A test network.");
    profile.put("f3NetworkName", f3Name);
    profile.putNull("chainNetworkName");
    profile.put("bootstrapEpoch", 1000);
    profile.put("ecFinality", 900);
    profile.put("ecPeriodSeconds", 30);
    profile.put("committeeLookback", 10);
    profile.put("initialInstance", 0);
    profile.putNull("initialPowerTableCid");
    profile.put("consensusMinerMinPower", 2048);
    profile.putArray("sources").add("a test");
    return profile;
  }

  private static byte[] document(Consumer<ObjectNode> change) {
    ArrayNode array = MAPPER.createArrayNode();
    array.add(validProfile("alpha", "alphanet"));
    ObjectNode second = validProfile("beta", "betanet");
    change.accept(second);
    array.add(second);
    return array.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void parsesAValidDocument() throws Exception {
    NetworkProfiles profiles =
        NetworkProfiles.parse(
            document(
                profile -> {
                  profile.put(
                      "initialPowerTableCid",
                      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu");
                  profile.put("chainNetworkName", "betachain");
                  profile.put("status", "historical");
                }),
            "test.json");

    NetworkProfile beta = profiles.byKey("beta").orElseThrow();
    assertThat(profiles.all()).hasSize(2);
    assertThat(beta.chainNetworkName()).contains("betachain");
    assertThat(beta.status()).isEqualTo(NetworkStatus.HISTORICAL);
    assertThat(beta.initialPowerTableCid()).isPresent();
  }

  @Test
  void builtInResourceParsesWithTheSameRules() throws Exception {
    byte[] json;
    try (InputStream in = NetworkProfiles.class.getResourceAsStream(NetworkProfiles.RESOURCE)) {
      json = in.readAllBytes();
    }

    assertThat(NetworkProfiles.parse(json, "networks.json").all())
        .isEqualTo(NetworkProfiles.builtIn().all());
  }

  @Test
  void rejectsAnUnknownField() {
    assertThatThrownBy(
            () ->
                NetworkProfiles.parse(
                    document(profile -> profile.put("bootstrapEpohc", 5)), "test.json"))
        .isInstanceOf(NetworkProfilesException.class)
        .hasMessage("test.json: profile 1 (\"beta\"): unknown field \"bootstrapEpohc\"");
  }

  @Test
  void rejectsAMissingField() {
    assertThatThrownBy(
            () ->
                NetworkProfiles.parse(
                    document(profile -> profile.remove("initialPowerTableCid")), "test.json"))
        .isInstanceOf(NetworkProfilesException.class)
        .hasMessageContaining("profile 1 (\"beta\")")
        .hasMessageContaining("missing field \"initialPowerTableCid\"");
  }

  @Test
  void rejectsWrongTypes() {
    assertThatThrownBy(
            () ->
                NetworkProfiles.parse(
                    document(profile -> profile.put("bootstrapEpoch", "1000")), "t"))
        .hasMessageContaining("\"bootstrapEpoch\" must be an integer");
    assertThatThrownBy(
            () -> NetworkProfiles.parse(document(profile -> profile.put("ecFinality", 900.5)), "t"))
        .hasMessageContaining("\"ecFinality\" must be an integer");
    assertThatThrownBy(() -> NetworkProfiles.parse(document(profile -> profile.put("key", 7)), "t"))
        .hasMessageContaining("\"key\" must be a string");
    assertThatThrownBy(
            () ->
                NetworkProfiles.parse(document(profile -> profile.putArray("aliases").add(3)), "t"))
        .hasMessageContaining("\"aliases\" must contain only strings");
    assertThatThrownBy(
            () -> NetworkProfiles.parse(document(profile -> profile.putNull("f3NetworkName")), "t"))
        .hasMessageContaining("\"f3NetworkName\" must be a string");
  }

  @Test
  void rejectsNumbersBeyondSixtyFourBits() {
    assertThatThrownBy(
            () ->
                NetworkProfiles.parse(
                    document(
                        profile ->
                            profile.put("bootstrapEpoch", new BigInteger("99999999999999999999"))),
                    "t"))
        .isInstanceOf(NetworkProfilesException.class)
        .hasMessageContaining("64-bit");
  }

  @Test
  void requiresAPositiveIntegerConsensusMinimum() {
    assertThatThrownBy(
            () ->
                NetworkProfiles.parse(
                    document(profile -> profile.remove("consensusMinerMinPower")), "t"))
        .hasMessageContaining("missing field \"consensusMinerMinPower\"");
    assertThatThrownBy(
            () ->
                NetworkProfiles.parse(
                    document(profile -> profile.put("consensusMinerMinPower", "2048")), "t"))
        .hasMessageContaining("\"consensusMinerMinPower\" must be an integer");
    assertThatThrownBy(
            () ->
                NetworkProfiles.parse(
                    document(profile -> profile.put("consensusMinerMinPower", 0)), "t"))
        .hasMessageContaining("consensusMinerMinPower must be positive");
  }

  @Test
  void rejectsAnUnknownStatus() {
    assertThatThrownBy(
            () -> NetworkProfiles.parse(document(profile -> profile.put("status", "Current")), "t"))
        .hasMessageContaining("\"status\" must be \"current\" or \"historical\"");
  }

  @Test
  void reportsRecordRulesWithTheProfilePosition() {
    assertThatThrownBy(
            () ->
                NetworkProfiles.parse(document(profile -> profile.put("bootstrapEpoch", 899)), "t"))
        .isInstanceOf(NetworkProfilesException.class)
        .hasMessageContaining("profile 1 (\"beta\")")
        .hasMessageContaining("bootstrapEpoch (899) must be at least ecFinality (900)");
  }

  @Test
  void rejectsDuplicateKeysAliasesNamesAndCids() {
    assertThatThrownBy(
            () -> NetworkProfiles.parse(document(profile -> profile.put("key", "alpha")), "t"))
        .hasMessageContaining("name \"alpha\" is used by both alpha and alpha");
    assertThatThrownBy(
            () ->
                NetworkProfiles.parse(
                    document(profile -> profile.putArray("aliases").add("alpha")), "t"))
        .hasMessageContaining("\"alpha\"");
    assertThatThrownBy(
            () ->
                NetworkProfiles.parse(
                    document(profile -> profile.put("f3NetworkName", "alphanet")), "t"))
        .hasMessageContaining("F3 network name \"alphanet\" is used by both alpha and beta");
    assertThatThrownBy(
            () ->
                NetworkProfiles.parse(
                    document(profile -> profile.putArray("aliases").add("alphanet")), "t"))
        .hasMessageContaining("is the F3 network name of alpha");
  }

  @Test
  void rejectsDuplicateCids() {
    String cid = "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";
    ArrayNode array = MAPPER.createArrayNode();
    array.add(validProfile("alpha", "alphanet").put("initialPowerTableCid", cid));
    array.add(validProfile("beta", "betanet").put("initialPowerTableCid", cid));

    assertThatThrownBy(() -> NetworkProfiles.parse(utf8(array.toString()), "t"))
        .isInstanceOf(NetworkProfilesException.class)
        .hasMessageContaining("initial power table CID");
  }

  @Test
  void rejectsDuplicateJsonFields() {
    String json = "[{\"key\":\"a\",\"key\":\"b\"}]";

    assertThatThrownBy(() -> NetworkProfiles.parse(utf8(json), "t"))
        .isInstanceOf(NetworkProfilesException.class)
        .hasMessageContaining("not valid JSON")
        .hasMessageContaining("key");
  }

  @Test
  void rejectsMalformedTrailingAndNonArrayDocuments() {
    assertThatThrownBy(() -> NetworkProfiles.parse(utf8("[{"), "t"))
        .isInstanceOf(NetworkProfilesException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> NetworkProfiles.parse(utf8("[] []"), "t"))
        .isInstanceOf(NetworkProfilesException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> NetworkProfiles.parse(utf8("{}"), "t"))
        .isInstanceOf(NetworkProfilesException.class)
        .hasMessageContaining("JSON array");
    assertThatThrownBy(() -> NetworkProfiles.parse(utf8("[1]"), "t"))
        .isInstanceOf(NetworkProfilesException.class)
        .hasMessageContaining("JSON object");
    assertThatThrownBy(() -> NetworkProfiles.parse(utf8(""), "t"))
        .isInstanceOf(NetworkProfilesException.class);
  }

  @Test
  void rejectsAnEmptyList() {
    assertThatThrownBy(() -> NetworkProfiles.parse(utf8("[]"), "t"))
        .isInstanceOf(NetworkProfilesException.class)
        .hasMessageContaining("at least one network profile");
  }
}
