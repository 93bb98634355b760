package io.f3console.core.snapshot;

import static io.f3console.core.snapshot.SnapshotTestData.chain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.cbor.CborWriter;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.Multicodec;
import io.f3console.core.validation.CertificateStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** FRC-0108 v2 snapshots: metadata in any key order, the F3 block, and v1 as "no F3 data". */
class CarSnapshotTest {
  @TempDir Path dir;

  private SnapshotExport.Exported export(CarWriter.Format format, boolean withTable)
      throws Exception {
    return SnapshotExport.writeCar(
        dir.resolve("snapshot-" + format + ".car"),
        format,
        SnapshotTestData.header(),
        CertificateStream.of(chain().certificates()),
        withTable,
        SnapshotExport.Progress.NONE);
  }

  @ParameterizedTest
  @EnumSource(CarWriter.Format.class)
  void anExportedV2SnapshotCarriesTheF3SnapshotAsItsSecondBlock(CarWriter.Format format)
      throws Exception {
    SnapshotExport.Exported exported = export(format, true);

    CarSnapshot car = CarSnapshot.open(exported.path());

    assertThat(car.f3DataStatus()).isEqualTo(CarSnapshot.F3DataStatus.PRESENT);
    assertThat(car.header().version()).isEqualTo(format == CarWriter.Format.V1 ? 1 : 2);
    assertThat(car.header().roots()).containsExactly(exported.rootCid().orElseThrow());
    assertThat(car.f3DataCid())
        .contains(SnapshotTestData.chainSnapshot().cid())
        .contains(exported.snapshotCid());
    assertThat(car.f3DataSection().orElseThrow().number()).isEqualTo(2);
    SnapshotMetadata metadata = car.metadata().orElseThrow();
    assertThat(metadata.version()).isEqualTo(2);
    assertThat(metadata.headTipsetKey())
        .isEqualTo(exported.headTipsetKey())
        .isEqualTo(chain().certificates().get(29).chain().head().keyCids());
    try (F3SnapshotReader reader = car.openF3Data()) {
      assertThat(reader.header()).isEqualTo(SnapshotTestData.header());
      assertThat(SnapshotTestData.readAll(reader)).isEqualTo(chain().certificates());
      assertThat(reader.snapshotCid()).isEqualTo(car.f3DataCid());
    }
    assertThat(car.powerTableBlock(chain().initialTable().cid())).contains(chain().initialTable());
    assertThat(car.powerTableBlock(chain().finalTable().cid())).isEmpty();
  }

