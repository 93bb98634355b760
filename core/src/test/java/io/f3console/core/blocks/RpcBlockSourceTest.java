package io.f3console.core.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.cid.Cid;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.snapshot.CarBlock;
import io.f3console.core.snapshot.CarReader;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.FakeLotusNode;
import io.f3console.core.testing.NodeFaults;
import io.f3console.core.testing.SharedData;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real blocks through a fake Lotus node on 127.0.0.1, never trusted. */
class RpcBlockSourceTest {
  static final String READ_OBJ = "Filecoin.ChainReadObj";
  static final SourceOptions OPTIONS =
      new SourceOptions(Optional.empty(), Duration.ofMillis(500), 0, 4);

  /** Read when a test asks, so a missing file skips that test (never the class). */
  static Path car() {
    return SharedData.file("state/butterflynet_2026-05_actorsv17_hamt_multilevel_subset.car");
  }

  FakeLotusNode node;
  List<CarBlock> blocks;

  @BeforeEach
  void start() throws Exception {
    blocks = new ArrayList<>();
    try (CarReader reader = CarReader.open(car())) {
      for (Optional<CarBlock> b = reader.next(); b.isPresent(); b = reader.next()) {
        blocks.add(b.get());
      }
    }
    node = FakeLotusNode.serving(MemoryBlockSource.fromCar(car()));
  }

  @AfterEach
  void stop() {
    if (node != null) {
      node.close();
    }
  }

  RpcBlockSource source() {
    return RpcBlockSource.of(LotusRpcClient.connect(node.endpoint(), OPTIONS));
  }

  @Test
  void everyRealBlockComesBackCheckedThroughTheNode() throws Exception {
    try (RpcBlockSource source = source()) {
      for (CarBlock block : blocks) {
        assertThat(source.block(block.cid())).isEqualTo(block.data());
      }
      assertThat(source.blocksRead()).isEqualTo(blocks.size());
      assertThat(node.requests(READ_OBJ)).isEqualTo(blocks.size());
      assertThat(source.describe()).isEqualTo("rpc:" + node.endpoint());
    }
  }

