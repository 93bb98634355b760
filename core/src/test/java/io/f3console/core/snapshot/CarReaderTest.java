package io.f3console.core.snapshot;

import static io.f3console.core.snapshot.SnapshotTestData.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.cbor.CborWriter;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multicodec;
import io.f3console.core.cid.Multihash;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** CARv1 and CARv2: written and read back with every block checked; broken files refused. */
class CarReaderTest {
  static final byte[] CBOR_BLOCK =
      new CborWriter().writeArrayHeader(2).writeUint64(7).writeTextString("seven").toByteArray();
  static final byte[] RAW_BLOCK = "some raw bytes".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  /** A CAR of four blocks, one per supported hash function and CID version. */
  private Path sample(CarWriter.Format format, List<Cid> cids) throws Exception {
    Path file = dir.resolve("sample-" + format + ".car");
    Cid root = Cid.makeCid(CBOR_BLOCK);
    Cid sha = Cid.v1(Multicodec.RAW, Multihash.sha256(RAW_BLOCK));
    Cid v0 = Cid.fromBytes(concat(new byte[] {0x12, 0x20}, Multihash.sha256(CBOR_BLOCK).digest()));
    Cid identity = Cid.v1(Multicodec.RAW, Multihash.of(Multicodec.IDENTITY, RAW_BLOCK));
    try (CarWriter writer = CarWriter.create(file, format, List.of(root))) {
      assertThat(writer.writeBlock(Multicodec.DAG_CBOR, CBOR_BLOCK)).isEqualTo(root);
      writer.writeBlock(sha, RAW_BLOCK);
      writer.writeBlock(v0, CBOR_BLOCK);
      writer.writeBlock(identity, RAW_BLOCK);
    }
    cids.addAll(List.of(root, sha, v0, identity));
    return file;
  }

  private static List<CarBlock> readAll(CarReader reader) throws Exception {
    List<CarBlock> blocks = new ArrayList<>();
    Optional<CarBlock> next;
    while ((next = reader.next()).isPresent()) {
      blocks.add(next.get());
    }
    return blocks;
  }

  @ParameterizedTest
  @EnumSource(CarWriter.Format.class)
  void writtenBlocksReadBackCheckedAgainstTheirCids(CarWriter.Format format) throws Exception {
    List<Cid> cids = new ArrayList<>();
    Path file = sample(format, cids);

    try (CarReader reader = CarReader.open(file)) {
      CarHeader header = reader.header();
      assertThat(header.version()).isEqualTo(format == CarWriter.Format.V1 ? 1 : 2);
      assertThat(header.roots()).containsExactly(cids.get(0));
      List<CarBlock> blocks = readAll(reader);

      assertThat(blocks).extracting(CarBlock::cid).isEqualTo(cids);
      assertThat(blocks.get(0).data()).isEqualTo(CBOR_BLOCK);
      assertThat(blocks.get(1).data()).isEqualTo(RAW_BLOCK);
      assertThat(blocks.get(2).cid().version()).isZero();
      assertThat(blocks.get(3).data()).isEqualTo(RAW_BLOCK);
      assertThat(reader.blocks()).isEqualTo(4);
      if (format == CarWriter.Format.V2) {
        CarHeader.CarV2Header v2 = header.v2().orElseThrow();
        assertThat(v2.dataOffset()).isEqualTo(51);
        assertThat(v2.dataSize()).isEqualTo(Files.size(file) - 51);
        assertThat(v2.indexOffset()).isZero();
        assertThat(blocks.get(0).section().offset()).isGreaterThan(51);
      }
    }
  }

  @Test
  void aBlockReadAsAStreamIsCheckedWhenTheNextSectionStarts() throws Exception {
    Path file = sample(CarWriter.Format.V1, new ArrayList<>());

    try (CarReader reader = CarReader.open(file)) {
      CarSection first = reader.nextSection().orElseThrow();
      assertThat(reader.dataStream().readAllBytes()).isEqualTo(CBOR_BLOCK);
      assertThat(first.dataLength()).isEqualTo(CBOR_BLOCK.length);
      assertThat(reader.nextSection()).isPresent(); // the second block, left unread
      assertThat(reader.nextSection()).isPresent();
      assertThat(reader.nextSection()).isPresent();
      assertThat(reader.nextSection()).isEmpty();
    }
  }

  @Test
  void aBlockWhoseBytesDoNotMatchItsCidIsRefusedWithItsOffset() throws Exception {
    Path file = sample(CarWriter.Format.V1, new ArrayList<>());
    byte[] bytes = Files.readAllBytes(file);
    int at = indexOf(bytes, RAW_BLOCK);
    bytes[at] ^= 1;
    Files.write(file, bytes);

    try (CarReader reader = CarReader.open(file)) {
      assertThat(reader.next()).isPresent();
      CarSection second = reader.nextSection().orElseThrow();
      assertThatThrownBy(reader::readData)
          .isInstanceOf(SnapshotFormatException.class)
          .hasMessageContaining("block 2 at byte " + second.offset())
          .hasMessageContaining("does not match its CID " + second.cid())
          .satisfies(
              e -> assertThat(((SnapshotFormatException) e).offset()).isEqualTo(second.offset()));
    }
    try (CarReader reader = CarReader.open(file)) {
      reader.nextSection();
      reader.nextSection();
      assertThatThrownBy(reader::nextSection).hasMessageContaining("does not match its CID");
    }
  }

