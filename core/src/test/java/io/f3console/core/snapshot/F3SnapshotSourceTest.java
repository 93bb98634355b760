package io.f3console.core.snapshot;

import static io.f3console.core.snapshot.SnapshotTestData.chain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceException;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.validation.CertificateStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An F3 snapshot file as a source: committees rebuilt by replay, certificates streamed. */
class F3SnapshotSourceTest {
  @TempDir Path dir;

  private F3SnapshotSource open(List<FinalityCertificate> certificates) throws Exception {
    Path file = dir.resolve("chain.f3snap");
    Files.write(file, SnapshotTestData.write(SnapshotTestData.header(), certificates).bytes());
    return F3SnapshotSource.open(SourceSpec.of(SourceKind.F3SNAP, file));
  }

  @Test
  void theInitialTableIsTheHeaderTableAtTheFirstInstance() throws Exception {
    try (F3SnapshotSource source = open(chain().certificates())) {
      assertThat(source.hasPowerTables()).isTrue();
      assertThat(source.hasCertificates()).isTrue();
      assertThat(source.initialPowerTable().instance()).isZero();
      assertThat(source.initialPowerTable().table()).isEqualTo(chain().initialTable());
      assertThat(source.initialPowerTable().origin()).contains("header");
      assertThat(source.certificateRange()).isEqualTo(new InstanceRange(0, 29));
    }
  }

  @Test
  void committeesAreRebuiltByReplayingTheDeltasInAnyOrder() throws Exception {
    try (F3SnapshotSource source = open(chain().certificates())) {
      for (int instance : new int[] {1, 7, 8, 30, 3, 3, 15}) {
        assertThat(source.powerTable(instance).table())
            .as("instance %d", instance)
            .isEqualTo(chain().tableOf(instance));
      }
      assertThat(source.powerTable(30).table().cid()).isEqualTo(chain().finalTable().cid());
      assertThatThrownBy(() -> source.powerTable(31))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("instances 0..30, not of instance 31");
    }
  }

  @Test
  void certificatesStreamForAnyRangeInsideTheSnapshot() throws Exception {
    try (F3SnapshotSource source = open(chain().certificates())) {
      assertThat(SnapshotTestData.readAll(source.certificates(0, 29)))
          .isEqualTo(chain().certificates());
      assertThat(SnapshotTestData.readAll(source.certificates(12, 14)))
          .isEqualTo(chain().certificates().subList(12, 15));
      assertThat(SnapshotTestData.readAll(source.certificates(29, 29)))
          .containsExactly(chain().certificates().get(29));
      assertThatThrownBy(() -> source.certificates(5, 30))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("holds instances 0..29, not 5..30");
    }
  }

  @Test
  void aMissingCertificateIsAnErrorNamingItsInstance() throws Exception {
    List<FinalityCertificate> gap = new ArrayList<>(chain().certificates());
    gap.remove(10);
    try (F3SnapshotSource source = open(gap)) {
      CertificateStream stream = source.certificates(0, 29);
      for (int i = 0; i < 10; i++) {
        assertThat(stream.next()).isPresent();
      }
      assertThatThrownBy(stream::next)
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("the certificate of instance 10 is missing")
          .hasMessageContaining("holds instance 11 in its place");
      assertThatThrownBy(() -> SnapshotTestData.readAll(source.certificates(20, 29)))
          .hasMessageContaining("the certificate of instance 20 is missing");
      assertThatThrownBy(() -> source.powerTable(12))
          .hasMessageContaining("the certificate of instance 10 is missing");
    }
  }

  @Test
  void aSnapshotShorterThanItsHeaderEndsWithTheMissingInstance() throws Exception {
    try (F3SnapshotSource source = open(chain().certificates().subList(0, 25))) {
      assertThatThrownBy(() -> SnapshotTestData.readAll(source.certificates(0, 29)))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("the certificate of instance 25 is missing")
          .hasMessageContaining("ends after 25 certificates");
    }
  }

  @Test
  void certificatesAfterTheLatestInstanceAreFoundAtTheEndOfAStream() throws Exception {
    Path file = dir.resolve("long.f3snap");
    F3SnapshotHeader header = F3SnapshotHeader.of(0, 27, chain().initialTable());
    Files.write(file, SnapshotTestData.write(header, chain().certificates()).bytes());
    try (F3SnapshotSource source = F3SnapshotSource.open(SourceSpec.of(SourceKind.F3SNAP, file))) {
      CertificateStream stream = source.certificates(0, 27);
      for (int i = 0; i < 28; i++) {
        assertThat(stream.next()).isPresent();
      }
      assertThatThrownBy(stream::next)
          .hasMessageContaining(
              "certificate of instance 28 is found, expected latest" + " instance 27");
    }
  }

  @Test
  void aMissingFileIsASourceError() {
    assertThatThrownBy(
            () ->
                F3SnapshotSource.open(SourceSpec.of(SourceKind.F3SNAP, dir.resolve("nope.f3snap"))))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("no such file");
  }
}
