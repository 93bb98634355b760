package io.f3console.core.snapshot;

import static io.f3console.core.snapshot.SnapshotTestData.chain;
import static io.f3console.core.snapshot.SnapshotTestData.concat;
import static io.f3console.core.snapshot.SnapshotTestData.frame;
import static io.f3console.core.snapshot.SnapshotTestData.reader;
import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.FinalityCertificateCbor;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerEntriesCbor;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.testing.SharedData;
import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** F3 snapshots: written and read back byte for byte, and the real old-calibnet header. */
class F3SnapshotCodecTest {
  static final String CALIBNET_OLD_TABLE_CID =
      "bafy2bzaceab236vmmb3n4q4tkvua2n4dphcbzzxerxuey3mot4g3cov5j3r2c";

  @TempDir Path dir;

  @Test
  void aWrittenSnapshotReadsBackToTheSameHeaderCertificatesAndCid() throws Exception {
    SnapshotTestData.Written written = SnapshotTestData.chainSnapshot();

    try (F3SnapshotReader reader = reader(written.bytes())) {
      assertThat(reader.header()).isEqualTo(SnapshotTestData.header());
      assertThat(reader.snapshotCid()).isEmpty();
      List<FinalityCertificate> read = SnapshotTestData.readAll(reader);

      assertThat(read).isEqualTo(chain().certificates());
      assertThat(reader.snapshotCid()).contains(written.cid());
      assertThat(reader.position()).isEqualTo(written.bytes().length).isEqualTo(written.count());
      assertThat(reader.blocksWithTrailingBytes()).isZero();
    }
    assertThat(written.cid()).isEqualTo(Cid.raw(written.bytes()));
    assertThat(written.cid().toString()).startsWith("bafk2bza");
  }

  @Test
  void aSnapshotFileStreamsCertificateByCertificateAndSkipsWithoutDecoding() throws Exception {
    Path file = dir.resolve("chain.f3snap");
    F3SnapshotHeader header = SnapshotTestData.header();
    Cid cid;
    try (F3SnapshotWriter writer =
        F3SnapshotWriter.create(new BufferedOutputStream(Files.newOutputStream(file)), header)) {
      for (FinalityCertificate certificate : chain().certificates()) {
        writer.write(certificate);
      }
      cid = writer.finish();
    }

    try (F3SnapshotReader reader = F3SnapshotReader.open(file)) {
      assertThat(reader.skip()).isTrue();
      assertThat(reader.skip()).isTrue();
      assertThat(reader.next()).contains(chain().certificates().get(2));
      while (reader.skip()) {
        assertThat(reader.atEnd()).isFalse();
      }
      assertThat(reader.certificateBlocks()).isEqualTo(30);
      assertThat(reader.next()).isEmpty();
      assertThat(reader.snapshotCid()).contains(cid);
      assertThat(reader.largestCertificateBlock())
          .isEqualTo(
              chain().certificates().stream()
                  .mapToInt(c -> FinalityCertificateCbor.encode(c).length)
                  .max()
                  .orElseThrow());
    }
  }

  @Test
  void theRealOldCalibnetHeaderDecodesToItsTwentyEntryTable() throws Exception {
    byte[] block = SharedData.bytes("calibnet_old_f3_snapshot_header.cbor");
    byte[] table = SharedData.bytes("calibnet_old_initial_power_table.cbor");
    // The file is the header block without its varint length (it starts with 0x84, the tuple).
    assertThat(block[0] & 0xff).isEqualTo(0x84);

    try (F3SnapshotReader reader = reader(frame(block))) {
      F3SnapshotHeader header = reader.header();

      assertThat(header.version()).isEqualTo(1);
      assertThat(header.firstInstance()).isZero();
      assertThat(header.latestInstance()).isEqualTo(552573);
      assertThat(header.initialPowerTable().size()).isEqualTo(20);
      assertThat(header.initialPowerTableCid().toString())
          .isEqualTo(CALIBNET_OLD_TABLE_CID)
          .endsWith("cov5j3r2c");
      assertThat(header.initialPowerTableCid()).isEqualTo(Cid.makeCid(table));
      assertThat(header.initialPowerTable().entries()).isEqualTo(PowerEntriesCbor.decode(table));
      assertThat(reader.headerLength()).isEqualTo(block.length);
      assertThat(reader.next()).isEmpty();
      assertThat(reader.snapshotCid()).contains(Cid.raw(frame(block)));
    }
    assertThat(F3SnapshotHeaderCbor.encode(F3SnapshotHeaderCbor.decode(block))).isEqualTo(block);
  }

  @Test
  void headerEntriesKeepTheirDecodedOrderEvenWhenNotCanonical() throws Exception {
    PowerTable canonical = chain().initialTable();
    List<io.f3console.core.gpbft.PowerEntry> reversed =
        new java.util.ArrayList<>(canonical.entries());
    java.util.Collections.reverse(reversed);
    F3SnapshotHeader header = F3SnapshotHeader.of(0, 0, PowerTable.of(reversed));

    F3SnapshotHeader decoded = F3SnapshotHeaderCbor.decode(F3SnapshotHeaderCbor.encode(header));

    assertThat(decoded.initialPowerTable().entries()).isEqualTo(reversed);
    assertThat(decoded.initialPowerTableCid())
        .isNotEqualTo(canonical.cid())
        .isEqualTo(PowerTable.of(reversed).cid());
  }

  @Test
  void lengthsMayBeNonMinimalAsGoReadsThem() throws Exception {
    byte[] header = F3SnapshotHeaderCbor.encode(SnapshotTestData.header());
    byte[] certificate = FinalityCertificateCbor.encode(chain().certificates().get(0));
    // One byte more than needed (continuation bit on the last byte, then 0x00): Go's
    // binary.ReadUvarint accepts it.
    byte[] minimal = Uvarints.encode(certificate.length);
    byte[] padded = java.util.Arrays.copyOf(minimal, minimal.length + 1);
    padded[minimal.length - 1] |= (byte) 0x80;
    byte[] bytes = concat(frame(header), padded, certificate);

    try (F3SnapshotReader reader = reader(bytes)) {
      assertThat(reader.next()).contains(chain().certificates().get(0));
    }
  }

  @Test
  void bytesAfterTheValueInsideABlockAreIgnoredAndCountedAsGoDoes() throws Exception {
    byte[] header = F3SnapshotHeaderCbor.encode(SnapshotTestData.header());
    byte[] certificate = FinalityCertificateCbor.encode(chain().certificates().get(0));

    try (F3SnapshotReader reader =
        reader(concat(frame(header), frame(concat(certificate, new byte[] {0x01, 0x02}))))) {
      assertThat(reader.next()).contains(chain().certificates().get(0));
      assertThat(reader.blocksWithTrailingBytes()).isEqualTo(1);
    }
  }

  @Test
  void aReaderGivenTheWrongCidFailsAtTheEnd() throws Exception {
    SnapshotTestData.Written written = SnapshotTestData.chainSnapshot();
    Cid other = Cid.raw(new byte[] {1});

    try (F3SnapshotReader reader =
        F3SnapshotReader.open(
            new java.io.ByteArrayInputStream(written.bytes()), "x", Optional.of(other))) {
      for (int i = 0; i < 30; i++) {
        assertThat(reader.next()).isPresent();
      }
      org.assertj.core.api.Assertions.assertThatThrownBy(reader::next)
          .isInstanceOf(SnapshotFormatException.class)
          .hasMessageContaining("F3Data CID mismatch")
          .hasMessageContaining(written.cid().toString())
          .hasMessageContaining(other.toString());
    }
  }
}
