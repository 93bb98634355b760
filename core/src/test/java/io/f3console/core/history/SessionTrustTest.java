package io.f3console.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.sessions.SessionOutcomes;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.trust.TrustReason;
import io.f3console.core.trust.TrustState;
import io.f3console.core.trust.TrustedValidation;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The trust state of a session: stored, read back, listed, filtered and reported. */
class SessionTrustTest {
  @TempDir Path dir;

  private HistoryStore store;

  @BeforeEach
  void open() throws Exception {
    store = HistoryStore.open(dir.resolve("h.db"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** A trust of {@code state}, with the first reason that gives it. */
  static Trust trust(TrustState state, PowerTable table) {
    TrustReason reason =
        java.util.Arrays.stream(TrustReason.values())
            .filter(r -> r.state() == state)
            .findFirst()
            .orElseThrow();
    Optional<io.f3console.core.cid.Cid> expected =
        state == TrustState.UNVERIFIED ? Optional.empty() : Optional.of(table.cid());
    return new Trust(
        reason,
        table.cid(),
        expected,
        "mainnet",
        Optional.empty(),
        "The table is " + state.word() + " for this test.");
  }

  static SessionRecord checked(TrustState state, PowerTable table) {
    return SessionRecord.builder(SessionOrigin.CLI, SessionKind.CHECK, "powertable check")
        .network("mainnet")
        .trust(trust(state, table))
        .summary("a " + state.word() + " table")
        .build();
  }

  @ParameterizedTest
  @EnumSource(TrustState.class)
  void eachTrustStateReadsBackAsWrittenInTheSessionAndItsListLine(TrustState state)
      throws Exception {
    PowerTable table = HistoryStoreTest.table(state.ordinal(), 5);
    SessionRecord record = checked(state, table);
    assertThat(record.trust()).contains(state);

    long id = store.record(record);

    SessionRecord back = store.find(id).orElseThrow().record();
    assertThat(back.trust()).contains(state);
    assertThat(back.facts())
        .contains(
            new Fact("trust explanation", "The table is " + state.word() + " for this test."));
    assertThat(back.cids())
        .singleElement()
        .satisfies(cid -> assertThat(cid.computed()).contains(table.cid().toString()));
    assertThat(store.list(SessionQuery.all()))
        .singleElement()
        .satisfies(s -> assertThat(s.trust()).contains(state));
  }

  @Test
  void aSessionThatJudgedNoTableHasNoTrust() throws Exception {
    long id = store.record(HistoryStoreTest.validation(HistoryStoreTest.table(3, 4)));

    assertThat(store.find(id).orElseThrow().record().trust()).isEmpty();
    assertThat(store.list(SessionQuery.all()))
        .singleElement()
        .satisfies(s -> assertThat(s.trust()).isEmpty());
    StoredSession stored = store.find(id).orElseThrow();
    assertThat(SessionReport.markdown(stored)).doesNotContain("| Trust |");
    assertThat(new ObjectMapper().readTree(SessionReport.json(stored)).get("trust").isNull())
        .isTrue();
  }

  @Test
  void theListCanBeFilteredByTrustAndTheFilterCombinesWithOthers() throws Exception {
    long verified = store.record(checked(TrustState.VERIFIED, HistoryStoreTest.table(1, 3)));
    long none = store.record(HistoryStoreTest.validation(HistoryStoreTest.table(2, 3)));
    long mismatch = store.record(checked(TrustState.MISMATCH, HistoryStoreTest.table(3, 3)));
    long unverified = store.record(checked(TrustState.UNVERIFIED, HistoryStoreTest.table(4, 3)));
    long otherMismatch = store.record(checked(TrustState.MISMATCH, HistoryStoreTest.table(5, 3)));

    assertThat(ids(SessionQuery.all()))
        .containsExactly(otherMismatch, unverified, mismatch, none, verified);
    assertThat(ids(SessionQuery.all().trust(TrustState.MISMATCH)))
        .containsExactly(otherMismatch, mismatch);
    assertThat(ids(SessionQuery.all().trust(TrustState.VERIFIED))).containsExactly(verified);
    assertThat(ids(SessionQuery.all().trust(TrustState.UNVERIFIED))).containsExactly(unverified);
    assertThat(ids(SessionQuery.all().trust(TrustState.MISMATCH).limit(1)))
        .containsExactly(otherMismatch);
    assertThat(ids(SessionQuery.all().trust(TrustState.MISMATCH).kind(SessionKind.VALIDATION)))
        .isEmpty();
    assertThat(ids(SessionQuery.all().trust(null))).hasSize(5);
  }

  @ParameterizedTest
  @EnumSource(TrustState.class)
  void theReportsShowTheTrustAsItsWord(TrustState state) throws Exception {
    long id = store.record(checked(state, HistoryStoreTest.table(7, 3)));
    StoredSession stored = store.find(id).orElseThrow();

    String md = SessionReport.markdown(stored);
    assertThat(md).contains("| Trust | " + state.word() + " |\n");
    assertThat(md.lines().filter(l -> l.startsWith("| Trust |")).findFirst().orElseThrow())
        .doesNotContain("✔", "✘", "?");
    JsonNode json = new ObjectMapper().readTree(SessionReport.json(stored));
    assertThat(json.get("trust").asText()).isEqualTo(state.word());
    assertThat(SessionReport.json(stored)).contains("\"trust\" : \"" + state.word() + "\"");
  }

  @Test
  void aConsistentChainFromAnotherTableIsStoredAsAFailedMismatch() throws Exception {
    SyntheticChain impostor =
        SyntheticNetwork.of(SimulationSpec.of(11, 12, 4, "filecoin")).generate();
    NetworkSelection mainnet = NetworkProfiles.builtIn().resolveTyped("mainnet");
    TrustAssessor assessor = TrustAssessor.of(mainnet);
    long start = impostor.certificates().get(0).instance();
    ValidationResult result =
        new CertificateValidator(mainnet.f3NetworkName(), ValidatorOptions.withThreads(2))
            .validate(impostor.initialTable(), start, impostor.certificates());
    Trust trust = assessor.table(impostor.initialTable().cid(), start);
    SessionRecord.Builder session =
        SessionRecord.builder(SessionOrigin.CLI, SessionKind.VALIDATION, "certs validate")
            .network("mainnet");
    SessionOutcomes.validation(session, new TrustedValidation(result, trust));

    StoredSession stored = store.find(store.record(session.build())).orElseThrow();

    assertThat(result.valid()).isTrue();
    assertThat(stored.record().trust()).contains(TrustState.MISMATCH);
    assertThat(stored.record().verdict()).isEqualTo(SessionVerdict.FAILED);
    assertThat(stored.record().reason()).contains("UNTRUSTED_POWER_TABLE");
    assertThat(stored.record().summary())
        .startsWith("Untrusted power table: ")
        .endsWith("from a mismatch power table");
    assertThat(store.list(SessionQuery.all().trust(TrustState.MISMATCH)))
        .extracting(SessionSummary::id)
        .containsExactly(stored.id());
  }

  private List<Long> ids(SessionQuery query) throws Exception {
    return store.list(query).stream().map(SessionSummary::id).toList();
  }
}
