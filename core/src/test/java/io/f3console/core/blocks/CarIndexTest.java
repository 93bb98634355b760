package io.f3console.core.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multicodec;
import io.f3console.core.cid.Multihash;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The index alone: every entry found, repeats kept, its size and speed at scale. */
class CarIndexTest {
  static Cid cid(long n) {
    byte[] digest = new byte[32];
    new SplittableRandom(n).nextBytes(digest);
    return Cid.v1(Multicodec.DAG_CBOR, Multihash.of(Multicodec.BLAKE2B_256, digest));
  }

  @Test
  void everyEntryIsFoundAtItsPlaceAndAnAbsentCidIsNot() {
    CarIndex index = new CarIndex();
    int count = 50_000;
    for (int i = 0; i < count; i++) {
      index.add(cid(i), 1000L * i, 40 + i % 1000);
    }
    index.finish();
    assertThat(index.size()).isEqualTo(count);
    for (int i = 0; i < count; i++) {
      int at = index.first(cid(i));
      boolean found = false;
      for (int j = at; index.matches(j, cid(i)); j++) {
        found |= index.offset(j) == 1000L * i && index.length(j) == 40 + i % 1000;
      }
      assertThat(found).as("entry %d", i).isTrue();
    }
    assertThat(index.first(cid(count + 1))).isEqualTo(-1);
  }

  @Test
  void aRepeatedCidKeepsEveryPlaceAndAnOversizedLengthIsMarked() {
    CarIndex index = new CarIndex();
    index.add(cid(1), 10, 50);
    index.add(cid(2), 100, 1L << 30);
    index.add(cid(1), 200, 50);
    index.finish();
    int first = index.first(cid(1));
    assertThat(index.matches(first + 1, cid(1))).isTrue();
    assertThat(index.matches(first + 2, cid(1))).isFalse();
    assertThat(java.util.List.of(index.offset(first), index.offset(first + 1)))
        .containsExactlyInAnyOrder(10L, 200L);
    assertThat(index.length(index.first(cid(2)))).isEqualTo(CarIndex.OVERSIZED);
  }

  @Test
  void measuresTheIndexAtTwoMillionBlocks() {
    int count = 2_000_000;
    Cid[] cids = new Cid[count];
    for (int i = 0; i < count; i++) {
      cids[i] = cid(i);
    }
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long heapBefore = runtime.totalMemory() - runtime.freeMemory();
    long start = System.nanoTime();
    CarIndex index = new CarIndex();
    for (int i = 0; i < count; i++) {
      index.add(cids[i], 200L * i, 200);
    }
    index.finish();
    double built = (System.nanoTime() - start) / 1e9;
    System.gc();
    long heapAfter = runtime.totalMemory() - runtime.freeMemory();
    start = System.nanoTime();
    int found = 0;
    for (int i = 0; i < count; i++) {
      if (index.matches(index.first(cids[i]), cids[i])) {
        found++;
      }
    }
    double looked = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "CarIndex at %d blocks: %d bytes (%.1f per block; heap grew %.1f per"
            + " block), added and sorted in %.2f s (%.0f blocks/s), looked up in %.2f s"
            + " (%.0f/s)%n",
        count,
        index.bytes(),
        (double) index.bytes() / count,
        (double) (heapAfter - heapBefore) / count,
        built,
        count / built,
        looked,
        count / looked);
    assertThat(found).isEqualTo(count);
    assertThat(index.bytes()).isEqualTo(16L * count);
  }
}
