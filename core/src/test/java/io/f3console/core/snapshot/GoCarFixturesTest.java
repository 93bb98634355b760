package io.f3console.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.f3console.core.blocks.BlockException;
import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multicodec;
import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CAR reader against the ten files go-car wrote for its own tests (read in place from the
 * shared data folder, {@code car/}), expecting what go-car's tests expect of each: the same roots,
 * the same 1,049 blocks with the same codecs, hash functions and lengths, and a refusal, saying
 * what and where, for each broken file go-car refuses.
 */
class GoCarFixturesTest {
  /** The root go-car's inspect test states for the sample and its v2 wrappings. */
  static final String SAMPLE_ROOT =
      "bafy2bzaced4ueelaegfs5fqu4tzsh6ywbbpfk3cxppupmxfdhbpbhzawfw5oy";

  static final int SAMPLE_BLOCKS = 1049;
  static final long SAMPLE_V1_BYTES = 479_907;

  /** The varint {@code e0 e0 e0 e0 a7 06} both bad-length files declare, decoded by hand. */
  static final long BAD_LENGTH = 216_830_324_832L;

  @TempDir Path dir;

  private static Path car(String name) {
    return SharedData.file("car/gocar_" + name + ".car");
  }

  /** Reads every block (each checked against its CID by the reader) until the end or a failure. */
  private static List<CarBlock> readAll(CarReader reader) throws Exception {
    List<CarBlock> blocks = new ArrayList<>();
    for (Optional<CarBlock> next = reader.next(); next.isPresent(); next = reader.next()) {
      blocks.add(next.get());
    }
    return blocks;
  }

  private static List<CarBlock> readAll(Path file) throws Exception {
    try (CarReader reader = CarReader.open(file)) {
      return readAll(reader);
    }
  }

  @Test
  void theV1SampleHasGoCarsRootAndItsStatistics() throws Exception {
    try (CarReader reader = CarReader.open(car("sample-v1"))) {
      assertThat(reader.header().version()).isEqualTo(1);
      assertThat(reader.header().v2()).isEmpty();
      assertThat(reader.header().roots()).containsExactly(Cid.fromString(SAMPLE_ROOT));

      List<CarBlock> blocks = readAll(reader);

      assertThat(blocks).hasSize(SAMPLE_BLOCKS);
      assertThat(reader.blocks()).isEqualTo(SAMPLE_BLOCKS);
      assertThat(reader.position()).isEqualTo(SAMPLE_V1_BYTES);
      Map<Long, Integer> codecs = new TreeMap<>();
      Map<Long, Integer> hashes = new TreeMap<>();
      long dataBytes = 0;
      long cidBytes = 0;
      for (CarBlock block : blocks) {
        codecs.merge(block.cid().codec(), 1, Integer::sum);
        hashes.merge(block.cid().multihash().code(), 1, Integer::sum);
        dataBytes += block.data().length;
        cidBytes += block.cid().byteLength();
      }
      assertThat(codecs).isEqualTo(Map.of(Multicodec.RAW, 6, Multicodec.DAG_CBOR, 1043));
      assertThat(hashes).isEqualTo(Map.of(Multicodec.IDENTITY, 6, Multicodec.BLAKE2B_256, 1043));
      assertThat(blocks.stream().mapToInt(b -> b.data().length).min().orElseThrow()).isEqualTo(1);
      assertThat(blocks.stream().mapToInt(b -> b.data().length).max().orElseThrow())
          .isEqualTo(1342);
      assertThat(blocks.stream().mapToInt(b -> b.cid().byteLength()).min().orElseThrow())
          .isEqualTo(14);
      assertThat(blocks.stream().mapToInt(b -> b.cid().byteLength()).max().orElseThrow())
          .isEqualTo(38);
      // go-car reports the averages truncated: 417.66 and 37.87.
      assertThat(dataBytes / SAMPLE_BLOCKS).isEqualTo(417);
      assertThat(cidBytes / SAMPLE_BLOCKS).isEqualTo(37);
    }
  }

  @Test
  void theWrappedV2HasGoCarsHeaderAndTheV1SamplesBlocks() throws Exception {
    List<CarBlock> v1 = readAll(car("sample-v1"));
    try (CarReader reader = CarReader.open(car("sample-wrapped-v2"))) {
      CarHeader header = reader.header();
      assertThat(header.version()).isEqualTo(2);
      assertThat(header.roots()).containsExactly(Cid.fromString(SAMPLE_ROOT));
      CarHeader.CarV2Header v2 = header.v2().orElseThrow();
      assertThat(v2.characteristics()).isEqualTo("0".repeat(32));
      assertThat(v2.dataOffset()).isEqualTo(51);
      assertThat(v2.dataSize()).isEqualTo(SAMPLE_V1_BYTES);
      assertThat(v2.indexOffset()).isEqualTo(479_958);

      List<CarBlock> blocks = readAll(reader);

      assertThat(blocks).extracting(CarBlock::cid).isEqualTo(cids(v1));
      // The blocks end where the data ends; the index after them is not read as blocks.
      assertThat(reader.position()).isEqualTo(51 + SAMPLE_V1_BYTES);
    }
  }

