package io.f3console.core.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.F3Exception;
import io.f3console.core.blocks.internal.zstd.ZstdFrames;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multicodec;
import io.f3console.core.snapshot.CarBlock;
import io.f3console.core.snapshot.CarReader;
import io.f3console.core.snapshot.CarSection;
import io.f3console.core.snapshot.CarWriter;
import io.f3console.core.snapshot.SnapshotFormatException;
import io.f3console.core.testing.SharedData;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real CARs, plain and zstd-compressed, indexed and read back block by block. */
class CarBlockSourceTest {
  static final List<String> SUBSETS =
      List.of(
          "state/butterflynet_2024-09_actorsv13_genesis_powertable_subset.car",
          "state/butterflynet_2025-03_actorsv15_genesis_powertable_subset.car",
          "state/butterflynet_2026-05_actorsv17_genesis_powertable_subset.car",
          "state/butterflynet_2026-05_actorsv17_hamt_multilevel_subset.car",
          "state/interopnet_actorsv7_genesis_powertable_subset.car");
  static final List<String> COMPRESSED =
      List.of(
          "state/lotus_genesis_butterflynet_2024-09_actorsv13.car.zst",
          "state/lotus_genesis_butterflynet_2025-03_actorsv15.car.zst",
          "state/lotus_genesis_butterflynet_2026-05_actorsv17.car.zst",
          "state/lotus_genesis_interopnet_actorsv7.car.zst");

  @TempDir Path temp;

  static Stream<String> subsets() {
    return SUBSETS.stream();
  }

  static Stream<String> compressed() {
    return COMPRESSED.stream();
  }

  /** Every block as CarReader streams it (checked against its CID as it goes). */
  static List<CarBlock> streamed(CarReader reader) throws F3Exception {
    List<CarBlock> blocks = new ArrayList<>();
    for (Optional<CarBlock> block = reader.next(); block.isPresent(); block = reader.next()) {
      blocks.add(block.get());
    }
    return blocks;
  }

  static CarReader decompressedReader(Path path) throws Exception {
    InputStream in = ZstdFrames.decompressing(new BufferedInputStream(Files.newInputStream(path)));
    return CarReader.open(new BufferedInputStream(in), path.toString());
  }

  @ParameterizedTest
  @MethodSource("subsets")
  void everyBlockOfARealSubsetComesBackAsTheReaderStreamsIt(String name) throws Exception {
    Path path = SharedData.file(name);
    List<CarBlock> expected;
    try (CarReader reader = CarReader.open(path)) {
      expected = streamed(reader);
    }
    try (CarBlockSource source = CarBlockSource.open(path)) {
      assertThat(source.decompressed()).isFalse();
      assertThat(source.indexedBlocks()).isEqualTo(expected.size());
      for (CarBlock block : expected) {
        assertThat(source.block(block.cid())).isEqualTo(block.data());
      }
      assertThat(source.blocksRead()).isEqualTo(expected.size());
      assertThat(source.describe()).isEqualTo("car:" + path);
    }
  }

  @ParameterizedTest
  @MethodSource("compressed")
  void everyBlockOfARealCompressedGenesisComesBackAndTheCopyIsDeleted(String name)
      throws Exception {
    Path path = SharedData.file(name);
    List<CarBlock> expected;
    try (CarReader reader = decompressedReader(path)) {
      expected = streamed(reader);
    }
    assertThat(expected).hasSizeGreaterThan(7000);
    CarBlockSource source = CarBlockSource.open(path);
    Path copy = source.decompressedCopy().orElseThrow();
    try (source) {
      assertThat(source.decompressed()).isTrue();
      assertThat(Files.size(copy)).isGreaterThan(Files.size(path));
      assertThat(source.indexedBlocks()).isEqualTo(expected.size());
      assertThat(source.roots()).hasSize(1);
      for (CarBlock block : expected) {
        assertThat(source.block(block.cid())).isEqualTo(block.data());
      }
    }
    assertThat(copy).doesNotExist();
  }

  @Test
  void aCompressedCarIsKnownByItsMagicNumberNotItsName() throws Exception {
    Path renamed = temp.resolve("genesis.car");
    Files.copy(SharedData.file(COMPRESSED.get(3)), renamed);
    try (CarBlockSource source = CarBlockSource.open(renamed)) {
      assertThat(source.decompressed()).isTrue();
      assertThat(source.block(source.roots().get(0))).isNotEmpty();
    }
  }

