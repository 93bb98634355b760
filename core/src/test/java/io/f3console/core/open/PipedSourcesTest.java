package io.f3console.core.open;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.f3console.core.PathKind;
import io.f3console.core.blocks.BlockException;
import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.inspect.DataFile;
import io.f3console.core.inspect.DataInput;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceException;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.testing.Fifo;
import io.f3console.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain paths that are pipes: a named pipe whose writer writes once and closes, as {@code cat file
 * > fifo} and process substitution do. Each is opened once, recognised on the stream that is then
 * read, and ends; what cannot be read from a pipe is refused saying what the path is.
 */
class PipedSourcesTest {
  /** The mainnet initial power table's CID, as go-f3's mainnet manifest states it. */
  static final String MAINNET_CID =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";

  static final Duration GUARD = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  void aPlainPathThatIsAPipeOfTheRealTableOpensAsATableSource() throws Exception {
    byte[] table = SharedData.bytes("mainnet_initial_power_table.json");
    Path fifo = Fifo.writingOnce(dir.resolve("table"), table);

    assertTimeoutPreemptively(
        GUARD,
        () -> {
          try (DataSource source = Sources.open(fifo.toString(), SourceOptions.defaults())) {
            assertThat(source.hasPowerTables()).isTrue();
            assertThat(source.initialPowerTable().table().cid().toString()).isEqualTo(MAINNET_CID);
          }
        });
  }

  @Test
  void aPlainPathThatIsAPipeOfTheRealCertificatesOpensAsACertificateSource() throws Exception {
    byte[] certs = SharedData.bytes("mainnet_certs_0_9.json");
    Path fifo = Fifo.writingOnce(dir.resolve("certs"), certs);

    assertTimeoutPreemptively(
        GUARD,
        () -> {
          try (DataSource source = Sources.open(fifo.toString(), SourceOptions.defaults())) {
            assertThat(source.certificateRange()).isEqualTo(new InstanceRange(0, 9));
          }
        });
  }

  @Test
  void aPipeIsReadByPathOnceAsADataFile() throws Exception {
    byte[] table = SharedData.bytes("mainnet_initial_power_table.json");
    Path fifo = Fifo.writingOnce(dir.resolve("table"), table);

    DataFile file = assertTimeoutPreemptively(GUARD, () -> DataFile.read(fifo));

    assertThat(file.table().orElseThrow().toTable().cid().toString()).isEqualTo(MAINNET_CID);
  }

  @Test
  void aPipeOfCertificatesStreamsThroughDataInput() throws Exception {
    byte[] certs = SharedData.bytes("mainnet_certs_0_9.json");
    Path fifo = Fifo.writingOnce(dir.resolve("certs"), certs);

    long count =
        assertTimeoutPreemptively(
            GUARD,
            () -> {
              try (DataInput input = DataInput.open(fifo)) {
                long n = 0;
                while (input.certificates().next().isPresent()) {
                  n++;
                }
                return n;
              }
            });

    assertThat(count).isEqualTo(10);
  }

  @Test
  void anF3SnapshotThroughAPipeIsRefusedNamingThePipeInsteadOfWaitingForASecondWriter()
      throws Exception {
    // the varint-framed header of an F3 snapshot starts with a CBOR array of four (0x84)
    Path fifo = Fifo.writingOnce(dir.resolve("snap"), new byte[] {0x05, (byte) 0x84, 0, 0, 0, 0});

    assertTimeoutPreemptively(
        GUARD,
        () ->
            assertThatThrownBy(() -> Sources.open(fifo.toString(), SourceOptions.defaults()))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining(fifo.toString())
                .hasMessageContaining("named pipe")
                .hasMessageContaining("regular file"));
  }

  @Test
  void aCarOfBlocksThroughAPipeIsRefusedNamingThePipe() throws Exception {
    // the start of a CARv2: its 11-byte pragma
    byte[] pragma = {0x0a, (byte) 0xa1, 0x67, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6f, 0x6e, 0x02};
    Path fifo = Fifo.writingOnce(dir.resolve("chain.car"), pragma);

    assertTimeoutPreemptively(
        GUARD,
        () ->
            assertThatThrownBy(() -> CarBlockSource.open(fifo))
                .isInstanceOf(BlockException.class)
                .hasMessageContaining(fifo + ": is a named pipe")
                .hasMessageContaining("regular file"));
  }

  @Test
  void pathKindsSayWhatAPathIsWithoutOpeningIt() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "x");
    Path fifo = Fifo.make(dir.resolve("fifo"));

    assertThat(PathKind.of(file)).isEqualTo(PathKind.REGULAR);
    assertThat(PathKind.of(dir)).isEqualTo(PathKind.DIRECTORY);
    assertThat(PathKind.of(dir.resolve("absent"))).isEqualTo(PathKind.MISSING);
    // a pipe with no writer: opening it would wait forever, so this also shows it is not opened
    assertThat(assertTimeoutPreemptively(GUARD, () -> PathKind.of(fifo))).isEqualTo(PathKind.FIFO);
    Path zero = Path.of("/dev/zero");
    if (Files.exists(zero)) {
      assertThat(PathKind.of(zero)).isEqualTo(PathKind.CHARACTER_DEVICE);
    }
  }
}
