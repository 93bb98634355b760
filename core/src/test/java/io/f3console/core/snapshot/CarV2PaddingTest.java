package io.f3console.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multicodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CARv2 whose data offset leaves padding after the header, which the CARv2 format allows: from a
 * file the offset is reached by seeking (the padding is never read, however long), from a stream by
 * reading; either way the blocks that follow read back checked.
 */
class CarV2PaddingTest {
  static final long HUGE_PADDING = 4L << 30;
  static final int V2_PREFIX = CarReader.V2_PRAGMA.length + CarReader.V2_HEADER_LENGTH;

  @TempDir Path dir;

  /** The blocks of a CARv2 written by CarWriter, with no padding (data at byte 51). */
  private byte[] compactCar(List<Cid> cids) throws Exception {
    Path file = dir.resolve("compact.car");
    Cid root = Cid.makeCid(CarReaderTest.CBOR_BLOCK);
    try (CarWriter writer = CarWriter.create(file, CarWriter.Format.V2, List.of(root))) {
      cids.add(writer.writeBlock(Multicodec.DAG_CBOR, CarReaderTest.CBOR_BLOCK));
      cids.add(writer.writeBlock(Multicodec.RAW, CarReaderTest.RAW_BLOCK));
    }
    byte[] bytes = Files.readAllBytes(file);
    assertThat(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong(11 + 16))
        .isEqualTo(V2_PREFIX);
    return bytes;
  }

  /** The same CAR with {@code padding} zero bytes between header and data (a sparse hole). */
  private Path padded(byte[] compact, long padding) throws Exception {
    byte[] header = compact.clone();
    ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).putLong(11 + 16, V2_PREFIX + padding);
    Path file = dir.resolve("padded.car");
    try (FileChannel out =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      out.write(ByteBuffer.wrap(header, 0, V2_PREFIX));
      out.write(
          ByteBuffer.wrap(compact, V2_PREFIX, compact.length - V2_PREFIX), V2_PREFIX + padding);
    }
    return file;
  }

  private static List<Cid> blocks(CarReader reader) throws Exception {
    List<Cid> cids = new ArrayList<>();
    for (Optional<CarBlock> next = reader.next(); next.isPresent(); next = reader.next()) {
      cids.add(next.get().cid());
    }
    return cids;
  }

  /** The bytes this process has read through read calls so far (Linux's /proc/self/io). */
  private static long bytesRead() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
      if (line.startsWith("rchar:")) {
        return Long.parseLong(line.substring(6).strip());
      }
    }
    throw new IllegalStateException("/proc/self/io has no rchar line");
  }

  @Test
  void gigabytesOfPaddingInAFileAreSeekedPastNotRead() throws Exception {
    Assumptions.assumeTrue(
        Files.isReadable(Path.of("/proc/self/io")), "no /proc/self/io to count bytes read");
    List<Cid> cids = new ArrayList<>();
    Path file = padded(compactCar(cids), HUGE_PADDING);
    assertThat(Files.size(file)).isGreaterThan(HUGE_PADDING);

    long before = bytesRead();
    List<Cid> read =
        assertTimeoutPreemptively(
            Duration.ofSeconds(300),
            () -> {
              try (CarReader reader = CarReader.open(file)) {
                assertThat(reader.header().v2().orElseThrow().dataOffset())
                    .isEqualTo(V2_PREFIX + HUGE_PADDING);
                return blocks(reader);
              }
            });
    long readBytes = bytesRead() - before;

    assertThat(read).isEqualTo(cids);
    // everything else this process read meanwhile is far below the 4 GiB of padding
    assertThat(readBytes).isLessThan(HUGE_PADDING / 4);
  }

  @Test
  void paddingInAStreamIsReadThrough() throws Exception {
    List<Cid> cids = new ArrayList<>();
    byte[] compact = compactCar(cids);
    byte[] withPadding = Files.readAllBytes(padded(compact, 1 << 20));

    try (CarReader reader = CarReader.open(new ByteArrayInputStream(withPadding), "stream.car")) {
      assertThat(reader.header().v2().orElseThrow().dataOffset()).isEqualTo(V2_PREFIX + (1 << 20));
      assertThat(blocks(reader)).isEqualTo(cids);
    }
  }

  @Test
  void aDataOffsetPastTheEndOfAFileIsStillRefused() throws Exception {
    byte[] compact = compactCar(new ArrayList<>());
    byte[] header = compact.clone();
    ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).putLong(11 + 16, 1L << 40);
    ByteArrayOutputStream cut = new ByteArrayOutputStream();
    cut.write(header, 0, V2_PREFIX + 10);
    Path file = Files.write(dir.resolve("cut.car"), cut.toByteArray());

    assertThatThrownBy(() -> CarReader.open(file))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("the file ends at byte " + (V2_PREFIX + 10))
        .hasMessageContaining("before the CARv2 data offset " + (1L << 40));
  }
}
