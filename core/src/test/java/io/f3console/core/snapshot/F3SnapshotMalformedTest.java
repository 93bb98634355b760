package io.f3console.core.snapshot;

import static io.f3console.core.snapshot.SnapshotTestData.chain;
import static io.f3console.core.snapshot.SnapshotTestData.concat;
import static io.f3console.core.snapshot.SnapshotTestData.frame;
import static io.f3console.core.snapshot.SnapshotTestData.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.certs.FinalityCertificateCbor;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Broken F3 snapshots fail with the block and the byte offset, never hang or throw unchecked. */
class F3SnapshotMalformedTest {
  static final byte[] HEADER = F3SnapshotHeaderCbor.encode(SnapshotTestData.header());
  static final byte[] FRAMED_HEADER = frame(HEADER);
  static final byte[] CERTIFICATE = FinalityCertificateCbor.encode(chain().certificates().get(0));

  @Test
  void anEmptyFileHasNoHeader() {
    assertThatThrownBy(() -> reader(new byte[0]))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void aVarintCutShortAfterTheHeaderIsTruncatedAtItsOffset() throws Exception {
    try (F3SnapshotReader reader = reader(concat(FRAMED_HEADER, new byte[] {(byte) 0x85}))) {
      assertThatThrownBy(reader::next)
          .isInstanceOf(SnapshotFormatException.class)
          .hasMessageContaining("block 1 (certificate 1)")
          .hasMessageContaining("varint starting at byte " + FRAMED_HEADER.length)
          .hasMessageContaining("truncated")
          .satisfies(
              e ->
                  assertThat(((SnapshotFormatException) e).offset())
                      .isEqualTo(FRAMED_HEADER.length));
    }
  }

  @Test
  void aVarintOfElevenBytesOverflowsAsInGo() {
    byte[] overlong = new byte[11];
    Arrays.fill(overlong, (byte) 0x80);

    assertThatThrownBy(() -> reader(overlong))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("overflows a 64-bit integer")
        .hasMessageContaining("at byte 0");
  }

  @Test
  void aLengthOverTheLimitIsRefusedBeforeAnyRead() throws Exception {
    byte[] huge = Uvarints.encode(F3SnapshotReader.MAX_CERTIFICATE_LENGTH + 1L);
    try (F3SnapshotReader reader = reader(concat(FRAMED_HEADER, huge))) {
      assertThatThrownBy(reader::next)
          .isInstanceOf(SnapshotFormatException.class)
          .hasMessageContaining("declares " + (F3SnapshotReader.MAX_CERTIFICATE_LENGTH + 1))
          .hasMessageContaining("at byte " + FRAMED_HEADER.length);
    }
    byte[] maxUnsigned = {-1, -1, -1, -1, -1, -1, -1, -1, -1, 0x01};
    assertThatThrownBy(() -> reader(maxUnsigned))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("declares 18446744073709551615 bytes");
  }

  @Test
  void aBlockCutShortIsTruncatedNotTheEnd() throws Exception {
    byte[] framed = frame(CERTIFICATE);
    byte[] cut = Arrays.copyOf(framed, framed.length - 10);
    try (F3SnapshotReader reader = reader(concat(FRAMED_HEADER, cut))) {
      assertThatThrownBy(reader::next)
          .isInstanceOf(SnapshotFormatException.class)
          .hasMessageContaining(
              "is truncated: "
                  + CERTIFICATE.length
                  + " bytes declared, "
                  + (CERTIFICATE.length - 10)
                  + " present")
          .hasMessageContaining("at byte " + FRAMED_HEADER.length);
    }
    // A bare length prefix at the end: go-f3's reader would see a clean end; this one does not.
    try (F3SnapshotReader reader =
        reader(concat(FRAMED_HEADER, Uvarints.encode(CERTIFICATE.length)))) {
      assertThatThrownBy(reader::next).hasMessageContaining("truncated");
    }
  }

  @Test
  void badCborInACertificateNamesTheFieldAndTheAbsoluteOffset() throws Exception {
    byte[] broken = CERTIFICATE.clone();
    broken[1] = (byte) 0x9f; // GPBFTInstance becomes an indefinite-length array header
    long instanceAt = FRAMED_HEADER.length + Uvarints.encode(broken.length).length + 1;

    try (F3SnapshotReader reader = reader(concat(FRAMED_HEADER, frame(broken)))) {
      assertThatThrownBy(reader::next)
          .isInstanceOf(SnapshotFormatException.class)
          .hasMessageContaining("block 1 (certificate 1) at byte " + FRAMED_HEADER.length)
          .hasMessageContaining("GPBFTInstance")
          .hasMessageContaining("at byte " + instanceAt)
          .satisfies(e -> assertThat(((SnapshotFormatException) e).offset()).isEqualTo(instanceAt));
    }
  }

  @Test
  void aHeaderThatIsNotTheTupleFailsAsBlockZero() {
    byte[] notATuple = frame(new byte[] {(byte) 0x83, 0x01, 0x00, 0x00});

    assertThatThrownBy(() -> reader(notATuple))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("block 0 (the header)")
        .hasMessageContaining("wrong number of fields");
  }

  @Test
  void aHeaderTableWithADuplicateActorIsRefused() throws Exception {
    var entries =
        new java.util.ArrayList<>(SnapshotTestData.header().initialPowerTable().entries());
    entries.set(
        1,
        new io.f3console.core.gpbft.PowerEntry(
            entries.get(0).id(), entries.get(1).power(), entries.get(1).pubKey()));
    io.f3console.core.cbor.CborWriter writer = new io.f3console.core.cbor.CborWriter();
    writer.writeArrayHeader(4).writeUint64(1).writeUint64(0).writeUint64(29);
    io.f3console.core.gpbft.PowerEntriesCbor.write(writer, entries);

    assertThatThrownBy(() -> reader(frame(writer.toByteArray())))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("InitialPowerTable")
        .hasMessageContaining("duplicate actor");
  }
}
