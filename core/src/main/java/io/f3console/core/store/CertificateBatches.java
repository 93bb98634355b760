package io.f3console.core.store;

import io.f3console.core.blocks.internal.zstd.ZstdFrames;
import io.f3console.core.blocks.internal.zstd.ZstdFrames.ZstdUnavailableException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The stored certificates, as schema version 3 keeps them (ADR 0008): the instances are grouped by
 * {@code instance / 64}; the group still being filled is in the tail, table {@code certificates},
 * one uncompressed row a certificate, and every group whose last instance is stored is one row of
 * {@code certificate_batches}: its certificates' DAG-CBOR concatenated and compressed as one zstd
 * frame, with their lengths and their signature marks. A store that starts inside a group has a
 * first batch of fewer than 64 certificates.
 *
 * <p>Every batch comes before every tail row, so reading the batches in order and then the tail
 * reads the chain in order. Decompression is bounded: a batch whose declared lengths exceed {@link
 * #MAX_CERTIFICATE_BYTES} a certificate, or do not add up to what its frame holds, is reported as
 * damage before anything large is allocated.
 *
 * <p>Where zstd is unavailable (ADR 0007), complete groups stay in the tail, readable, until a
 * process that can compress them stores the end of a group or opens the store; a batch cannot be
 * read there, and saying so is a {@link StoreException}.
 */
final class CertificateBatches {
  /** Instances per group: a batch holds the stored instances of one group. */
  static final int SIZE = 64;

  /** The most bytes a certificate may declare: 2 MiB (a batch at most 128 MiB). */
  static final int MAX_CERTIFICATE_BYTES = 2 << 20;

  /**
   * The zstd level: levels 1 to 22 give 656 to 649 bytes a certificate on the mainnet-shaped chain
   * (the signers bitfields and signatures do not compress); 6 is as fast as 3.
   */
  static final int LEVEL = 6;

  /** What a read hands each stored certificate, in chain order. */
  @FunctionalInterface
  interface Visitor {
    void visit(long instance, byte[] cbor, boolean signaturesChecked) throws StoreException;
  }

  /** One decompressed batch: consecutive certificates from {@code first}. */
  private record Batch(long first, byte[][] cbor, long checked) {
    boolean contains(long instance) {
      return instance >= first && instance - first < cbor.length;
    }

    boolean checked(int index) {
      return (checked & (1L << index)) != 0;
    }
  }

  private final Connection connection;
  private final Path file;

  /** The batch decompressed last, for reads of neighbouring instances; batches never change. */
  private Batch cached;

  CertificateBatches(Connection connection, Path file) {
    this.connection = connection;
    this.file = file;
  }

  /** The group of {@code instance}. */
  static long groupOf(long instance) {
    return Long.divideUnsigned(instance, SIZE);
  }

  /** The first instance of {@code group}. */
  static long firstOf(long group) {
    return group * SIZE;
  }

  /** One stored certificate, from the tail or its batch. */
  Optional<StoredCertificate> certificate(long instance) throws SQLException, StoreException {
    Batch batch = cached;
    if (batch == null || !batch.contains(instance)) {
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT cbor," + " signatures_checked FROM certificates WHERE instance = ?")) {
        query.setLong(1, instance);
        try (ResultSet row = query.executeQuery()) {
          if (row.next()) {
            return Optional.of(
                new StoredCertificate(instance, row.getBytes(1), row.getInt(2) == 1));
          }
        }
      }
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT first_instance,"
                  + " count, checked, lengths, zstd FROM certificate_batches"
                  + " WHERE first_instance <= ? ORDER BY first_instance DESC LIMIT 1")) {
        query.setLong(1, instance);
        try (ResultSet row = query.executeQuery()) {
          if (!row.next()) {
            return Optional.empty();
          }
          long first = row.getLong(1);
          long count = row.getLong(2);
          if (instance - first >= count) {
            return Optional.empty();
          }
          batch = decode(first, count, row.getLong(3), row.getBytes(4), row.getBytes(5));
        }
      }
      cached = batch;
    }
    int index = (int) (instance - batch.first());
    return Optional.of(
        new StoredCertificate(instance, batch.cbor()[index].clone(), batch.checked(index)));
  }

  /**
   * Visits the stored certificates {@code from}–{@code to} in chain order, decompressing each batch
   * once. Missing instances are skipped: the caller checks the chain is contiguous.
   */
  void forEach(long from, long to, Visitor visitor) throws SQLException, StoreException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT first_instance, count,"
                + " checked, lengths, zstd FROM certificate_batches"
                + " WHERE first_instance >= ? AND first_instance <= ? ORDER BY first_instance")) {
      query.setLong(1, firstOf(groupOf(from)));
      query.setLong(2, to);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          Batch batch =
              decode(
                  rows.getLong(1),
                  rows.getLong(2),
                  rows.getLong(3),
                  rows.getBytes(4),
                  rows.getBytes(5));
          for (int i = 0; i < batch.cbor().length; i++) {
            long instance = batch.first() + i;
            if (instance >= from && instance <= to) {
              visitor.visit(instance, batch.cbor()[i], batch.checked(i));
            }
          }
        }
      }
    }
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT instance, cbor,"
                + " signatures_checked FROM certificates WHERE instance >= ? AND instance <= ?"
                + " ORDER BY instance")) {
      query.setLong(1, from);
      query.setLong(2, to);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          visitor.visit(rows.getLong(1), rows.getBytes(2), rows.getInt(3) == 1);
        }
      }
    }
  }

  /**
   * Moves every group of the tail whose last instance is stored into a batch, in the caller's
   * transaction: at the end of each group, and on opening a store upgraded from version 2 (or one
   * whose groups could not be compressed where it was written). Nothing moves where zstd is
   * unavailable.
   *
   * @param start the store's first instance
   * @return the number of batches written
   * @throws StoreException if a group of the tail is not contiguous from its start
   */
  int compactTail(long start) throws SQLException, StoreException {
    long[] tail = completeTail();
    if (tail.length == 0) {
      return 0;
    }
    int written = 0;
    // a group is complete when its last instance is stored
    for (long group = groupOf(tail[0]); firstOf(group + 1) - 1 <= tail[1]; group++) {
      compactGroup(group, Math.max(firstOf(group), start));
      written++;
    }
    return written;
  }

  /** Whether {@link #compactTail} has something to do: a read, with no write lock taken. */
  boolean canCompact() throws SQLException {
    return completeTail().length > 0;
  }

  /**
   * The tail's first and last instance when its first group is complete and zstd is available, else
   * nothing.
   */
  private long[] completeTail() throws SQLException {
    if (ZstdFrames.unavailable().isPresent()) {
      return new long[0];
    }
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT min(instance)," + " max(instance) FROM certificates");
        ResultSet row = query.executeQuery()) {
      if (!row.next()) {
        return new long[0];
      }
      long min = row.getLong(1);
      if (row.wasNull()) {
        return new long[0];
      }
      long max = row.getLong(2);
      return firstOf(groupOf(min) + 1) - 1 <= max ? new long[] {min, max} : new long[0];
    }
  }

  private void compactGroup(long group, long first) throws SQLException, StoreException {
    long last = firstOf(group + 1) - 1;
    ByteArrayOutputStream lengths = new ByteArrayOutputStream(2 * SIZE);
    ByteArrayOutputStream content = new ByteArrayOutputStream(SIZE * 1_200);
    long checked = 0;
    long expected = first;
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT instance, cbor,"
                + " signatures_checked FROM certificates WHERE instance >= ? AND instance <= ?"
                + " ORDER BY instance")) {
      query.setLong(1, firstOf(group));
      query.setLong(2, last);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          if (rows.getLong(1) != expected) {
            throw damaged("certificate " + Long.toUnsignedString(expected) + " is missing");
          }
          byte[] cbor = rows.getBytes(2);
          writeVarint(lengths, cbor.length);
          content.writeBytes(cbor);
          if (rows.getInt(3) == 1) {
            checked |= 1L << (expected - first);
          }
          expected++;
        }
      }
    }
    if (expected != last + 1) {
      throw damaged("certificate " + Long.toUnsignedString(expected) + " is missing");
    }
    byte[] zstd;
    try {
      zstd = ZstdFrames.compress(content.toByteArray(), LEVEL);
    } catch (ZstdUnavailableException e) {
      throw new StoreException(
          "the certificate store "
              + file
              + " could not compress"
              + " certificates "
              + Long.toUnsignedString(first)
              + "–"
              + Long.toUnsignedString(last)
              + ": "
              + e.getMessage(),
          e);
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO"
                + " certificate_batches (first_instance, count, checked, lengths, zstd)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      insert.setLong(1, first);
      insert.setLong(2, last - first + 1);
      insert.setLong(3, checked);
      insert.setBytes(4, lengths.toByteArray());
      insert.setBytes(5, zstd);
      insert.executeUpdate();
    }
    try (PreparedStatement delete =
        connection.prepareStatement(
            "DELETE FROM certificates" + " WHERE instance >= ? AND instance <= ?")) {
      delete.setLong(1, first);
      delete.setLong(2, last);
      delete.executeUpdate();
    }
  }

  /** Checks a stored batch's declarations, then decompresses it (bounded by them). */
  private Batch decode(long first, long count, long checked, byte[] lengths, byte[] zstd)
      throws StoreException {
    String batch = "the certificate batch from instance " + Long.toUnsignedString(first);
    if (count < 1 || count > SIZE || groupOf(first) != groupOf(first + count - 1)) {
      throw damaged(
          batch
              + " declares "
              + count
              + " certificates, not 1 to "
              + SIZE
              + " of one group of "
              + SIZE);
    }
    int[] sizes = new int[(int) count];
    long total = 0;
    int at = 0;
    for (int i = 0; i < count; i++) {
      long length = 0;
      int shift = 0;
      while (true) {
        if (at >= lengths.length) {
          throw damaged(
              batch + " declares " + count + " certificates but the lengths of only " + i);
        }
        int b = lengths[at++] & 0xff;
        length |= (long) (b & 0x7f) << shift;
        if ((b & 0x80) == 0) {
          break;
        }
        shift += 7;
        if (shift > 28) {
          throw damaged(
              batch
                  + " has an overlong length varint for certificate "
                  + Long.toUnsignedString(first + i));
        }
      }
      if (length > MAX_CERTIFICATE_BYTES) {
        throw damaged(
            batch
                + " declares "
                + length
                + " bytes for certificate "
                + Long.toUnsignedString(first + i)
                + ", more than the "
                + MAX_CERTIFICATE_BYTES
                + " a certificate may take");
      }
      sizes[i] = (int) length;
      total += length;
    }
    if (at != lengths.length) {
      throw damaged(
          batch
              + " has "
              + (lengths.length - at)
              + " bytes of lengths beyond its "
              + count
              + " certificates");
    }
    byte[] content;
    try {
      content = ZstdFrames.decompress(zstd, (int) total);
    } catch (IOException e) {
      throw damaged(
          batch
              + " does not decompress to the "
              + total
              + " bytes its lengths add"
              + " up to: "
              + e.getMessage());
    } catch (ZstdUnavailableException e) {
      throw new StoreException(
          "the certificate store "
              + file
              + " cannot be read here: its"
              + " certificates are zstd-compressed and "
              + e.getMessage(),
          e);
    }
    byte[][] cbor = new byte[(int) count][];
    int offset = 0;
    for (int i = 0; i < count; i++) {
      cbor[i] = Arrays.copyOfRange(content, offset, offset + sizes[i]);
      offset += sizes[i];
    }
    return new Batch(first, cbor, checked);
  }

  /** Every stored instance, in order: the batches' then the tail's. */
  List<Long> instances() throws SQLException {
    List<Long> instances = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT first_instance, count"
                    + " FROM certificate_batches ORDER BY first_instance");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        long first = rows.getLong(1);
        long count = rows.getLong(2);
        for (long i = 0; i < count; i++) {
          instances.add(first + i);
        }
      }
    }
    try (PreparedStatement query =
            connection.prepareStatement("SELECT instance FROM certificates ORDER BY instance");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        instances.add(rows.getLong(1));
      }
    }
    return instances;
  }

  /** How many of the stored certificates {@code from}–{@code to} are marked unchecked. */
  long uncheckedIn(long from, long to) throws SQLException {
    long unchecked = 0;
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT count(*) FROM"
                + " certificates WHERE instance >= ? AND instance <= ? AND signatures_checked = 0")) {
      query.setLong(1, from);
      query.setLong(2, to);
      try (ResultSet row = query.executeQuery()) {
        unchecked += row.next() ? row.getLong(1) : 0L;
      }
    }
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT first_instance, count,"
                + " checked FROM certificate_batches WHERE first_instance >= ? AND first_instance <= ?")) {
      query.setLong(1, firstOf(groupOf(from)));
      query.setLong(2, to);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long first = rows.getLong(1);
          long count = Math.min(rows.getLong(2), SIZE);
          long checked = rows.getLong(3);
          for (int i = 0; i < count; i++) {
            long instance = first + i;
            if (instance >= from && instance <= to && (checked & (1L << i)) == 0) {
              unchecked++;
            }
          }
        }
      }
    }
    return unchecked;
  }

  private static void writeVarint(ByteArrayOutputStream out, int value) {
    int rest = value;
    while ((rest & ~0x7f) != 0) {
      out.write((rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    out.write(rest);
  }

  private StoreException damaged(String what) {
    return new StoreException("the certificate store " + file + " is damaged: " + what);
  }
}
