package io.f3console.core.gpbft;

import io.f3console.core.F3Exception;
import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cbor.CborWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * DAG-CBOR of go-f3 {@code PowerEntries} (cbor-gen tuple encoding): {@code array(n)} of {@code
 * [uint ID, bigint Power, bstr PubKey]}, at most {@link PowerTable#MAX_ENTRIES} entries and 48-byte
 * keys on both sides.
 */
public final class PowerEntriesCbor {
  private PowerEntriesCbor() {}

  /** The exact bytes go-f3 hashes for the power-table CID. */
  public static byte[] encode(List<PowerEntry> entries) {
    if (entries.size() > PowerTable.MAX_ENTRIES) {
      throw new IllegalArgumentException("more than " + PowerTable.MAX_ENTRIES + " entries");
    }
    CborWriter writer = new CborWriter(16 + entries.size() * 66);
    write(writer, entries);
    return writer.toByteArray();
  }

  public static void write(CborWriter writer, List<PowerEntry> entries) {
    writer.writeArrayHeader(entries.size());
    for (PowerEntry entry : entries) {
      writer.writeArrayHeader(3);
      writer.writeUint64(entry.id().bits());
      writer.writeByteString(entry.power().toBytes());
      writer.writeByteString(entry.pubKey().toBytes());
    }
  }

  /** Decodes a buffer that holds exactly one {@code PowerEntries} value. */
  public static List<PowerEntry> decode(byte[] bytes) throws CborDecodingException {
    CborReader reader = new CborReader(bytes);
    List<PowerEntry> entries = read(reader);
    reader.expectEnd("the power table");
    return entries;
  }

  /** Reads one {@code PowerEntries} value at the reader's position. */
  public static List<PowerEntry> read(CborReader reader) throws CborDecodingException {
    int count = reader.readArrayHeader(PowerTable.MAX_ENTRIES, "power table");
    List<PowerEntry> entries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      try {
        entries.add(readEntry(reader));
      } catch (CborDecodingException e) {
        throw e.withContext("power table entry " + i + ": ");
      }
    }
    return entries;
  }

  private static PowerEntry readEntry(CborReader reader) throws CborDecodingException {
    reader.readTupleHeader(3, "PowerEntry");
    long id = reader.readUint64("ID");
    int powerOffset = reader.position();
    byte[] powerBytes = reader.readByteString(StoragePower.MAX_BYTES, "Power");
    StoragePower power;
    try {
      power = StoragePower.fromBytes(powerBytes);
    } catch (F3Exception e) {
      throw new CborDecodingException("Power: " + e.getMessage(), powerOffset);
    }
    byte[] key = reader.readByteString(PubKey.MAX_LENGTH, "PubKey");
    return new PowerEntry(ActorId.of(id), power, PubKey.of(key));
  }
}
