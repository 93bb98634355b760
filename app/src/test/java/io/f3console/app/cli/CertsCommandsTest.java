package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code certs validate} and {@code certs show} on the real mainnet certificates. */
class CertsCommandsTest {
  static final String CID_AFTER_9 =
      "bafy2bzaceb5yxdkkdomvwpfejeie5iagpx6ete6qnaaq7x4gt4w7isdi6xp2i";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static String table() {
    return SharedData.file("mainnet_initial_power_table.json").toString();
  }

  static String certs() {
    return SharedData.file("mainnet_certs_0_9.json").toString();
  }

  static CliRun validate(String network, String certs, String... more) {
    String[] args = new String[6 + more.length];
    args[0] = "certs";
    args[1] = "validate";
    args[2] = "--network";
    args[3] = network;
    args[4] = "--power-table";
    args[5] = table();
    System.arraycopy(more, 0, args, 6, more.length);
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = certs;
    return CliRun.of(all);
  }

  @Test
  void theRealCertificatesValidateToInstanceTen() throws Exception {
    CliRun run = validate("mainnet", certs(), "--json");

    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("valid").asBoolean()).isTrue();
    assertThat(node.get("firstInstance").asLong()).isZero();
    assertThat(node.get("nextInstance").asLong()).isEqualTo(10);
    assertThat(node.get("validated").asLong()).isEqualTo(10);
    assertThat(node.get("failedInstance").isNull()).isTrue();
    assertThat(node.get("reason").isNull()).isTrue();
    assertThat(node.get("powerTableCid").asText()).isEqualTo(CID_AFTER_9);
    assertThat(node.get("network").asText()).isEqualTo("filecoin");
  }

  @Test
  void theTextReportSaysValidAndWhatComesNext() {
    CliRun run = validate("filecoin", certs());

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(
            "VALID: 10 certificates, instances 0–9, from a verified" + " power table.",
            "Trust          verified (INITIAL_CID_MATCHES)");
    assertThat(run.lastLine()).contains("Next instance  10").contains(CID_AFTER_9);
  }

  @Test
  void aFlippedSignatureBitExitsOneWithInvalidSignature() throws Exception {
    ArrayNode array = (ArrayNode) JSON.readTree(Files.readString(Path.of(certs())));
    ObjectNode cert = (ObjectNode) array.get(2);
    byte[] signature = Base64.getDecoder().decode(cert.get("Signature").asText());
    signature[40] ^= 0x10;
    cert.put("Signature", Base64.getEncoder().encodeToString(signature));
    Path tampered = dir.resolve("tampered.json");
    Files.writeString(tampered, JSON.writeValueAsString(array));

    CliRun run = validate("mainnet", tampered.toString(), "--json");

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("valid").asBoolean()).isFalse();
    assertThat(node.get("reason").asText()).isEqualTo("INVALID_SIGNATURE");
    assertThat(node.get("failedInstance").asLong()).isEqualTo(2);
    assertThat(node.get("nextInstance").asLong()).isEqualTo(2);
    assertThat(node.get("validated").asLong()).isEqualTo(2);
  }

  @Test
  void theWrongNetworkFailsTheFirstSignature() throws Exception {
    CliRun run = validate("calibnet", certs(), "--json", "--from", "0");

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("reason").asText()).isEqualTo("INVALID_SIGNATURE");
    assertThat(node.get("failedInstance").asLong()).isZero();
  }

  @Test
  void swappedCertificatesExitOneWithTheInstanceThatWasExpected() throws Exception {
    ArrayNode array = (ArrayNode) JSON.readTree(Files.readString(Path.of(certs())));
    JsonNode three = array.get(3);
    array.set(3, array.get(4));
    array.set(4, three);
    Path swapped = dir.resolve("swapped.json");
    Files.writeString(swapped, JSON.writeValueAsString(array));

    CliRun run = validate("mainnet", swapped.toString(), "--json");

    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("reason").asText()).isEqualTo("INSTANCE_MISMATCH");
    assertThat(node.get("failedInstance").asLong()).isEqualTo(3);
    assertThat(node.get("message").asText()).isEqualTo("expected instance 3, found instance 4");
    assertThat(node.get("powerTableCid").asText())
        .isEqualTo("bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu");
  }

  @Test
  void startingElsewhereThanZeroWithTheInitialTableNamesTheInstanceWanted() throws Exception {
    CliRun run = validate("mainnet", certs(), "--json", "--from", "5");

    assertThat(run.status()).isEqualTo(1);
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("reason").asText()).isEqualTo("INSTANCE_MISMATCH");
    assertThat(node.get("failedInstance").asLong()).isEqualTo(5);
  }

  @Test
  void aTraceShowsEveryStage() throws Exception {
    CliRun run = validate("mainnet", certs(), "--trace", "--json");

    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode trace = JSON.readTree(run.out()).get("trace");
    assertThat(trace).hasSize(110);
    assertThat(trace.get(3).get("stage").asText()).isEqualTo("SIGNERS");
    assertThat(trace.get(4).get("inputs").get("threshold").asText()).isEqualTo("43176");
    assertThat(trace.get(109).get("outputs").get("computedCid").asText()).isEqualTo(CID_AFTER_9);
  }

  @Test
  void aMalformedCertificateFileExitsTwoNamingThePlace() throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "[{\"GPBFTInstance\": 0, \"ECChain\": [ {\"Epoch\": \"x\"");

    CliRun run = validate("mainnet", broken.toString());

    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("broken.json");
  }

  @Test
  void showPrintsEachCertificateReadably() {
    CliRun run = CliRun.of("certs", "show", certs(), "--instance", "9", "--power-table", table());

    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("Instance:        9")
        .contains("Next:          " + CID_AFTER_9)
        .contains("across 7 miners")
        .contains("Finalized chain: 20 tipsets")
        .contains("of 64763 scaled power")
        .doesNotContain("Instance:        8");
  }

  @Test
  void showWithoutATableGivesSignerCounts() throws Exception {
    CliRun run = CliRun.of("certs", "show", certs(), "--json");

    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode list = JSON.readTree(run.out()).get("certificates");
    assertThat(list).hasSize(10);
    assertThat(list.get(0).get("signers").asInt()).isBetween(946, 969);
    assertThat(list.get(9).get("deltas").asInt()).isEqualTo(7);
  }
}
