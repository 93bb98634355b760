package io.f3console.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.blocks.internal.zstd.ZstdFrames;
import io.f3console.core.certs.FinalityCertificateCbor;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.trust.TrustAssessor;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Certificates compressed in batches of 64 with the group being filled in the tail: every
 * certificate reads back byte for byte with its signature mark, from the batches, the tail and a
 * first batch shorter than 64; a damaged batch is reported, naming the file, never read; and where
 * zstd is unavailable the certificates stay in the tail until it is available again.
 */
class CertificateStoreBatchesTest {
  static final String NETWORK = "store-batches";
  static final int INSTANCES = 200;

  static SyntheticChain chain;

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws Exception {
    chain = SyntheticNetwork.of(SimulationSpec.of(11, 8, INSTANCES, NETWORK)).generate();
  }

  /** Whether the test marks instance {@code i} as stored with its signatures checked. */
  static boolean checked(long i) {
    return i % 3 != 0;
  }

  static CertificateStore write(Path file, long from, long to) throws Exception {
    CertificateStore store = CertificateStore.open(file, NETWORK);
    store.begin(
        from,
        chain.tableOf((int) from),
        TrustAssessor.of(NetworkSelection.raw(NETWORK))
            .table(chain.tableOf((int) from).cid(), from));
    for (long i = from; i <= to; i++) {
      store.append(chain.certificates().get((int) i), checked(i), chain.tableOf((int) i + 1));
    }
    return store;
  }

  static void assertHoldsExactly(CertificateStore store, long from, long to) throws Exception {
    assertThat(store.instances())
        .containsExactlyElementsOf(LongStream.rangeClosed(from, to).boxed().toList());
    assertThat(store.count()).isEqualTo(to - from + 1);
    assertThat(store.latestInstance()).hasValue(to);
    // backwards, so each batch is read again after the cached one
    for (long i = to; i >= from; i--) {
      StoredCertificate stored = store.certificate(i).orElseThrow();
      assertThat(stored.instance()).isEqualTo(i);
      assertThat(stored.cbor())
          .as("certificate %d", i)
          .isEqualTo(FinalityCertificateCbor.encode(chain.certificates().get((int) i)));
      assertThat(stored.signaturesChecked()).as("mark of %d", i).isEqualTo(checked(i));
    }
    assertThat(store.certificate(to + 1)).isEmpty();
    if (from > 0) {
      assertThat(store.certificate(from - 1)).isEmpty();
    }
    for (long[] range :
        new long[][] {{from, to}, {from + 5, from + 70}, {to - 9, to}, {from + 64, from + 64}}) {
      long expected = LongStream.rangeClosed(range[0], range[1]).filter(i -> !checked(i)).count();
      assertThat(store.uncheckedIn(range[0], range[1]))
          .as("unchecked in %d–%d", range[0], range[1])
          .isEqualTo(expected);
    }
    for (long i : new long[] {from, from + 1, 63, 64, 65, 127, 128, 150, to, to + 1}) {
      if (i >= from && i <= to + 1) {
        assertThat(store.committeeOf(i)).as("committee %d", i).contains(chain.tableOf((int) i));
      }
    }
    assertThat(store.checkpointCount()).isEqualTo(1);
    assertThat(store.integrityCheck()).containsExactly("ok");
  }