  @Test
  void aCarV2IndexesTheSameBlocksAsItsCarV1() throws Exception {
    Path v1 = SharedData.file(SUBSETS.get(3));
    List<CarBlock> expected;
    List<Cid> roots;
    try (CarReader reader = CarReader.open(v1)) {
      roots = reader.header().roots();
      expected = streamed(reader);
    }
    Path v2 = temp.resolve("v2.car");
    try (CarWriter writer = CarWriter.create(v2, CarWriter.Format.V2, roots)) {
      for (CarBlock block : expected) {
        writer.writeBlock(block.cid(), block.data());
      }
    }
    try (CarBlockSource source = CarBlockSource.open(v2)) {
      assertThat(source.header().version()).isEqualTo(2);
      assertThat(source.roots()).isEqualTo(roots);
      assertThat(source.indexedBlocks()).isEqualTo(expected.size());
      for (CarBlock block : expected) {
        assertThat(source.block(block.cid())).isEqualTo(block.data());
      }
    }
  }

  @Test
  void aTruncatedCarIsMalformedNamingTheOffset() throws Exception {
    Path whole = SharedData.file(SUBSETS.get(0));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = temp.resolve("cut.car");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 10));
    assertThatThrownBy(() -> CarBlockSource.open(cut))
        .isInstanceOfSatisfying(
            BlockException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(BlockException.Reason.MALFORMED);
              assertThat(e.getMessage())
                  .contains(cut.toString())
                  .contains("byte " + (bytes.length - 10));
              assertThat(e.getCause())
                  .isInstanceOfSatisfying(
                      SnapshotFormatException.class,
                      cause -> assertThat(cause.offset()).isEqualTo(bytes.length - 10));
            });
  }

  @Test
  void aCorruptedBlockIsRefusedWhenReadAndTheOthersStillServe() throws Exception {
    Path whole = SharedData.file(SUBSETS.get(0));
    List<CarSection> sections = new ArrayList<>();
    try (CarReader reader = CarReader.open(whole)) {
      for (Optional<CarSection> s = reader.nextSection(); s.isPresent(); s = reader.nextSection()) {
        sections.add(s.get());
      }
    }
    CarSection victim =
        sections.stream()
            .max(java.util.Comparator.comparingLong(CarSection::dataLength))
            .orElseThrow();
    CarSection other = sections.get(sections.get(0) == victim ? 1 : 0);
    byte[] bytes = Files.readAllBytes(whole);
    bytes[(int) (victim.dataOffset() + victim.dataLength() / 2)] ^= 0x40;
    Path damaged = temp.resolve("damaged.car");
    Files.write(damaged, bytes);
    try (CarBlockSource source = CarBlockSource.open(damaged)) {
      assertThatThrownBy(() -> source.block(victim.cid()))
          .isInstanceOfSatisfying(
              BlockException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(BlockException.Reason.HASH_MISMATCH);
                assertThat(e.cid()).contains(victim.cid());
                assertThat(e.getMessage())
                    .contains(victim.cid().toString())
                    .contains(damaged.toString());
              });
      assertThat(source.block(other.cid())).isNotEmpty();
    }
  }

  @Test
  void aBlockTheCarDoesNotHoldIsMissing() throws Exception {
    Cid absent =
        Cid.v1(
            Multicodec.DAG_CBOR,
            io.f3console.core.cid.Multihash.blake2b256(
                "not a block of any CAR here".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    try (CarBlockSource source = CarBlockSource.open(SharedData.file(SUBSETS.get(4)))) {
      assertThatThrownBy(() -> source.block(absent))
          .isInstanceOfSatisfying(
              BlockException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(BlockException.Reason.MISSING);
                assertThat(e.cid()).contains(absent);
              });
    }
  }

  @Test
  void aBlockLargerThanTheReaderLimitIsMalformedWhenRead() throws Exception {
    byte[] huge = new byte[CarReader.MAX_BLOCK_LENGTH + 1];
    byte[] small = {1, 2, 3};
    Path path = temp.resolve("huge.car");
    Cid hugeCid = Cid.v1(Multicodec.RAW, io.f3console.core.cid.Multihash.blake2b256(huge));
    Cid smallCid = Cid.v1(Multicodec.RAW, io.f3console.core.cid.Multihash.blake2b256(small));
    try (CarWriter writer = CarWriter.create(path, CarWriter.Format.V1, List.of(smallCid))) {
      writer.writeBlock(hugeCid, huge);
      writer.writeBlock(smallCid, small);
    }
    try (CarBlockSource source = CarBlockSource.open(path)) {
      assertThat(source.block(smallCid)).isEqualTo(small);
      assertThatThrownBy(() -> source.block(hugeCid))
          .isInstanceOfSatisfying(
              BlockException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(BlockException.Reason.MALFORMED);
                assertThat(e.getMessage()).contains("larger than");
              });
    }
  }

  @Test
  void aHeaderLargerThanTheLimitIsMalformed() throws Exception {
    Path path = temp.resolve("header.car");
    // A varint header length of 64 MiB, beyond the reader's 32 MiB.
    Files.write(path, new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80, 0x20, (byte) 0xa2});
    assertThatThrownBy(() -> CarBlockSource.open(path))
        .isInstanceOfSatisfying(
            BlockException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(BlockException.Reason.MALFORMED);
              assertThat(e.getMessage()).contains("header").contains("byte 0");
            });
  }

  @Test
  void aDamagedCompressedFileIsMalformedAndLeavesNoCopy() throws Exception {
    byte[] bytes = Files.readAllBytes(SharedData.file(COMPRESSED.get(3)));
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length / 2);
    Path path = temp.resolve("cut.car.zst");
    Files.write(path, cut);
    long before = temporaryCopies();
    assertThatThrownBy(() -> CarBlockSource.open(path))
        .isInstanceOfSatisfying(
            BlockException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(BlockException.Reason.MALFORMED);
              assertThat(e.getMessage()).contains(path.toString()).contains("byte ");
            });
    assertThat(temporaryCopies()).isLessThanOrEqualTo(before);
  }

  @Test
  void withoutZstdACompressedCarIsAClearErrorNotACrash() throws Exception {
    System.setProperty(ZstdFrames.DISABLE_PROPERTY, "true");
    try {
      Path path = SharedData.file(COMPRESSED.get(3));
      assertThatThrownBy(() -> CarBlockSource.open(path))
          .isExactlyInstanceOf(F3Exception.class)
          .hasMessageContaining(path.toString())
          .hasMessageContaining("zstd")
          .hasMessageContaining("zstd -d");
    } finally {
      System.clearProperty(ZstdFrames.DISABLE_PROPERTY);
    }
  }

  @Test
  void concurrentReadersGetEveryBlock() throws Exception {
    Path path = SharedData.file(SUBSETS.get(3));
    List<CarBlock> expected;
    try (CarReader reader = CarReader.open(path)) {
      expected = streamed(reader);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (CarBlockSource source = CarBlockSource.open(path)) {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                () -> {
                  int matched = 0;
                  for (int round = 0; round < 5; round++) {
                    for (CarBlock block : expected) {
                      if (java.util.Arrays.equals(source.block(block.cid()), block.data())) {
                        matched++;
                      }
                    }
                  }
                  return matched;
                }));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(5 * expected.size());
      }
      assertThat(source.blocksRead()).isEqualTo(20L * expected.size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void measuresTheIndexOnTheLargestRealCompressedGenesis() throws Exception {
    Path path =
        COMPRESSED.stream()
            .map(SharedData::file)
            .max(java.util.Comparator.comparingLong(p -> p.toFile().length()))
            .orElseThrow();
    long start = System.nanoTime();
    try (CarBlockSource source = CarBlockSource.open(path)) {
      double seconds = (System.nanoTime() - start) / 1e9;
      long decompressed = Files.size(source.decompressedCopy().orElseThrow());
      System.out.printf(
          "CarBlockSource %s: %d blocks, %d bytes decompressed, indexed in %.3f s"
              + " (%.0f blocks/s, %.1f MB/s); index %d bytes = %.1f bytes per block%n",
          path.getFileName(),
          source.indexedBlocks(),
          decompressed,
          seconds,
          source.indexedBlocks() / seconds,
          decompressed / seconds / 1e6,
          source.indexBytes(),
          (double) source.indexBytes() / source.indexedBlocks());
      assertThat(source.indexBytes()).isEqualTo(16L * source.indexedBlocks());
    }
  }

  private long temporaryCopies() throws Exception {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .filter(
              p ->
                  p.getFileName().toString().startsWith("f3console-")
                      && p.toString().endsWith(".car"))
          .count();
    }
  }
}
