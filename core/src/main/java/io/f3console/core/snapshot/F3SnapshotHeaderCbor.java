package io.f3console.core.snapshot;

import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cbor.CborWriter;
import io.f3console.core.gpbft.InvalidPowerTableException;
import io.f3console.core.gpbft.PowerEntriesCbor;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import java.util.List;

/**
 * DAG-CBOR of an {@link F3SnapshotHeader}, as go-f3's cbor-gen code writes it: the tuple {@code 84
 * || uint Version || uint FirstInstance || uint LatestInstance || PowerEntries}. The block holds
 * only these bytes; the varint length in front of it belongs to the snapshot framing ({@link
 * F3SnapshotReader}).
 */
public final class F3SnapshotHeaderCbor {
  private F3SnapshotHeaderCbor() {}

  /** The header block's bytes, without the varint length. */
  public static byte[] encode(F3SnapshotHeader header) {
    PowerTable table = header.initialPowerTable();
    CborWriter writer = new CborWriter(64 + table.size() * 66);
    writer.writeArrayHeader(4);
    writer.writeUint64(header.version());
    writer.writeUint64(header.firstInstance());
    writer.writeUint64(header.latestInstance());
    PowerEntriesCbor.write(writer, table.entries());
    return writer.toByteArray();
  }

  /** Decodes a buffer that holds exactly one header and nothing after it. */
  public static F3SnapshotHeader decode(byte[] bytes) throws CborDecodingException {
    CborReader reader = new CborReader(bytes);
    F3SnapshotHeader header = read(reader);
    reader.expectEnd("the F3 snapshot header");
    return header;
  }

  /**
   * Reads one header at the reader's position. The table must be usable as go-f3 builds its map
   * from it: positive powers and distinct actor IDs; its order is kept.
   */
  public static F3SnapshotHeader read(CborReader reader) throws CborDecodingException {
    reader.readTupleHeader(4, "F3SnapshotHeader");
    long version = reader.readUint64("Version");
    long first = reader.readUint64("FirstInstance");
    long latest = reader.readUint64("LatestInstance");
    int tableOffset = reader.position();
    List<PowerEntry> entries;
    try {
      entries = PowerEntriesCbor.read(reader);
    } catch (CborDecodingException e) {
      throw e.withContext("InitialPowerTable: ");
    }
    try {
      return new F3SnapshotHeader(version, first, latest, PowerTable.of(entries));
    } catch (InvalidPowerTableException e) {
      throw new CborDecodingException("InitialPowerTable: " + e.getMessage(), tableOffset, e);
    }
  }
}
