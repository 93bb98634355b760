package io.f3console.core.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.Fact;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionReport;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.history.StoredSession;
import io.f3console.core.history.TableReference;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.testing.SharedData;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real validations written into sessions, stored, and read back without revalidating. */
class SessionOutcomesTest {
  @TempDir Path dir;

  @Test
  void theRealMainnetCertificatesLeaveAPassedSessionWithTheCommittedTable() throws Exception {
    PowerTable initial =
        PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable();
    List<FinalityCertificate> certs;
    try (InputStream in = Files.newInputStream(SharedData.file("mainnet_certs_0_9.json"))) {
      certs = CertificateJson.readAll(in, "mainnet_certs_0_9.json");
    }
    ValidationResult result =
        new CertificateValidator("filecoin", ValidatorOptions.withThreads(2))
            .validate(initial, 0, certs);
    SessionRecord.Builder session =
        SessionRecord.builder(SessionOrigin.CLI, SessionKind.VALIDATION, "certs validate")
            .network("mainnet")
            .source("certificates", "file:mainnet_certs_0_9.json")
            .table("initial", Optional.of(0L), initial)
            .table("committee of instance 10", Optional.of(10L), result.powerTable());
    SessionOutcomes.validation(session, result);

    StoredSession stored = roundTrip(session.build());
    SessionRecord r = stored.record();
    assertThat(r.verdict()).isEqualTo(SessionVerdict.PASSED);
    assertThat(r.reason()).isEmpty();
    assertThat(r.instanceReached()).contains(9L);
    assertThat(r.summary()).isEqualTo("10 certificates valid, instances 0 to 9");
    assertThat(r.cids())
        .singleElement()
        .satisfies(
            cid -> {
              assertThat(cid.role()).isEqualTo("power table of instance 10");
              assertThat(cid.computed())
                  .contains("bafy2bzaceb5yxdkkdomvwpfejeie5iagpx6ete6qnaaq7x4gt4w7isdi6xp2i");
            });
    assertThat(stored.tables())
        .extracting(TableReference::cid)
        .containsExactly(
            "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu",
            "bafy2bzaceb5yxdkkdomvwpfejeie5iagpx6ete6qnaaq7x4gt4w7isdi6xp2i");
    assertThat(stored.tables())
        .extracting(TableReference::entries)
        .containsExactly(1560, result.powerTable().size());
    assertThat(SessionReport.markdown(stored))
        .contains("| Verdict | passed |", "| Instance reached | 9 |", "- certificates valid: 10");
  }

  @Test
  void theBrokenDemoLeavesItsReasonAndWhereItStopped() throws Exception {
    DemoNetwork demo = DemoNetwork.builtIn();
    SyntheticChain chain = demo.generate(DemoNetwork.Scenario.BROKEN);
    ValidationResult result =
        new CertificateValidator(chain.networkName(), ValidatorOptions.withThreads(1))
            .validate(chain.initialTable(), 0, chain.certificates());
    SessionRecord.Builder session =
        SessionRecord.builder(SessionOrigin.CONSOLE, SessionKind.VALIDATION, "open demo:broken");
    SessionOutcomes.validation(session, result);

    SessionRecord r = roundTrip(session.build()).record();
    assertThat(r.verdict()).isEqualTo(SessionVerdict.FAILED);
    assertThat(r.reason()).contains("INSUFFICIENT_POWER");
    assertThat(r.instanceReached()).contains(36L);
    assertThat(r.summary()).startsWith("Validation stops at instance 37 (INSUFFICIENT_POWER)");
    assertThat(r.facts())
        .contains(new Fact("failed at instance", "37"), new Fact("certificates valid", "37"));
  }

  @Test
  void aConsistentChainFromATableThatIsNotTheNetworksFailsAsUntrusted() throws Exception {
    io.f3console.core.sim.SyntheticNetwork network =
        io.f3console.core.sim.SyntheticNetwork.of(
            io.f3console.core.sim.SimulationSpec.of(4, 6, 3, "filecoin"));
    io.f3console.core.sim.SyntheticChain chain = network.generate();
    PowerTable initial = chain.initialTable();
    List<FinalityCertificate> certs = chain.certificates();
    ValidationResult result =
        new CertificateValidator("filecoin", ValidatorOptions.withThreads(1))
            .validate(initial, 0, certs);
    io.f3console.core.trust.Trust start =
        io.f3console.core.trust.TrustAssessor.of(
                io.f3console.core.network.NetworkProfiles.builtIn().resolveTyped("mainnet"))
            .table(initial.cid(), 0);
    SessionRecord.Builder session =
        SessionRecord.builder(SessionOrigin.CONSOLE, SessionKind.VALIDATION, "open files");
    SessionOutcomes.validation(
        session, new io.f3console.core.trust.TrustedValidation(result, start));

    SessionRecord r = roundTrip(session.build()).record();
    assertThat(result.valid()).isTrue();
    assertThat(r.verdict()).isEqualTo(SessionVerdict.FAILED);
    assertThat(r.reason()).contains("UNTRUSTED_POWER_TABLE");
    assertThat(r.trust()).contains(io.f3console.core.trust.TrustState.MISMATCH);
    assertThat(r.summary())
        .isEqualTo(
            "Untrusted power table: 3 certificates consistent,"
                + " instances 0 to 2, from a mismatch power table");
    assertThat(r.facts())
        .anySatisfy(
            fact -> {
              assertThat(fact.name()).isEqualTo("verdict");
              assertThat(fact.value()).contains("Do not rely on this chain for mainnet");
            });
  }

  private StoredSession roundTrip(SessionRecord record) throws Exception {
    try (HistoryStore store = HistoryStore.open(dir.resolve("h.db"))) {
      long id = store.record(record);
      return store.find(id).orElseThrow();
    }
  }
}
