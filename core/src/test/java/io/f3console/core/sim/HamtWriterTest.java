package io.f3console.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.blocks.BlockSource;
import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.blocks.MemoryBlockSource;
import io.f3console.core.cid.Cid;
import io.f3console.core.state.BlockHeader;
import io.f3console.core.state.Hamt;
import io.f3console.core.state.HamtEntry;
import io.f3console.core.state.StateTree;
import io.f3console.core.testing.SharedData;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HAMT writer rebuilds real go-hamt-ipld v3 maps block for block. */
class HamtWriterTest {
  static final String MULTILEVEL = "state/butterflynet_2026-05_actorsv17_hamt_multilevel";
  static final String GENESIS_V17 = "state/lotus_genesis_butterflynet_2026-05_actorsv17.car.zst";

  @Test
  void rebuildsTheRealDepthThreeHamtsFromTheirKeysAndValues() throws Exception {
    JsonNode derived = new ObjectMapper().readTree(SharedData.text(MULTILEVEL + ".DERIVED.json"));
    MemoryBlockSource real = MemoryBlockSource.fromCar(SharedData.file(MULTILEVEL + "_subset.car"));
    assertThat(derived.get("hamts")).hasSize(2);
    for (JsonNode hamt : derived.get("hamts")) {
      List<HamtWriter.Entry> entries = new ArrayList<>();
      for (JsonNode e : hamt.get("entriesInIterationOrder")) {
        entries.add(
            new HamtWriter.Entry(
                HexFormat.of().parseHex(e.get("keyHex").asText()),
                HexFormat.of().parseHex(e.get("valueCborHex").asText())));
      }
      Map<Cid, byte[]> written = new LinkedHashMap<>();
      HamtWriter.Written result = HamtWriter.write(entries, written::put);

      assertThat(result.root()).isEqualTo(Cid.fromString(hamt.get("root").asText()));
      assertThat(result.blocks()).isEqualTo(hamt.get("blocks").asLong()).isEqualTo(written.size());
      assertSameBlocks(written, real);
    }
  }

  @Test
  void rebuildsTheRealGenesisActorsAndClaimsHamts() throws Exception {
    try (CarBlockSource real = CarBlockSource.open(SharedData.file(GENESIS_V17))) {
      BlockHeader header = BlockHeader.load(real, real.roots().get(0));
      StateTree tree = StateTree.load(real, header.parentStateRoot());
      Cid actors = tree.root().actors();
      Cid claims = tree.powerState().claims();
      for (Cid root : List.of(actors, claims)) {
        List<HamtEntry> listed = Hamt.of(real, root, "rebuild").entries(100_000);
        List<HamtWriter.Entry> entries = new ArrayList<>();
        for (HamtEntry e : listed) {
          entries.add(new HamtWriter.Entry(e.key(), e.value()));
        }
        java.util.Collections.reverse(entries);
        Map<Cid, byte[]> written = new LinkedHashMap<>();
        HamtWriter.Written result = HamtWriter.write(entries, written::put);

        assertThat(result.root()).isEqualTo(root);
        assertSameBlocks(written, real);
      }
      assertThat(Hamt.of(real, actors, "actors").entries(100)).hasSize(21);
      assertThat(Hamt.of(real, claims, "claims").entries(100)).hasSize(3);
    }
  }

  @Test
  void writesTheEmptyMapAsTheEmptyRoot() throws Exception {
    Map<Cid, byte[]> written = new LinkedHashMap<>();
    HamtWriter.Written result = HamtWriter.write(List.of(), written::put);
    assertThat(written.get(result.root())).containsExactly(0x82, 0x40, 0x80);
  }

  @Test
  void refusesTheSameKeyTwice() {
    byte[] key = {0, 4};
    List<HamtWriter.Entry> twice =
        List.of(
            new HamtWriter.Entry(key, new byte[] {1}), new HamtWriter.Entry(key, new byte[] {2}));
    assertThatThrownBy(() -> HamtWriter.write(twice, (cid, data) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0004");
  }

  @Test
  void writesTheBitfieldInMinimalBigEndianBytes() {
    assertThat(HamtWriter.bitfieldBytes(0)).isEmpty();
    assertThat(HamtWriter.bitfieldBytes(0x280120)).containsExactly(0x28, 0x01, 0x20);
    assertThat(HamtWriter.bitfieldBytes(0x80010001L)).containsExactly(0x80, 0x01, 0x00, 0x01);
    byte[] hash = HexFormat.of().parseHex("03ca99ec" + "00".repeat(28));
    assertThat(HamtWriter.index(hash, 1)).isEqualTo(15);
    assertThat(HamtWriter.index(hash, 2)).isEqualTo(5);
  }

  static void assertSameBlocks(Map<Cid, byte[]> written, BlockSource real) throws Exception {
    for (Map.Entry<Cid, byte[]> block : written.entrySet()) {
      assertThat(block.getValue())
          .as("block %s", block.getKey())
          .isEqualTo(real.block(block.getKey()));
    }
  }
}
