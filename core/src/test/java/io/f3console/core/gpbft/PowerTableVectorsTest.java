package io.f3console.core.gpbft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.powertable.PowerTableJson;
import io.f3console.core.testing.Vectors;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The power-table vectors of the F3 protocol reference (§1.3, §3, §9.3). */
class PowerTableVectorsTest {
  static List<JsonNode> tables() {
    return Vectors.list("powertable/vectors.json", "tables");
  }

  static List<JsonNode> quorum() {
    return Vectors.list("powertable/vectors.json", "quorum");
  }

  private static PowerTable table(JsonNode vector) throws Exception {
    byte[] json = vector.get("entries").toString().getBytes(StandardCharsets.UTF_8);
    return PowerTableJson.read(json, vector.get("name").asText()).toTable();
  }

  @ParameterizedTest
  @MethodSource("tables")
  void encodesEntriesToTheReferenceCbor(JsonNode vector) throws Exception {
    assertThat(Vectors.hex(table(vector).toCbor())).isEqualTo(vector.get("cbor").asText());
  }

  @ParameterizedTest
  @MethodSource("tables")
  void hashesToTheReferenceCid(JsonNode vector) throws Exception {
    PowerTable table = table(vector);
    assertThat(table.cid().toString()).isEqualTo(vector.get("cid").asText());
    if (vector.has("cidBytes")) {
      assertThat(Vectors.hex(table.cid().toBytes())).isEqualTo(vector.get("cidBytes").asText());
    }
  }

  @ParameterizedTest
  @MethodSource("tables")
  void decodesTheReferenceCborToTheSameEntries(JsonNode vector) throws Exception {
    List<PowerEntry> decoded = PowerEntriesCbor.decode(Vectors.hex(vector.get("cbor").asText()));
    assertThat(decoded).isEqualTo(table(vector).entries());
  }

  @ParameterizedTest
  @MethodSource("tables")
  void scalesPowerAndComputesTheQuorumThreshold(JsonNode vector) throws Exception {
    PowerTable table = table(vector);
    List<Long> scaled = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      scaled.add(table.scaledPower(i));
    }
    List<Long> expected = new ArrayList<>();
    vector.get("scaled").forEach(n -> expected.add(n.asLong()));
    assertThat(scaled).isEqualTo(expected);
    assertThat(table.scaledTotal()).isEqualTo(vector.get("scaledTotal").asLong());
    assertThat(table.strongQuorumThreshold()).isEqualTo(vector.get("threshold").asLong());
  }

  @ParameterizedTest
  @MethodSource("quorum")
  void strongQuorumThresholdIsCeilingOfTwoThirds(JsonNode vector) {
    long whole = vector.get("scaledTotal").asLong();
    long threshold = vector.get("threshold").asLong();
    assertThat(StrongQuorum.threshold(whole)).isEqualTo(threshold);
    assertThat(StrongQuorum.isStrongQuorum(threshold, whole)).isTrue();
    if (threshold > 0) {
      assertThat(StrongQuorum.isStrongQuorum(threshold - 1, whole)).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("tables")
  void writesJsonThatReadsBackToTheSameTable(JsonNode vector) throws Exception {
    PowerTable table = table(vector);
    String written = PowerTableJson.write(table.entries());
    var reread = PowerTableJson.read(written.getBytes(StandardCharsets.UTF_8), "written");
    assertThat(reread.format()).isEqualTo(PowerTableFormat.JSON_ENTRIES);
    assertThat(reread.toTable().cid()).isEqualTo(table.cid());
  }
}