  /** {first_instance, count} of every batch, and the tail's instances. */
  static List<long[]> batches(Path file) throws Exception {
    List<long[]> batches = new ArrayList<>();
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = raw.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT first_instance, count FROM"
                    + " certificate_batches ORDER BY first_instance")) {
      while (rows.next()) {
        batches.add(new long[] {rows.getLong(1), rows.getLong(2)});
      }
    }
    return batches;
  }

  static List<Long> tail(Path file) throws Exception {
    List<Long> tail = new ArrayList<>();
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = raw.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT instance FROM certificates ORDER BY instance")) {
      while (rows.next()) {
        tail.add(rows.getLong(1));
      }
    }
    return tail;
  }

  @Test
  void batchesAndTailReadBackEveryByteAndMark() throws Exception {
    Path file = dir.resolve("batches.db");
    long raw = 0;
    for (int i = 0; i < INSTANCES; i++) {
      raw += FinalityCertificateCbor.encode(chain.certificates().get(i)).length;
    }
    try (CertificateStore store = write(file, 0, INSTANCES - 1)) {
      assertHoldsExactly(store, 0, INSTANCES - 1);
      StoreFootprint footprint = StoreFootprint.of(store);
      assertThat(footprint.instances()).isEqualTo(INSTANCES);
      assertThat(footprint.certificateBytes()).isLessThan(raw);
    }
    assertThat(batches(file))
        .extracting(b -> b[0] + "+" + b[1])
        .containsExactly("0+64", "64+64", "128+64");
    assertThat(tail(file))
        .containsExactlyElementsOf(LongStream.range(192, INSTANCES).boxed().toList());
    try (CertificateStore store = CertificateStore.open(file, NETWORK)) {
      assertHoldsExactly(store, 0, INSTANCES - 1);
    }
  }

  @Test
  void aStoreStartingInsideAGroupCompressesThePartItHolds() throws Exception {
    Path file = dir.resolve("late.db");
    try (CertificateStore store = write(file, 100, 191)) {
      assertHoldsExactly(store, 100, 191);
    }
    assertThat(batches(file))
        .extracting(b -> b[0] + "+" + b[1])
        .containsExactly("100+28", "128+64");
    assertThat(tail(file)).isEmpty();
  }

  @Test
  void withoutZstdTheCertificatesStayInTheTailUntilItIsBack() throws Exception {
    Path file = dir.resolve("no-zstd.db");
    System.setProperty(ZstdFrames.DISABLE_PROPERTY, "true");
    try {
      try (CertificateStore store = write(file, 0, 149)) {
        assertHoldsExactly(store, 0, 149);
      }
      assertThat(batches(file)).isEmpty();
      assertThat(tail(file)).hasSize(150);
    } finally {
      System.clearProperty(ZstdFrames.DISABLE_PROPERTY);
    }
    try (CertificateStore store = CertificateStore.open(file, NETWORK)) {
      assertHoldsExactly(store, 0, 149);
    }
    assertThat(batches(file)).extracting(b -> b[0] + "+" + b[1]).containsExactly("0+64", "64+64");
    assertThat(tail(file)).containsExactlyElementsOf(LongStream.range(128, 150).boxed().toList());
    System.setProperty(ZstdFrames.DISABLE_PROPERTY, "true");
    try (CertificateStore store = CertificateStore.open(file, NETWORK)) {
      assertThat(store.certificate(140).orElseThrow().cbor())
          .isEqualTo(FinalityCertificateCbor.encode(chain.certificates().get(140)));
      assertThatThrownBy(() -> store.certificate(3))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(file.toAbsolutePath().toString())
          .hasMessageContaining("zstd-compressed");
    } finally {
      System.clearProperty(ZstdFrames.DISABLE_PROPERTY);
    }
  }

  @Test
  void aTruncatedBatchIsDamageNamingTheFile() throws Exception {
    assertDamaged(
        "UPDATE certificate_batches SET zstd = substr(zstd, 1, length(zstd) / 2)"
            + " WHERE first_instance = 64",
        "does not decompress");
  }

  @Test
  void lengthsThatDoNotAddUpAreDamage() throws Exception {
    byte[] lengths = lengthsOfBatch64();
    List<Integer> values = varints(lengths);
    values.set(10, values.get(10) + 1);
    assertDamaged(file -> setLengths(file, varintBytes(values)), "does not decompress to the");
  }

  @Test
  void tooFewLengthsAreDamage() throws Exception {
    assertDamaged(
        "UPDATE certificate_batches SET lengths = substr(lengths, 1, 20)"
            + " WHERE first_instance = 64",
        "but the lengths of only");
  }

  @Test
  void aHugeDeclaredLengthIsRefusedBeforeDecompressing() throws Exception {
    List<Integer> values = varints(lengthsOfBatch64());
    values.set(0, Integer.MAX_VALUE);
    assertDamaged(
        file -> setLengths(file, varintBytes(values)),
        "more than the " + CertificateBatches.MAX_CERTIFICATE_BYTES);
  }

  private byte[] lengthsOfBatch64() throws Exception {
    Path file = dir.resolve("lengths.db");
    write(file, 0, 130).close();
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = raw.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT lengths FROM certificate_batches WHERE first_instance = 64")) {
      assertThat(row.next()).isTrue();
      byte[] lengths = row.getBytes(1);
      List<Integer> values = varints(lengths);
      assertThat(values).hasSize(64);
      for (int i = 0; i < 64; i++) {
        assertThat(values.get(i))
            .isEqualTo(FinalityCertificateCbor.encode(chain.certificates().get(64 + i)).length);
      }
      return lengths;
    }
  }

  @FunctionalInterface
  interface Damage {
    void apply(Path file) throws Exception;
  }

  private void assertDamaged(String sql, String message) throws Exception {
    assertDamaged(
        file -> {
          try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
              Statement statement = raw.createStatement()) {
            assertThat(statement.executeUpdate(sql)).isEqualTo(1);
          }
        },
        message);
  }

  /** Damages batch 64–127 of a store of 0–130, then reads around and through it. */
  private void assertDamaged(Damage damage, String message) throws Exception {
    Path file = dir.resolve("damaged.db");
    write(file, 0, 130).close();
    damage.apply(file);
    try (CertificateStore store = CertificateStore.open(file, NETWORK)) {
      assertThat(store.certificate(10).orElseThrow().cbor())
          .isEqualTo(FinalityCertificateCbor.encode(chain.certificates().get(10)));
      assertThat(store.certificate(130).orElseThrow().cbor())
          .isEqualTo(FinalityCertificateCbor.encode(chain.certificates().get(130)));
      assertThat(store.count()).isEqualTo(131);
      assertThatThrownBy(() -> store.certificate(70))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("the certificate store " + file.toAbsolutePath() + " is damaged")
          .hasMessageContaining("the certificate batch from instance 64")
          .hasMessageContaining(message);
      assertThatThrownBy(() -> store.committeeOf(131))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(file.toAbsolutePath().toString())
          .hasMessageContaining(message);
    }
  }

  private static void setLengths(Path file, byte[] lengths) throws Exception {
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
        PreparedStatement update =
            raw.prepareStatement(
                "UPDATE certificate_batches SET lengths = ? WHERE first_instance = 64")) {
      update.setBytes(1, lengths);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  /** Unsigned LEB128, as the store writes the lengths. */
  static List<Integer> varints(byte[] bytes) {
    List<Integer> values = new ArrayList<>();
    int value = 0;
    int shift = 0;
    for (byte b : bytes) {
      value |= (b & 0x7f) << shift;
      shift += 7;
      if ((b & 0x80) == 0) {
        values.add(value);
        value = 0;
        shift = 0;
      }
    }
    return values;
  }

  static byte[] varintBytes(List<Integer> values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int value : values) {
      int rest = value;
      while ((rest & ~0x7f) != 0) {
        out.write((rest & 0x7f) | 0x80);
        rest >>>= 7;
      }
      out.write(rest);
    }
    return out.toByteArray();
  }
}
