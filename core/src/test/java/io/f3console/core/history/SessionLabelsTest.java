package io.f3console.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionLabelsTest {
  private static final String BASE = "bafy2bzacebase";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "certificate-0: basePowerTable|Certificate 0 · base power table",
        "certificate-0|Certificate 0",
        "f3-running|F3 running",
        "initial-power-table: tableCid|Initial power table · table CID",
        "network: f3NetworkName|Network · F3 network name",
        "lookback-state: apiVersion|Lookback state · API version",
        "initial power table|initial power table",
        "next power table of 36|next power table of 36",
        "threshold|threshold",
        "trusted table for mainnet|trusted table for mainnet"
      })
  void recordedKeysBecomeWordsAndWordsStayAsTheyAre(String recorded, String label) {
    assertThat(SessionLabels.of(recorded)).isEqualTo(label);
    assertThat(SessionLabels.looksLikeKey(label)).isFalse();
  }

  @Test
  void theMarkdownExportNamesFindingsAndCidsInWordsWithoutAnEmptyExpectedColumn() {
    String md = SessionReport.markdown(doctorSession());

    assertThat(md)
        .contains("| Certificate 0 · base power table | `" + BASE + "` |\n")
        .contains("- Certificate 0: PASS: Certificate 0 has the expected base.")
        .contains("| What | Computed |\n|---|---|\n")
        .doesNotContain("basePowerTable", "certificate-0:", "Expected", "- certificate-0");
  }

  @Test
  void theExpectedColumnAppearsWhenSomeCidWasCompared() {
    SessionRecord record =
        doctor()
            .cid(RecordedCid.compared("initial-power-table: tableCid", "bafyA", "bafyB"))
            .build();
    String md = SessionReport.markdown(new StoredSession(2, record, List.of(), List.of()));

    assertThat(md)
        .contains("| What | Computed | Expected | Match |\n|---|---|---|---|\n")
        .contains("| Certificate 0 · base power table | `" + BASE + "` |  |  |\n")
        .contains("| Initial power table · table CID | `bafyA` | `bafyB` | ✘ differ |\n");
  }

  @Test
  void theJsonExportKeepsTheRecordedKeysAndAddsTheWords() throws Exception {
    JsonNode json = new ObjectMapper().readTree(SessionReport.json(doctorSession()));

    assertThat(json.get("cids").get(0).get("role").asText())
        .isEqualTo("certificate-0: basePowerTable");
    assertThat(json.get("cids").get(0).get("label").asText())
        .isEqualTo("Certificate 0 · base power table");
    assertThat(json.get("cids").get(0).get("expected").isNull()).isTrue();
    assertThat(json.get("findings").get(0).get("label").asText()).isEqualTo("Certificate 0");
  }

  private static StoredSession doctorSession() {
    return new StoredSession(1, doctor().build(), List.of(), List.of());
  }

  private static SessionRecord.Builder doctor() {
    return SessionRecord.builder(SessionOrigin.CONSOLE, SessionKind.DOCTOR, "doctor")
        .network("mainnet")
        .verdict(SessionVerdict.PASSED)
        .summary("Doctor on a node: 1 passed")
        .fact("certificate-0", "PASS: Certificate 0 has the expected base.")
        .cid(RecordedCid.computed("certificate-0: basePowerTable", BASE));
  }
}
