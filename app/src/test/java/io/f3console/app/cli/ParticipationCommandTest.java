package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.certs.CertificateFiles;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code participation} and {@code participation missing} on the real mainnet certificates. */
class ParticipationCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static String table() {
    return SharedData.file("mainnet_initial_power_table.json").toString();
  }

  static String certs() {
    return SharedData.file("mainnet_certs_0_9.json").toString();
  }

  static CliRun participation(String certs, String... more) {
    List<String> args = new ArrayList<>(List.of("participation"));
    args.addAll(List.of(more));
    args.addAll(List.of("--network", "mainnet", "--power-table", table(), certs));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void theJsonCountsEachInstancesSignersAndEveryMiner() throws Exception {
    CliRun run = participation(certs(), "--json");

    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode node = JSON.readTree(run.out());
    assertThat(
            Stream.of(
                "network", "firstInstance", "lastInstance", "verified", "miners", "instances"))
        .allMatch(node::has);
    assertThat(node.get("network").asText()).isEqualTo("filecoin");
    assertThat(node.get("firstInstance").asLong()).isZero();
    assertThat(node.get("lastInstance").asLong()).isEqualTo(9);
    assertThat(node.get("verified").asBoolean()).isTrue();
    List<FinalityCertificate> real = CertificateFiles.read(Path.of(certs()));
    JsonNode instances = node.get("instances");
    assertThat(instances).hasSize(10);
    long signatures = 0;
    for (int i = 0; i < 10; i++) {
      JsonNode instance = instances.get(i);
      assertThat(instance.get("instance").asLong()).isEqualTo(i);
      assertThat(instance.get("signers").asLong()).isEqualTo(real.get(i).signers().cardinality());
      assertThat(instance.get("signedScaledPower").asLong() * 3)
          .isGreaterThanOrEqualTo(instance.get("scaledTotal").asLong() * 2);
      assertThat(instance.get("baseOnly").asBoolean()).isEqualTo(real.get(i).chain().size() == 1);
      signatures += real.get(i).signers().cardinality();
    }
    long signed = 0;
    for (JsonNode miner : node.get("miners")) {
      assertThat(miner.get("actor").asText()).startsWith("f0");
      assertThat(
              miner.get("signed").asLong()
                  + miner.get("absent").asLong()
                  + miner.get("notInCommittee").asLong())
          .isEqualTo(10);
      assertThat(Stream.of("firstSigned", "lastSigned", "longestAbsence", "currentAbsence"))
          .allMatch(miner::has);
      signed += miner.get("signed").asLong();
    }
    assertThat(signed).isEqualTo(signatures);
  }

  @Test
  void chosenMinersGetTheirOwnLinesAndTheCaveatIsPrinted() throws Exception {
    JsonNode all = JSON.readTree(participation(certs(), "--json").out());
    JsonNode absentee = null;
    for (JsonNode miner : all.get("miners")) {
      if (miner.get("absent").asLong() > 0 && miner.get("signed").asLong() > 0) {
        absentee = miner;
        break;
      }
    }
    assertThat(absentee).as("some miner both signed and missed one of 0–9").isNotNull();
    String actor = absentee.get("actor").asText();

    CliRun text = participation(certs(), "--miner", actor, "--miner", "f099999999999");

    assertThat(text.status()).as(text.toString()).isZero();
    assertThat(text.out()).contains("Chosen miners:", "Most absent", ParticipationReport.CAVEAT);
    String chosen = text.out().substring(text.out().indexOf("Chosen miners:"));
    String line = chosen.lines().filter(l -> l.contains(actor + " ")).findFirst().orElseThrow();
    assertThat(line.trim().split("\\s+"))
        .startsWith(
            actor,
            absentee.get("signed").asText(),
            absentee.get("absent").asText(),
            absentee.get("notInCommittee").asText());
    String unknown =
        chosen.lines().filter(l -> l.contains("f099999999999")).findFirst().orElseThrow();
    assertThat(unknown.trim().split("\\s+")).startsWith("f099999999999", "0", "0", "10");
    assertThat(unknown).contains("never");

    JsonNode only = JSON.readTree(participation(certs(), "--json", "--miner", actor).out());
    assertThat(only.get("miners")).hasSize(1);
    assertThat(only.get("miners").get(0)).isEqualTo(absentee);
  }

  @Test
  void aForgedCertificateStopsTheCountAndExitsOne() throws Exception {
    ArrayNode array = (ArrayNode) JSON.readTree(Files.readString(Path.of(certs())));
    ObjectNode cert = (ObjectNode) array.get(4);
    byte[] signature = Base64.getDecoder().decode(cert.get("Signature").asText());
    signature[40] ^= 0x10;
    cert.put("Signature", Base64.getEncoder().encodeToString(signature));
    Path forged = dir.resolve("forged.json");
    Files.writeString(forged, JSON.writeValueAsString(array));

    CliRun json = participation(forged.toString(), "--json");
    assertThat(json.status()).as(json.toString()).isEqualTo(1);
    JsonNode node = JSON.readTree(json.out());
    assertThat(node.get("lastInstance").asLong()).isEqualTo(3);
    assertThat(node.get("instances")).hasSize(4);
    assertThat(node.get("valid").asBoolean()).isFalse();
    assertThat(node.get("failedInstance").asLong()).isEqualTo(4);

    CliRun text = participation(forged.toString());
    assertThat(text.status()).isEqualTo(1);
    assertThat(text.out())
        .contains("INVALID", "counted up to the invalid certificate", "instances 0–3 (4)");
  }

  @Test
  void missingRanksTheAbsentOfOneInstanceByScaledPower() throws Exception {
    JsonNode all = JSON.readTree(participation(certs(), "--json").out());
    JsonNode five = all.get("instances").get(5);

    CliRun run =
        CliRun.of(
            "participation",
            "missing",
            "--network",
            "mainnet",
            "--power-table",
            table(),
            "--instance",
            "5",
            "--json",
            certs());

    assertThat(run.status()).as(run.toString()).isZero();
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("firstInstance").asLong()).isEqualTo(5);
    assertThat(node.get("lastInstance").asLong()).isEqualTo(5);
    JsonNode absent = node.get("absent");
    assertThat(absent).hasSize(five.get("committee").asInt() - five.get("signers").asInt());
    long missing = 0;
    long previous = Long.MAX_VALUE;
    for (JsonNode a : absent) {
      long power = a.get("missedScaledPower").asLong();
      assertThat(power).isLessThanOrEqualTo(previous);
      previous = power;
      missing += power;
    }
    assertThat(missing + five.get("signedScaledPower").asLong())
        .isLessThanOrEqualTo(five.get("scaledTotal").asLong());

    CliRun last =
        CliRun.of(
            "participation",
            "missing",
            "--network",
            "mainnet",
            "--power-table",
            table(),
            "--last",
            "3",
            certs());
    assertThat(last.status()).as(last.toString()).isZero();
    assertThat(last.out()).contains("Absent at instances 7–9", ParticipationReport.CAVEAT);
  }

  @Test
  void badInputExitsTwo() {
    assertThat(
            CliRun.of(
                    "participation",
                    "missing",
                    "--network",
                    "mainnet",
                    "--power-table",
                    table(),
                    certs())
                .status())
        .isEqualTo(2);
    assertThat(CliRun.of("participation", "--power-table", table(), certs()).status()).isEqualTo(2);
    assertThat(
            CliRun.of(
                    "participation",
                    "missing",
                    "--network",
                    "mainnet",
                    "--power-table",
                    table(),
                    "--instance",
                    "42",
                    certs())
                .status())
        .isEqualTo(2);
    assertThat(participation(certs(), "--miner", "nobody").status()).isEqualTo(2);
  }
}