  @Test
  void theIndexlessV2HasNoIndexAndTheV1SamplesBlocks() throws Exception {
    List<CarBlock> v1 = readAll(car("sample-v1"));
    try (CarReader reader = CarReader.open(car("sample-v2-indexless"))) {
      CarHeader.CarV2Header v2 = reader.header().v2().orElseThrow();
      assertThat(v2.dataOffset()).isEqualTo(51);
      assertThat(v2.dataSize()).isEqualTo(SAMPLE_V1_BYTES);
      assertThat(v2.indexOffset()).isZero();
      assertThat(reader.header().roots()).containsExactly(Cid.fromString(SAMPLE_ROOT));
      List<CarBlock> blocks = readAll(reader);
      assertThat(cids(blocks)).isEqualTo(cids(v1));
      assertThat(blocks).extracting(CarBlock::data).containsExactlyElementsOf(data(v1));
      // The same sections, 51 bytes further into the file.
      assertThat(blocks.get(0).section().offset()).isEqualTo(v1.get(0).section().offset() + 51);
    }
  }

  private static List<Cid> cids(List<CarBlock> blocks) {
    return blocks.stream().map(CarBlock::cid).toList();
  }

  private static List<byte[]> data(List<CarBlock> blocks) {
    return blocks.stream().map(CarBlock::data).toList();
  }

  @Test
  void aByteChangedInTheV1SampleFailsAtThatBlock() throws Exception {
    List<CarBlock> clean = readAll(car("sample-v1"));
    CarSection target = clean.get(499).section();
    byte[] bytes = Files.readAllBytes(car("sample-v1"));
    bytes[(int) target.dataOffset() + 3] ^= 0x01;
    Path tampered = Files.write(dir.resolve("tampered.car"), bytes);

    try (CarReader reader = CarReader.open(tampered)) {
      List<CarBlock> before = new ArrayList<>();
      SnapshotFormatException e =
          catchThrowableOfType(
              SnapshotFormatException.class, () -> readUntilFailure(reader, before));

      assertThat(before).hasSize(499);
      assertThat(e.getMessage())
          .contains(
              "block 500 at byte "
                  + target.offset()
                  + " does not match its CID "
                  + target.cid()
                  + ": its data hashes to");
      assertThat(e.offset()).isEqualTo(target.offset());
    }
  }

  @Test
  void theLastByteOfTheV1SampleIsCheckedToo() throws Exception {
    byte[] bytes = Files.readAllBytes(car("sample-v1"));
    bytes[bytes.length - 1] ^= (byte) 0x80;
    Path tampered = Files.write(dir.resolve("last.car"), bytes);

    assertThatThrownBy(() -> readAll(tampered))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("block " + SAMPLE_BLOCKS + " at byte ")
        .hasMessageContaining("does not match its CID");
  }

  /** Reads blocks into {@code into} until the reader fails (or the blocks end). */
  private static void readUntilFailure(CarReader reader, List<CarBlock> into) throws Exception {
    for (Optional<CarBlock> next = reader.next(); next.isPresent(); next = reader.next()) {
      into.add(next.get());
    }
  }

  @Test
  void aZeroLengthSectionAfterTheBlocksIsRefusedAsGoCarDoesByDefault() throws Exception {
    // go-car reads it as the end only when asked to (ZeroLengthSectionAsEOF); by default the
    // empty section is an empty CID, an error.
    try (CarReader reader = CarReader.open(car("sample-v1-with-zero-len-section"))) {
      List<CarBlock> before = new ArrayList<>();
      SnapshotFormatException e =
          catchThrowableOfType(
              SnapshotFormatException.class, () -> readUntilFailure(reader, before));

      assertThat(cids(before)).isEqualTo(cids(readAll(car("sample-v1"))));
      assertThat(e.getMessage()).contains("block 1050 at byte 479907 is an empty section");
      assertThat(e.offset()).isEqualTo(SAMPLE_V1_BYTES);
    }
  }

  @Test
  void aCorruptTailFailsAtTheLastBlockAfterTheOthersRead() throws Exception {
    try (CarReader reader = CarReader.open(car("sample-v1-tailing-corrupt-section"))) {
      assertThat(reader.header().roots()).containsExactly(Cid.fromString(SAMPLE_ROOT));
      List<CarBlock> before = new ArrayList<>();
      SnapshotFormatException e =
          catchThrowableOfType(
              SnapshotFormatException.class, () -> readUntilFailure(reader, before));

      assertThat(before).hasSize(SAMPLE_BLOCKS - 1);
      assertThat(e.getMessage())
          .contains("block " + SAMPLE_BLOCKS)
          .contains("is truncated")
          .contains("the file ends at byte 479894");
    }
  }

