package io.f3console.core.snapshot;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.InvalidPowerDeltaException;
import io.f3console.core.certs.PowerTableDeltas;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceException;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.source.SourcedTable;
import io.f3console.core.validation.CertificateStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An F3 snapshot as a source ({@code f3snap:PATH}, and the F3 data inside a CAR). Nothing but the
 * header stays in memory: each request reads the snapshot again from its start, one block at a
 * time.
 *
 * <ul>
 *   <li>The initial table is the header's, the committee of the header's first instance.
 *   <li>{@link #powerTable(long)} rebuilds later committees by applying the certificates' deltas to
 *       the header's table as go-f3's import does (for instances up to latest + 1); the last table
 *       rebuilt is remembered, so asking for instances in increasing order replays each certificate
 *       once per request rather than from the start.
 *   <li>{@link #certificates} streams the certificates of a range, checking that each is the next
 *       instance; a stream that reaches the header's latest instance also checks that nothing
 *       follows it and, for F3 data named by a CID, that the bytes hash to it.
 * </ul>
 */
public final class F3SnapshotSource implements DataSource {
  private static final int BUFFER = 64 << 10;

  /** The snapshot's bytes, opened from their start each time they are read. */
  @FunctionalInterface
  public interface SnapshotBytes {
    InputStream open() throws IOException;
  }

  private final SourceSpec spec;
  private final String name;
  private final SnapshotBytes bytes;
  private final Optional<Cid> expectedCid;
  private final F3SnapshotHeader header;
  private final List<F3SnapshotReader> openReaders = new ArrayList<>();
  private SourcedTable lastReplayed;

  private F3SnapshotSource(
      SourceSpec spec,
      String name,
      SnapshotBytes bytes,
      Optional<Cid> expectedCid,
      F3SnapshotHeader header) {
    this.spec = spec;
    this.name = name;
    this.bytes = bytes;
    this.expectedCid = expectedCid;
    this.header = header;
  }

  /** Opens {@code f3snap:PATH} and reads its header. */
  public static F3SnapshotSource open(SourceSpec spec) throws F3Exception {
    Objects.requireNonNull(spec, "spec");
    Path path = spec.path();
    return over(
        spec.as(SourceKind.F3SNAP),
        path.toString(),
        () -> Files.newInputStream(path),
        Optional.empty());
  }

  /**
   * A source over snapshot bytes from elsewhere (the F3 data block of a CAR).
   *
   * @param name the bytes' name in messages
   * @param expectedCid the CID the bytes must hash to, checked whenever they are read to the end
   */
  public static F3SnapshotSource over(
      SourceSpec spec, String name, SnapshotBytes bytes, Optional<Cid> expectedCid)
      throws F3Exception {
    F3SnapshotReader reader = openReader(name, bytes, expectedCid);
    try (reader) {
      return new F3SnapshotSource(spec, name, bytes, expectedCid, reader.header());
    } catch (IOException e) {
      throw new SourceException(name + ": cannot close: " + e.getMessage(), e);
    }
  }

  private static F3SnapshotReader openReader(
      String name, SnapshotBytes bytes, Optional<Cid> expectedCid) throws F3Exception {
    InputStream in;
    try {
      in = new BufferedInputStream(bytes.open(), BUFFER);
    } catch (NoSuchFileException e) {
      throw new SourceException(name + ": no such file");
    } catch (IOException e) {
      throw new SourceException(name + ": cannot read: " + e.getMessage(), e);
    }
    return F3SnapshotReader.open(in, name, expectedCid);
  }

  /** The snapshot's header. */
  public F3SnapshotHeader header() {
    return header;
  }

  @Override
  public SourceSpec spec() {
    return spec;
  }

  @Override
  public boolean hasPowerTables() {
    return true;
  }

  @Override
  public boolean hasCertificates() {
    return header.declaredCertificates() > 0;
  }

  @Override
  public SourcedTable initialPowerTable() {
    return new SourcedTable(
        header.firstInstance(), header.initialPowerTable(), "the header of " + name);
  }

  @Override
  public SourcedTable powerTable(long instance) throws F3Exception {
    long first = header.firstInstance();
    if (instance == first) {
      return initialPowerTable();
    }
    long end = header.latestInstance() + 1;
    if (Long.compareUnsigned(instance, first) < 0 || Long.compareUnsigned(instance, end) > 0) {
      throw new SourceException(
          spec
              + " has the committees of instances "
              + unsigned(first)
              + ".."
              + unsigned(end)
              + ", not of instance "
              + unsigned(instance));
    }
    if (lastReplayed != null && lastReplayed.instance() == instance) {
      return lastReplayed;
    }
    SourcedTable start =
        lastReplayed != null && Long.compareUnsigned(lastReplayed.instance(), instance) <= 0
            ? lastReplayed
            : initialPowerTable();
    PowerTable table = start.table();
    try (F3SnapshotReader reader = openReader(name, bytes, Optional.empty())) {
      skipTo(reader, start.instance());
      for (long next = start.instance(); next != instance; next++) {
        FinalityCertificate certificate = expectInstance(reader, next);
        try {
          table = PowerTableDeltas.apply(table, certificate.powerTableDelta());
        } catch (InvalidPowerDeltaException e) {
          throw new SourceException(
              name
                  + ": the power-table delta of instance "
                  + unsigned(next)
                  + " cannot be applied: "
                  + e.getMessage(),
              e);
        }
      }
    } catch (IOException e) {
      throw new SourceException(name + ": cannot close: " + e.getMessage(), e);
    }
    lastReplayed =
        new SourcedTable(
            instance,
            table,
            "the header of "
                + name
                + " and the deltas of instances "
                + unsigned(first)
                + ".."
                + unsigned(instance - 1));
    return lastReplayed;
  }

  @Override
  public InstanceRange certificateRange() throws F3Exception {
    if (!hasCertificates()) {
      throw new SourceException(
          spec
              + " holds no certificates (its header announces instances "
              + unsigned(header.firstInstance())
              + ".."
              + unsigned(header.latestInstance())
              + ")");
    }
    return new InstanceRange(header.firstInstance(), header.latestInstance());
  }

  @Override
  public CertificateStream certificates(long from, long to) throws F3Exception {
    InstanceRange range = certificateRange();
    if (Long.compareUnsigned(from, to) > 0) {
      throw new SourceException(
          "instance range " + unsigned(from) + ".." + unsigned(to) + " is empty");
    }
    if (!range.contains(from) || !range.contains(to)) {
      throw new SourceException(
          spec
              + " holds instances "
              + unsigned(range.first())
              + ".."
              + unsigned(range.latest())
              + ", not "
              + unsigned(from)
              + ".."
              + unsigned(to));
    }
    F3SnapshotReader reader = openReader(name, bytes, expectedCid);
    synchronized (openReaders) {
      openReaders.add(reader);
    }
    skipTo(reader, from);
    return new RangeStream(reader, from, to);
  }

  /** Reads past the certificates before {@code instance}, assuming no gaps before it. */
  private void skipTo(F3SnapshotReader reader, long instance) throws F3Exception {
    for (long next = header.firstInstance(); next != instance; next++) {
      if (!reader.skip()) {
        throw missing(
            next, "the snapshot ends after " + reader.certificateBlocks() + " certificates");
      }
    }
  }

  private FinalityCertificate expectInstance(F3SnapshotReader reader, long instance)
      throws F3Exception {
    Optional<FinalityCertificate> next = reader.next();
    if (next.isEmpty()) {
      throw missing(
          instance, "the snapshot ends after " + reader.certificateBlocks() + " certificates");
    }
    if (next.get().instance() != instance) {
      throw missing(
          instance,
          "block "
              + reader.certificateBlocks()
              + " holds instance "
              + unsigned(next.get().instance())
              + " in its place");
    }
    return next.get();
  }

  private SourceException missing(long instance, String why) {
    return new SourceException(
        name + ": the certificate of instance " + unsigned(instance) + " is missing (" + why + ")");
  }

  /** The certificates from..to, then (if to is the latest) a check that the snapshot ends. */
  private final class RangeStream implements CertificateStream {
    private final F3SnapshotReader reader;
    private final long to;
    private long next;
    private boolean done;

    RangeStream(F3SnapshotReader reader, long from, long to) {
      this.reader = reader;
      this.next = from;
      this.to = to;
    }

    @Override
    public Optional<FinalityCertificate> next() throws F3Exception {
      if (done) {
        return Optional.empty();
      }
      if (next - 1 == to) {
        finish();
        return Optional.empty();
      }
      FinalityCertificate certificate = expectInstance(reader, next);
      next++;
      return Optional.of(certificate);
    }

    private void finish() throws F3Exception {
      done = true;
      try {
        if (to == header.latestInstance()) {
          Optional<FinalityCertificate> extra = reader.next();
          if (extra.isPresent()) {
            throw new SourceException(
                name
                    + ": certificate of instance "
                    + unsigned(extra.get().instance())
                    + " is found, expected latest instance "
                    + unsigned(header.latestInstance()));
          }
        }
      } finally {
        close(reader);
      }
    }
  }

  private void close(F3SnapshotReader reader) throws SourceException {
    synchronized (openReaders) {
      openReaders.remove(reader);
    }
    try {
      reader.close();
    } catch (IOException e) {
      throw new SourceException(name + ": cannot close: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws F3Exception {
    List<F3SnapshotReader> readers;
    synchronized (openReaders) {
      readers = new ArrayList<>(openReaders);
    }
    for (F3SnapshotReader reader : readers) {
      close(reader);
    }
  }

  private static String unsigned(long value) {
    return Long.toUnsignedString(value);
  }
}
