package io.f3console.core.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multicodec;
import io.f3console.core.cid.Multihash;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.snapshot.CarBlock;
import io.f3console.core.snapshot.CarReader;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A real subset CAR backed by a fake node holding a larger real subset. */
class LayeredBlockSourceTest {
  static final String READ_OBJ = "Filecoin.ChainReadObj";

  /** Read when a test asks, so a missing file skips that test (never the class). */
  static Path small() {
    return SharedData.file("state/butterflynet_2026-05_actorsv17_genesis_powertable_subset.car");
  }

  /** Read when a test asks, so a missing file skips that test (never the class). */
  static Path large() {
    return SharedData.file("state/butterflynet_2026-05_actorsv17_hamt_multilevel_subset.car");
  }

  static Map<Cid, byte[]> blocks(Path car) throws Exception {
    Map<Cid, byte[]> blocks = new LinkedHashMap<>();
    try (CarReader reader = CarReader.open(car)) {
      for (Optional<CarBlock> b = reader.next(); b.isPresent(); b = reader.next()) {
        blocks.putIfAbsent(b.get().cid(), b.get().data());
      }
    }
    return blocks;
  }

  static LayeredBlockSource layered(FakeLotusNode node) throws Exception {
    return LayeredBlockSource.of(
        CarBlockSource.open(small()),
        RpcBlockSource.of(
            LotusRpcClient.connect(
                node.endpoint(),
                new SourceOptions(Optional.empty(), Duration.ofSeconds(5), 0, 2))));
  }

  @Test
  void theNodeIsAskedOnlyForWhatTheCarLacks() throws Exception {
    Map<Cid, byte[]> inCar = blocks(small());
    Map<Cid, byte[]> all = new LinkedHashMap<>(blocks(large()));
    all.putAll(inCar);
    long onlyOnNode = all.keySet().stream().filter(c -> !inCar.containsKey(c)).count();
    assertThat(onlyOnNode).isPositive();
    try (FakeLotusNode node = FakeLotusNode.serving(all);
        LayeredBlockSource source = layered(node)) {
      for (Map.Entry<Cid, byte[]> block : all.entrySet()) {
        assertThat(source.block(block.getKey())).isEqualTo(block.getValue());
      }
      assertThat(node.requests(READ_OBJ)).isEqualTo(onlyOnNode);
      assertThat(source.blocksFromFallback()).isEqualTo(onlyOnNode);
      assertThat(source.blocksRead()).isEqualTo(all.size());
    }
  }

  @Test
  void aBlockInNeitherIsMissingNamingBoth() throws Exception {
    Cid absent =
        Cid.v1(
            Multicodec.DAG_CBOR,
            Multihash.blake2b256("in neither".getBytes(StandardCharsets.UTF_8)));
    try (FakeLotusNode node = FakeLotusNode.serving(blocks(large()));
        LayeredBlockSource source = layered(node)) {
      assertThatThrownBy(() -> source.block(absent))
          .isInstanceOfSatisfying(
              BlockException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(BlockException.Reason.MISSING);
                assertThat(e.getMessage()).contains("car:").contains("rpc:");
              });
      assertThat(node.requests(READ_OBJ)).isEqualTo(1);
    }
  }

  @Test
  void aWrongBlockInTheFirstSourceIsReportedNotFetchedAgain() throws Exception {
    Map<Cid, byte[]> inCar = blocks(small());
    Cid victim = inCar.keySet().iterator().next();
    MemoryBlockSource first = MemoryBlockSource.empty("memory");
    first.put(victim, "not the block".getBytes(StandardCharsets.UTF_8));
    try (FakeLotusNode node = FakeLotusNode.serving(inCar);
        LayeredBlockSource source =
            LayeredBlockSource.of(
                first,
                RpcBlockSource.of(
                    LotusRpcClient.connect(node.endpoint(), SourceOptions.defaults())))) {
      assertThatThrownBy(() -> source.block(victim))
          .isInstanceOfSatisfying(
              BlockException.class,
              e -> assertThat(e.reason()).isEqualTo(BlockException.Reason.HASH_MISMATCH));
      assertThat(node.requests(READ_OBJ)).isZero();
    }
  }
}
