package io.f3console.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.blocks.MemoryBlockSource;
import io.f3console.core.cid.Cid;
import io.f3console.core.testing.SharedData;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two real depth-3 HAMTs listed and looked up, compared with their derived listing exactly. */
class HamtMultilevelTest {
  static final String NAME = "state/butterflynet_2026-05_actorsv17_hamt_multilevel";

  @Test
  void realMultiLevelHamtsListAndFindExactlyTheDerivedEntries() throws Exception {
    JsonNode derived = new ObjectMapper().readTree(SharedData.text(NAME + ".DERIVED.json"));
    assertThat(derived.get("hamts")).hasSize(2);
    for (JsonNode expected : derived.get("hamts")) {
      MemoryBlockSource source = MemoryBlockSource.fromCar(SharedData.file(NAME + "_subset.car"));
      Hamt hamt = Hamt.of(source, Cid.fromString(expected.get("root").asText()), "listing");
      List<HamtEntry> entries = hamt.entries(10_000);
      assertThat(source.blocksRead()).isEqualTo(expected.get("blocks").asLong());

      List<String> want = new ArrayList<>();
      for (JsonNode entry : expected.get("entriesInIterationOrder")) {
        want.add(entry.get("keyHex").asText() + "=" + entry.get("valueCborHex").asText());
      }
      List<String> got = new ArrayList<>();
      for (HamtEntry entry : entries) {
        got.add(entry.keyHex() + "=" + entry.valueHex());
      }
      assertThat(got).hasSize(expected.get("keyCount").asInt()).containsExactlyElementsOf(want);

      for (HamtEntry entry : entries) {
        assertThat(hamt.find(entry.key())).contains(entry);
      }
      JsonNode absent = expected.get("absentKeysHex");
      assertThat(absent).isNotEmpty();
      for (JsonNode key : absent) {
        assertThat(hamt.find(HexFormat.of().parseHex(key.asText()))).isEmpty();
      }
    }
  }

  @Test
  void hashBitsAreReadMostSignificantFirstAcrossBytes() {
    byte[] hash = HexFormat.of().parseHex("03ca99ec" + "00".repeat(28));
    assertThat(Hamt.index(hash, 0)).isZero();
    assertThat(Hamt.index(hash, 1)).isEqualTo(15);
    assertThat(Hamt.index(hash, 2)).isEqualTo(5);
    byte[] f04 = HexFormat.of().parseHex("4f35212d" + "00".repeat(28));
    assertThat(Hamt.index(f04, 0)).isEqualTo(9);
  }
}