  @Test
  void lotusWritesTheMetadataKeysInCborGenOrderAndAnyOrderReadsBack() throws Exception {
    Cid head = Cid.makeCid(new byte[] {1});
    Cid f3 = Cid.raw(new byte[] {2});
    SnapshotMetadata metadata = SnapshotMetadata.of(List.of(head), Optional.of(f3));
    byte[] lotus = SnapshotMetadataCbor.encode(metadata);
    CborWriter forest =
        new CborWriter()
            .writeMapHeader(4)
            .writeTextString("Version")
            .writeUint64(2)
            .writeTextString("HeadTipsetKey")
            .writeArrayHeader(1)
            .writeCid(head)
            .writeTextString("F3Data")
            .writeCid(f3)
            .writeTextString("Extra")
            .writeBool(true);

    assertThat(lotus[0] & 0xff).isEqualTo(0xa3);
    assertThat(new String(lotus, 2, 6, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("F3Data");
    assertThat(SnapshotMetadataCbor.decode(lotus)).isEqualTo(metadata);
    assertThat(SnapshotMetadataCbor.decode(forest.toByteArray())).isEqualTo(metadata);
    byte[] withoutF3 =
        new CborWriter()
            .writeMapHeader(2)
            .writeTextString("HeadTipsetKey")
            .writeArrayHeader(0)
            .writeTextString("Version")
            .writeUint64(2)
            .toByteArray();
    assertThat(SnapshotMetadataCbor.decode(withoutF3).f3Data()).isEmpty();
  }

  /** A CAR whose root is the first block, with the given bytes and codec, then more blocks. */
  private Path car(long codec, byte[] root, byte[]... more) throws Exception {
    Path file = dir.resolve("custom.car");
    Cid rootCid = Cid.v1(codec, io.f3console.core.cid.Multihash.blake2b256(root));
    try (CarWriter writer = CarWriter.create(file, CarWriter.Format.V1, List.of(rootCid))) {
      writer.writeBlock(codec, root);
      for (byte[] block : more) {
        writer.writeBlock(Multicodec.RAW, block);
      }
    }
    return file;
  }

  @Test
  void aV1SnapshotIsReportedAsHavingNoF3DataNotAsAnError() throws Exception {
    byte[] notMetadata = new CborWriter().writeArrayHeader(1).writeUint64(5).toByteArray();

    CarSnapshot car = CarSnapshot.open(car(Multicodec.DAG_CBOR, notMetadata));

    assertThat(car.f3DataStatus()).isEqualTo(CarSnapshot.F3DataStatus.NOT_V2);
    assertThat(car.f3DataDetail()).contains("not SnapshotMetadata");
    assertThat(car.metadata()).isEmpty();
    assertThatThrownBy(car::openF3Data).hasMessageContaining("holds no F3 data");
  }

  @Test
  void metadataOfAnotherVersionOrWithoutF3DataMeansNoF3Data() throws Exception {
    Cid f3 = Cid.raw(new byte[] {2});
    byte[] version3 =
        SnapshotMetadataCbor.encode(new SnapshotMetadata(3, List.of(), Optional.of(f3)));
    CarSnapshot three = CarSnapshot.open(car(Multicodec.DAG_CBOR, version3));
    assertThat(three.f3DataStatus()).isEqualTo(CarSnapshot.F3DataStatus.NOT_V2);
    assertThat(three.f3DataDetail()).contains("version 3");
    assertThat(three.metadata()).isPresent();

    byte[] none = SnapshotMetadataCbor.encode(SnapshotMetadata.of(List.of(), Optional.empty()));
    CarSnapshot absent = CarSnapshot.open(car(Multicodec.DAG_CBOR, none));
    assertThat(absent.f3DataStatus()).isEqualTo(CarSnapshot.F3DataStatus.ABSENT);
  }

  @Test
  void metadataNamingF3DataThatIsNotTheSecondBlockIsAnF3DataCidMismatch() throws Exception {
    byte[] f3Bytes = {1, 2, 3};
    Cid f3 = Cid.raw(f3Bytes);
    byte[] metadata = SnapshotMetadataCbor.encode(SnapshotMetadata.of(List.of(), Optional.of(f3)));

    Path missing = car(Multicodec.DAG_CBOR, metadata);
    assertThatThrownBy(() -> CarSnapshot.open(missing))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("F3Data CID mismatch")
        .hasMessageContaining("the CAR ends at byte " + Files.size(missing));

    Path other = car(Multicodec.DAG_CBOR, metadata, new byte[] {9, 9});
    assertThatThrownBy(() -> CarSnapshot.open(other))
        .isInstanceOf(SnapshotFormatException.class)
        .hasMessageContaining("F3Data CID mismatch")
        .hasMessageContaining("the second block, at byte");
  }

  @Test
  void alteredF3DataFailsWhenItIsRead() throws Exception {
    SnapshotExport.Exported exported = export(CarWriter.Format.V1, false);
    CarSnapshot car = CarSnapshot.open(exported.path());
    CarSection section = car.f3DataSection().orElseThrow();
    byte[] bytes = Files.readAllBytes(exported.path());
    // The last byte of the F3 data: inside the last certificate.
    int at = (int) (section.end() - 1);
    bytes[at] ^= 0x01;
    Files.write(exported.path(), bytes);

    try (F3SnapshotReader reader = CarSnapshot.open(exported.path()).openF3Data()) {
      assertThatThrownBy(() -> SnapshotTestData.readAll(reader))
          .isInstanceOf(SnapshotFormatException.class)
          .hasMessageContaining("the F3 data of " + exported.path());
    }
  }
}