  @Test
  void aV2WhoseDataOffsetIsCorruptIsRefusedAtItsHeader() {
    // Little-endian ae fa ff ff ff ff ff ff: go-car reads it as the signed -1362 and refuses it
    // ("invalid data payload offset").
    SnapshotFormatException e =
        catchThrowableOfType(
            SnapshotFormatException.class,
            () -> CarReader.open(car("sample-v2-corrupt-data-and-index")));

    assertThat(e.getMessage())
        .contains("the CARv2 data offset 18446744073709550254 is past the end of any file");
    assertThat(e.offset()).isEqualTo(11 + 16);
  }

  @Test
  void aCorruptPragmaIsAHeaderCutShort() {
    // 0x12 declares an 18-byte header; 15 bytes follow (go-car: "unexpected EOF").
    assertThatThrownBy(() -> CarReader.open(car("sample-corrupt-pragma")))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("the CAR header at byte 1 is truncated")
        .hasMessageContaining("18 bytes declared, 15 present (the file ends at byte 16)");
  }

  @Test
  void version42IsRefusedBeforeItsMissingRootsMatter() {
    // go-car: "invalid car version: 42".
    assertThatThrownBy(() -> CarReader.open(car("sample-rootless-v42")))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("unsupported CAR version 42");
  }

  @Test
  void aHeaderLengthBeyondTheLimitIsRefused() {
    // go-car: "invalid header data, length of read beyond allowable maximum".
    SnapshotFormatException e =
        catchThrowableOfType(
            SnapshotFormatException.class, () -> CarReader.open(car("badheaderlength")));

    assertThat(e.getMessage())
        .contains("the CAR header at byte 0 declares " + BAD_LENGTH + " bytes (allowed: 1 to");
    assertThat(e.offset()).isZero();
  }

  @Test
  void aSectionLengthBeyondTheFileIsRefusedAtThatSection() throws Exception {
    // go-car opens it (a header with no roots is allowed) and fails at the first section:
    // "invalid section data, length of read beyond allowable maximum".
    try (CarReader reader = CarReader.open(car("badsectionlength"))) {
      assertThat(reader.header().version()).isEqualTo(1);
      assertThat(reader.header().roots()).isEmpty();

      assertThatThrownBy(reader::next)
          .isInstanceOf(SnapshotFormatException.class)
          .hasMessageContaining("block 1 at byte 18 holds " + (BAD_LENGTH - 36) + " bytes");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sample-v1", "sample-wrapped-v2", "sample-v2-indexless"})
  void aBlockSourceOverTheGoodFilesServesEveryBlockChecked(String name) throws Exception {
    List<CarBlock> expected = readAll(car("sample-v1"));
    try (CarBlockSource source = CarBlockSource.open(car(name))) {
      assertThat(source.roots()).containsExactly(Cid.fromString(SAMPLE_ROOT));
      assertThat(source.indexedBlocks()).isEqualTo(SAMPLE_BLOCKS);
      for (CarBlock block : expected) {
        assertThat(source.block(block.cid())).isEqualTo(block.data());
      }
      assertThat(source.blocksRead()).isEqualTo(SAMPLE_BLOCKS);
    }
  }

  @Test
  void aBlockSourceOverTheTamperedSampleRefusesOnlyThatBlock() throws Exception {
    List<CarBlock> clean = readAll(car("sample-v1"));
    CarBlock target = clean.get(499);
    byte[] bytes = Files.readAllBytes(car("sample-v1"));
    bytes[(int) target.section().dataOffset()] ^= 0x01;
    Path tampered = Files.write(dir.resolve("tampered.car"), bytes);

    try (CarBlockSource source = CarBlockSource.open(tampered)) {
      assertThat(source.block(clean.get(498).cid())).isEqualTo(clean.get(498).data());
      BlockException e =
          catchThrowableOfType(BlockException.class, () -> source.block(target.cid()));
      assertThat(e.reason()).isEqualTo(BlockException.Reason.HASH_MISMATCH);
      assertThat(e.cid()).contains(target.cid());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sample-v1-with-zero-len-section|block 1050 at byte 479907 is an empty section",
        "sample-v1-tailing-corrupt-section|the file ends at byte 479894",
        "sample-v2-corrupt-data-and-index|data offset 18446744073709550254",
        "sample-corrupt-pragma|the CAR header at byte 1 is truncated",
        "sample-rootless-v42|unsupported CAR version 42",
        "badheaderlength|declares 216830324832 bytes",
        "badsectionlength|block 1 at byte 18 is truncated"
      })
  void aBlockSourceRefusesTheBrokenFilesSayingWhatAndWhere(String fileAndMessage) {
    String[] parts = fileAndMessage.split("\\|");
    Path file = car(parts[0]);

    BlockException e = catchThrowableOfType(BlockException.class, () -> CarBlockSource.open(file));

    assertThat(e.reason()).isEqualTo(BlockException.Reason.MALFORMED);
    assertThat(e.getMessage()).contains(file.toString()).contains(parts[1]);
  }
}