  @Test
  void aBlockWithAnUncheckableHashFunctionIsRefused() throws Exception {
    Cid sha512 = Cid.v1(Multicodec.RAW, Multihash.of(0x13, new byte[64]));
    byte[] cid = sha512.toBytes();
    byte[] section = concat(Uvarints.encode(cid.length + 3), cid, new byte[] {1, 2, 3});
    byte[] car = concat(v1Header(List.of(sha512)), section);

    try (CarReader reader = CarReader.open(new ByteArrayInputStream(car), "x.car")) {
      assertThatThrownBy(reader::nextSection)
          .isInstanceOf(SnapshotFormatException.class)
          .hasMessageContaining("cannot be checked")
          .hasMessageContaining("0x13");
    }
  }

  @Test
  void aFileCutInsideABlockIsTruncated() throws Exception {
    Path file = sample(CarWriter.Format.V1, new ArrayList<>());
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));

    try (CarReader reader = CarReader.open(file)) {
      assertThatThrownBy(() -> readAll(reader))
          .isInstanceOf(SnapshotFormatException.class)
          .hasMessageContaining("block 4")
          .hasMessageContaining("truncated");
    }
  }

  @Test
  void aWrongVersionOrAnAlteredPragmaIsRefused() {
    byte[] version3 = {0x0a, (byte) 0xa1, 0x67, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6f, 0x6e, 0x03};
    assertThatThrownBy(() -> CarReader.open(new ByteArrayInputStream(version3), "x.car"))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("unsupported CAR version 3");

    byte[] longPragma =
        new CborWriter()
            .writeMapHeader(2)
            .writeTextString("roots")
            .writeArrayHeader(0)
            .writeTextString("version")
            .writeUint64(2)
            .toByteArray();
    assertThatThrownBy(
            () ->
                CarReader.open(
                    new ByteArrayInputStream(SnapshotTestData.frame(longPragma)), "x.car"))
        .hasMessageContaining("not the 11-byte CARv2 pragma");
  }

  @Test
  void carV2OffsetsThatPointWrongAreRefused() throws Exception {
    Path file = sample(CarWriter.Format.V2, new ArrayList<>());
    byte[] good = Files.readAllBytes(file);

    assertThatThrownBy(() -> open(patch(good, 16, 40)))
        .hasMessageContaining("data offset 40 points inside the CARv2 header")
        .satisfies(e -> assertThat(((SnapshotFormatException) e).offset()).isEqualTo(27));
    assertThatThrownBy(() -> open(patch(good, 16, good.length + 10L)))
        .hasMessageContaining("before the CARv2 data offset");
    assertThatThrownBy(() -> readAll(open(patch(good, 24, good.length - 51 + 100L))))
        .hasMessageContaining("before the end of the CARv2 data");
    assertThatThrownBy(() -> readAll(open(patch(good, 24, good.length - 51 - 5L))))
        .hasMessageContaining("past the end of the CARv2 data");
    assertThatThrownBy(() -> open(patch(good, 24, 0))).hasMessageContaining("data size 0");
  }

  @Test
  void headersThatAreNotCarHeadersAreRefused() {
    assertThatThrownBy(() -> CarReader.open(new ByteArrayInputStream(new byte[0]), "x.car"))
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> open(SnapshotTestData.frame(new byte[] {(byte) 0x82, 1, 2})))
        .hasMessageContaining("not a map");
    assertThatThrownBy(() -> open(SnapshotTestData.frame(new byte[] {(byte) 0xa1})))
        .hasMessageContaining("not valid DAG-CBOR")
        .hasMessageContaining("at byte 1");
    assertThatThrownBy(() -> open(Uvarints.encode(CarReader.MAX_HEADER_LENGTH + 1L)))
        .hasMessageContaining("declares 33554433 bytes");
  }

  @Test
  void aHeaderWithNoRootsIsAValidCarWithNoRoots() throws Exception {
    try (CarReader reader = open(v1Header(List.of()))) {
      assertThat(reader.header().roots()).isEmpty();
      assertThat(reader.next()).isEmpty();
    }
  }

  private static CarReader open(byte[] bytes) throws Exception {
    return CarReader.open(new ByteArrayInputStream(bytes), "x.car");
  }

  private static byte[] patch(byte[] car, int headerOffset, long value) {
    byte[] copy = car.clone();
    ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putLong(11 + headerOffset, value);
    return copy;
  }

  static byte[] v1Header(List<Cid> roots) {
    CborWriter writer =
        new CborWriter().writeMapHeader(2).writeTextString("roots").writeArrayHeader(roots.size());
    roots.forEach(writer::writeCid);
    writer.writeTextString("version").writeUint64(1);
    return SnapshotTestData.frame(writer.toByteArray());
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
