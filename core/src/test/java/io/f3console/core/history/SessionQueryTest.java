package io.f3console.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionQueryTest {
  @TempDir Path dir;

  private HistoryStore store;
  private long doctor;
  private long check;
  private long validation;

  @BeforeEach
  void fill() throws Exception {
    store = HistoryStore.open(dir.resolve("h.db"));
    doctor =
        store.record(
            SessionRecord.builder(SessionOrigin.CLI, SessionKind.DOCTOR, "doctor")
                .network("calibnet")
                .verdict(SessionVerdict.FAILED)
                .reason("initial-power-table")
                .summary("Doctor on http://127.0.0.1:1234/rpc/v1: 3 passed, 1 failed")
                .source("node", "rpc:http://127.0.0.1:1234/rpc/v1")
                .build());
    check =
        store.record(
            SessionRecord.builder(SessionOrigin.CLI, SessionKind.CHECK, "powertable check")
                .network("mainnet")
                .summary("MATCH 100%_sure")
                .cid(RecordedCid.compared("initial power table", "bafyABC", "bafyABC"))
                .build());
    validation = store.record(HistoryStoreTest.validation(HistoryStoreTest.table(5, 4)));
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    store.close();
  }

  @Test
  void filtersCombine() throws Exception {
    assertThat(ids(SessionQuery.all())).containsExactly(validation, check, doctor);
    assertThat(ids(SessionQuery.all().network("MAINNET"))).containsExactly(check);
    assertThat(ids(SessionQuery.all().kind(SessionKind.DOCTOR))).containsExactly(doctor);
    assertThat(ids(SessionQuery.all().kind(SessionKind.DOCTOR).network("mainnet"))).isEmpty();
    assertThat(ids(SessionQuery.all().since(Instant.now().plusSeconds(60)))).isEmpty();
    assertThat(ids(SessionQuery.all().since(Instant.now().minusSeconds(60)))).hasSize(3);
    assertThat(ids(SessionQuery.all().limit(2))).containsExactly(validation, check);
  }

  @Test
  void textMatchesSourcesCidsAndSummariesLiterally() throws Exception {
    assertThat(ids(SessionQuery.all().text("127.0.0.1:1234"))).containsExactly(doctor);
    assertThat(ids(SessionQuery.all().text("bafyabc"))).containsExactly(check);
    assertThat(ids(SessionQuery.all().text("100%_"))).containsExactly(check);
    assertThat(ids(SessionQuery.all().text("100__"))).isEmpty();
    assertThat(ids(SessionQuery.all().text("INSUFFICIENT"))).containsExactly(validation);
  }

  @Test
  void theJsonExportHoldsWhatWasStored() throws Exception {
    store.addNote(validation, "seen again after the upgrade");
    JsonNode json =
        new ObjectMapper().readTree(SessionReport.json(store.find(validation).orElseThrow()));
    assertThat(json.get("id").asLong()).isEqualTo(validation);
    assertThat(json.get("verdict").asText()).isEqualTo("FAILED");
    assertThat(json.get("reason").asText()).isEqualTo("INSUFFICIENT_POWER");
    assertThat(json.get("instanceReached").asText()).isEqualTo("36");
    assertThat(json.get("cids").get(1).get("match").asBoolean()).isFalse();
    assertThat(json.get("powerTables").get(0).get("entries").asInt()).isEqualTo(4);
    assertThat(json.get("notes").get(0).get("text").asText())
        .isEqualTo("seen again after the upgrade");
    String md = SessionReport.markdown(store.find(validation).orElseThrow());
    assertThat(md)
        .startsWith("# Session " + validation + ": certs validate")
        .contains(
            "| Reason | `INSUFFICIENT_POWER` |",
            "✘ differ",
            "seen again after the upgrade",
            "INVALID at instance 37");
  }

  private java.util.List<Long> ids(SessionQuery query) throws Exception {
    return store.list(query).stream().map(SessionSummary::id).toList();
  }
}
