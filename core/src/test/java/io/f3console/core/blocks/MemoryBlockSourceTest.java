package io.f3console.core.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.cid.Cid;
import io.f3console.core.snapshot.CarBlock;
import io.f3console.core.snapshot.CarReader;
import io.f3console.core.testing.SharedData;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Blocks of a real genesis-state subset, each checked against its CID when asked for. */
class MemoryBlockSourceTest {
  /** Read when a test asks, so a missing file skips that test (never the class). */
  static Path subset() {
    return SharedData.file("state/interopnet_actorsv7_genesis_powertable_subset.car");
  }

  @Test
  void everyBlockOfARealSubsetComesBackCheckedAndCounted() throws Exception {
    MemoryBlockSource source = MemoryBlockSource.fromCar(subset());
    long count = 0;
    try (CarReader reader = CarReader.open(subset())) {
      for (Optional<CarBlock> block = reader.next(); block.isPresent(); block = reader.next()) {
        assertThat(source.block(block.get().cid())).isEqualTo(block.get().data());
        count++;
      }
    }
    assertThat(count).isPositive().isEqualTo(source.size());
    assertThat(source.blocksRead()).isEqualTo(count);
  }

  @Test
  void wrongBytesAndMissingBlocksAreRefusedNamingTheCid() throws Exception {
    MemoryBlockSource real = MemoryBlockSource.fromCar(subset());
    Cid some;
    byte[] data;
    try (CarReader reader = CarReader.open(subset())) {
      CarBlock first = reader.next().orElseThrow();
      some = first.cid();
      data = first.data().clone();
    }
    data[data.length - 1] ^= 1;
    MemoryBlockSource forged = MemoryBlockSource.empty("a forging node").put(some, data);
    assertThatThrownBy(() -> forged.block(some))
        .isInstanceOfSatisfying(
            BlockException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(BlockException.Reason.HASH_MISMATCH);
              assertThat(e.cid()).contains(some);
              assertThat(e.getMessage()).contains(some.toString(), "a forging node");
            });
    assertThatThrownBy(() -> MemoryBlockSource.empty("empty").block(some))
        .isInstanceOfSatisfying(
            BlockException.class,
            e -> assertThat(e.reason()).isEqualTo(BlockException.Reason.MISSING));
    assertThat(real.describe()).startsWith("car:");
  }
}
