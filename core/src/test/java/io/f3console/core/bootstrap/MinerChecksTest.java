package io.f3console.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.open.Sources;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.store.CertificateStore;
import io.f3console.core.store.CertificateSync;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.SharedData;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.validation.ValidatorOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --miner} on the real mainnet data: the expected entries and signatures are read here from
 * the JSON files themselves (the table's order and the certificates' Signers run lengths, decoded
 * by hand), not through the product's decoders.
 */
class MinerChecksTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final SourceOptions OPTIONS =
      new SourceOptions(Optional.empty(), Duration.ofSeconds(10), 0, 2);
  JsonNode table;
  final List<Set<Integer>> signers = new ArrayList<>();

  @BeforeEach
  void read() throws Exception {
    table = JSON.readTree(SharedData.file("mainnet_initial_power_table.json").toFile());
    for (JsonNode certificate : JSON.readTree(SharedData.file("mainnet_certs_0_9.json").toFile())) {
      Set<Integer> set = new HashSet<>();
      int at = 0;
      boolean on = false;
      for (JsonNode run : certificate.path("Signers")) {
        if (on) {
          for (int i = 0; i < run.asInt(); i++) {
            set.add(at + i);
          }
        }
        at += run.asInt();
        on = !on;
      }
      signers.add(set);
    }
  }

  static DoctorReport diagnose(ActorId... miners) throws Exception {
    NetworkSelection mainnet = NetworkProfiles.builtIn().resolve("mainnet");
    try (FakeLotusNode node = FakeLotusNode.startMainnet();
        LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
      DoctorOptions options =
          DoctorOptions.defaults().withProgressPause(Duration.ZERO).withMiners(List.of(miners));
      return new Doctor(client, mainnet, options).run();
    }
  }

  long signedBy(int index) {
    return signers.stream().filter(s -> s.contains(index)).count();
  }

  @Test
  void theLargestMinerIsInTheCommitteeWithItsPowerKeyAndSignatures() throws Exception {
    JsonNode first = table.get(0);
    ActorId miner = ActorId.of(first.path("ID").asLong());
    DoctorReport report = diagnose(miner);

    DoctorCheck check = report.check(MinerChecks.id(miner)).orElseThrow();
    assertThat(check.title())
        .isEqualTo("Miner f0" + first.path("ID").asText() + " takes part in F3");
    assertThat(check.detail("power")).contains(first.path("Power").asText());
    assertThat(check.detail("key")).contains(first.path("PubKey").asText());
    assertThat(check.detail("instance")).contains("10");
    assertThat(check.detail("signed")).contains(Long.toString(signedBy(0)));
    assertThat(check.detail("inCommittee")).contains("10");
    assertThat(check.evidence())
        .anyMatch(e -> e.contains("is entry 0 of 1560 in the committee of instance 10"))
        .anyMatch(e -> e.contains("valid BLS key"))
        .anyMatch(e -> e.contains("the node's certificates 0–9, validated with their signatures"));
    assertThat(signedBy(0)).isEqualTo(10);
    assertThat(check.verdict()).as(check.toString()).isIn(CheckVerdict.PASS, CheckVerdict.WARN);
  }

  @Test
  void aMinerInTheCommitteeThatSignedNoneOfTheTenFails() throws Exception {
    int silent = -1;
    for (int i = 0; i < table.size() && silent < 0; i++) {
      if (signedBy(i) == 0) {
        silent = i;
      }
    }
    assertThat(silent).as("the real certificates leave some members out").isGreaterThanOrEqualTo(0);
    ActorId miner = ActorId.of(table.get(silent).path("ID").asLong());
    DoctorReport report = diagnose(miner);

    DoctorCheck check = report.check(MinerChecks.id(miner)).orElseThrow();
    assertThat(check.verdict()).as(check.toString()).isEqualTo(CheckVerdict.FAIL);
    assertThat(check.reason()).contains(DoctorReason.MINER_NOT_SIGNING);
    assertThat(check.evidence()).anyMatch(e -> e.startsWith("It signed 0 of the 10 instances"));
  }

  @Test
  void aStoreHoldingTheNewestInstancesIsCountedInsteadOfFetching(@TempDir Path dir)
      throws Exception {
    NetworkSelection mainnet = NetworkProfiles.builtIn().resolve("mainnet");
    Path file = dir.resolve("mainnet.sqlite");
    ActorId miner = ActorId.of(table.get(0).path("ID").asLong());
    try (FakeLotusNode node = FakeLotusNode.startMainnet()) {
      try (CertificateStore store = CertificateStore.open(file, mainnet.f3NetworkName());
          DataSource source = Sources.open(SourceSpec.parse("rpc:" + node.endpoint()), OPTIONS)) {
        new CertificateSync(TrustAssessor.of(mainnet), ValidatorOptions.defaults())
            .sync(store, source, OptionalLong.empty());
      }
      int fetched = node.requests("Filecoin.F3GetCertificate");
      DoctorReport report;
      try (LotusRpcClient client = LotusRpcClient.connect(node.endpoint(), OPTIONS)) {
        DoctorOptions options =
            DoctorOptions.defaults()
                .withProgressPause(Duration.ZERO)
                .withMiners(List.of(miner))
                .withRecentInstances(5)
                .withCertificateStore(file);
        report = new Doctor(client, mainnet, options).run();
      }

      DoctorCheck check = report.check(MinerChecks.id(miner)).orElseThrow();
      assertThat(check.evidence())
          .anyMatch(
              e ->
                  e.startsWith(
                      "It signed 5 of the 5 instances it was in the committee of, in instances"
                          + " 5–9 from the certificate store mainnet.sqlite (validated from a"
                          + " verified table)"));
      // certificate 0 is asked for by the doctor's own checks, none of 5-9 for the miner
      assertThat(node.requests("Filecoin.F3GetCertificate") - fetched).isEqualTo(1);
    }
  }

  @Test
  void aMinerOutsideTheCommitteeFailsWithWhatPutsAMinerInIt() throws Exception {
    Set<Long> ids = new HashSet<>();
    table.forEach(e -> ids.add(e.path("ID").asLong()));
    long outside = 1000;
    while (ids.contains(outside)) {
      outside++;
    }
    ActorId miner = ActorId.of(outside);
    DoctorReport report = diagnose(miner);

    DoctorCheck check = report.check(MinerChecks.id(miner)).orElseThrow();
    assertThat(check.verdict()).isEqualTo(CheckVerdict.FAIL);
    assertThat(check.reason()).contains(DoctorReason.MINER_NOT_IN_COMMITTEE);
    assertThat(check.evidence().get(0))
        .isEqualTo(
            miner
                + " is not in the committee of instance 10 (1560 participants, "
                + check.detail("committee").orElse("")
                + "), so it cannot sign.");
    assertThat(check.remedy().orElseThrow()).contains("consensus minimum");
  }
}
