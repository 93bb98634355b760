package io.f3console.core.blocks;

import io.f3console.core.cid.Cid;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checked blocks kept in memory up to a number of bytes, the least recently used dropped first. A
 * block larger than the whole cache is not kept. Thread-safe.
 */
public final class BlockCache {
  private final long maxBytes;
  private final LinkedHashMap<Cid, byte[]> blocks = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;
  private long hits;
  private long misses;

  public BlockCache(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("negative cache size");
    }
    this.maxBytes = maxBytes;
  }

  /** A copy of the block, if kept. */
  public synchronized Optional<byte[]> get(Cid cid) {
    byte[] data = blocks.get(cid);
    if (data == null) {
      misses++;
      return Optional.empty();
    }
    hits++;
    return Optional.of(data.clone());
  }

  /** Keeps a copy of a block that was checked against its CID. */
  synchronized void put(Cid cid, byte[] data) {
    if (data.length > maxBytes || blocks.containsKey(cid)) {
      return;
    }
    blocks.put(cid, data.clone());
    bytes += data.length;
    Iterator<Map.Entry<Cid, byte[]>> eldest = blocks.entrySet().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      bytes -= eldest.next().getValue().length;
      eldest.remove();
    }
  }

  /** The bytes of the blocks kept. */
  public synchronized long bytes() {
    return bytes;
  }

  /** How many blocks are kept. */
  public synchronized int size() {
    return blocks.size();
  }

  public synchronized long hits() {
    return hits;
  }

  public synchronized long misses() {
    return misses;
  }

  public long maxBytes() {
    return maxBytes;
  }
}