  @Test
  void aCorruptedBlockIsRefusedNamingTheCidAndTheNodeAndIsNotCached() throws Exception {
    Cid victim = blocks.get(5).cid();
    node.withFaults(NodeFaults.NONE.withCorruptedBlock(victim));
    try (RpcBlockSource source = source()) {
      assertThatThrownBy(() -> source.block(victim))
          .isInstanceOfSatisfying(
              BlockException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(BlockException.Reason.HASH_MISMATCH);
                assertThat(e.cid()).contains(victim);
                assertThat(e.getMessage())
                    .contains(victim.toString())
                    .contains(node.endpoint().toString());
              });
      assertThat(source.cache().size()).isZero();
      node.withFaults(NodeFaults.NONE);
      assertThat(source.block(victim)).isEqualTo(blocks.get(5).data());
    }
  }

  @Test
  void aBlockTheNodeLacksIsMissing() throws Exception {
    Cid absent = blocks.get(3).cid();
    node.withFaults(NodeFaults.NONE.withoutBlock(absent));
    try (RpcBlockSource source = source()) {
      assertThatThrownBy(() -> source.block(absent))
          .isInstanceOfSatisfying(
              BlockException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(BlockException.Reason.MISSING);
                assertThat(e.cid()).contains(absent);
                assertThat(e.getMessage()).contains(absent.toString()).contains("does not have");
              });
    }
  }

  @Test
  void forestsAnswerForAnUnknownBlockIsMissingToo() throws Exception {
    node.failing(READ_OBJ, 1, "can't find object with that cid");
    try (RpcBlockSource source = source()) {
      assertThatThrownBy(() -> source.block(blocks.get(0).cid()))
          .isInstanceOfSatisfying(
              BlockException.class,
              e -> assertThat(e.reason()).isEqualTo(BlockException.Reason.MISSING));
    }
  }

  @Test
  void anotherNodeErrorIsUnreachableWithTheNodesWords() throws Exception {
    node.failing(READ_OBJ, 1, "blockstore get: badger: disk on fire");
    try (RpcBlockSource source = source()) {
      assertThatThrownBy(() -> source.block(blocks.get(0).cid()))
          .isInstanceOfSatisfying(
              BlockException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(BlockException.Reason.UNREACHABLE);
                assertThat(e.getMessage()).contains("disk on fire");
              });
    }
  }

  @Test
  void aClosedPortIsUnreachable() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + port + "/rpc/v1");
    try (RpcBlockSource source =
        RpcBlockSource.of(
            LotusRpcClient.connect(nowhere, OPTIONS),
            2,
            Duration.ofMillis(1),
            RpcBlockSource.DEFAULT_CACHE_BYTES)) {
      assertThatThrownBy(() -> source.block(blocks.get(0).cid()))
          .isInstanceOfSatisfying(
              BlockException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(BlockException.Reason.UNREACHABLE);
                assertThat(e.getMessage()).contains("127.0.0.1:" + port).contains("3 attempts");
              });
      assertThat(source.requests()).isEqualTo(3);
    }
  }

  @Test
  void aSlowNodeTimesOutAsUnreachableAfterItsRetries() throws Exception {
    node.withFaults(NodeFaults.NONE.withDelay(Duration.ofMillis(1500)));
    try (RpcBlockSource source =
        RpcBlockSource.of(
            LotusRpcClient.connect(node.endpoint(), OPTIONS),
            1,
            Duration.ofMillis(1),
            RpcBlockSource.DEFAULT_CACHE_BYTES)) {
      assertThatThrownBy(() -> source.block(blocks.get(0).cid()))
          .isInstanceOfSatisfying(
              BlockException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(BlockException.Reason.UNREACHABLE);
                assertThat(e.getMessage()).contains("500 ms");
              });
      assertThat(source.requests()).isEqualTo(2);
    }
  }

  @Test
  void aSecondReadComesFromTheCacheWithoutAskingTheNode() throws Exception {
    try (RpcBlockSource source = source()) {
      CarBlock block = blocks.get(7);
      assertThat(source.block(block.cid())).isEqualTo(block.data());
      assertThat(source.block(block.cid())).isEqualTo(block.data());
      assertThat(node.requests(READ_OBJ)).isEqualTo(1);
      assertThat(source.cache().hits()).isEqualTo(1);
      assertThat(source.blocksRead()).isEqualTo(2);
    }
  }

  @Test
  void theCacheKeepsToItsSizeDroppingTheLeastRecentlyUsed() throws Exception {
    long limit = 4096;
    try (RpcBlockSource source =
        RpcBlockSource.of(
            LotusRpcClient.connect(node.endpoint(), OPTIONS), 0, Duration.ZERO, limit)) {
      for (CarBlock block : blocks) {
        source.block(block.cid());
        assertThat(source.cache().bytes()).isLessThanOrEqualTo(limit);
      }
      CarBlock last = blocks.get(blocks.size() - 1);
      int before = node.requests(READ_OBJ);
      source.block(last.cid());
      assertThat(node.requests(READ_OBJ)).isEqualTo(before + (last.data().length > limit ? 1 : 0));
      source.block(blocks.get(0).cid());
      assertThat(node.requests(READ_OBJ)).isGreaterThan(before);
    }
  }

  @Test
  void concurrentReadersGetEveryBlockChecked() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (RpcBlockSource source = source()) {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t * 31;
        results.add(
            pool.submit(
                () -> {
                  int matched = 0;
                  for (int i = 0; i < blocks.size(); i++) {
                    CarBlock block = blocks.get((i + offset) % blocks.size());
                    if (Arrays.equals(source.block(block.cid()), block.data())) {
                      matched++;
                    }
                  }
                  return matched;
                }));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(blocks.size());
      }
      assertThat(source.blocksRead()).isEqualTo(4L * blocks.size());
      assertThat(node.requests(READ_OBJ)).isBetween(blocks.size(), 4 * blocks.size());
    } finally {
      pool.shutdownNow();
    }
  }
}
