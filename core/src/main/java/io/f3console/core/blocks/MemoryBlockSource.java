package io.f3console.core.blocks;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.snapshot.CarBlock;
import io.f3console.core.snapshot.CarReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Blocks held in memory, each checked against its CID when it is asked for: for small CARs (the
 * state subsets, a few kilobytes) and for tests that build state block by block.
 */
public final class MemoryBlockSource implements BlockSource {
  /** The most bytes {@link #fromCar} loads; a larger CAR belongs to an indexed source. */
  public static final long MAX_BYTES = 64L << 20;

  private final String name;
  private final Map<Cid, byte[]> blocks;
  private final AtomicLong read = new AtomicLong();

  private MemoryBlockSource(String name, Map<Cid, byte[]> blocks) {
    this.name = name;
    this.blocks = blocks;
  }

  /** An empty source to {@link #put} blocks into. */
  public static MemoryBlockSource empty(String name) {
    return new MemoryBlockSource(Objects.requireNonNull(name, "name"), new HashMap<>());
  }

  /**
   * Every block of a CAR file (v1 or v2), read into memory; the CAR reader checks each block
   * against its CID as it goes.
   *
   * @throws F3Exception if the CAR is malformed, or holds more than {@link #MAX_BYTES}
   */
  public static MemoryBlockSource fromCar(Path path) throws F3Exception {
    Map<Cid, byte[]> blocks = new HashMap<>();
    long bytes = 0;
    try (CarReader reader = CarReader.open(path)) {
      for (Optional<CarBlock> block = reader.next(); block.isPresent(); block = reader.next()) {
        bytes += block.get().data().length;
        if (bytes > MAX_BYTES) {
          throw new BlockException(
              BlockException.Reason.MALFORMED,
              Optional.empty(),
              path + ": more than " + MAX_BYTES + " bytes of blocks, too many to hold in memory");
        }
        blocks.put(block.get().cid(), block.get().data());
      }
    } catch (IOException e) {
      throw new BlockException(
          BlockException.Reason.MALFORMED,
          Optional.empty(),
          path + ": cannot close: " + e.getMessage(),
          e);
    }
    return new MemoryBlockSource("car:" + path, blocks);
  }

  /** Adds a block as it is: it is checked when asked for, so a wrong one can be put on purpose. */
  public MemoryBlockSource put(Cid cid, byte[] data) {
    blocks.put(Objects.requireNonNull(cid, "cid"), data.clone());
    return this;
  }

  /** How many blocks it holds. */
  public int size() {
    return blocks.size();
  }

  @Override
  public byte[] block(Cid cid) throws BlockException {
    byte[] data = blocks.get(Objects.requireNonNull(cid, "cid"));
    if (data == null) {
      throw new BlockException(
          BlockException.Reason.MISSING, Optional.of(cid), "block " + cid + " is not in " + name);
    }
    byte[] checked = BlockCheck.verified(cid, data.clone(), name);
    read.incrementAndGet();
    return checked;
  }

  @Override
  public String describe() {
    return name;
  }

  @Override
  public long blocksRead() {
    return read.get();
  }

  @Override
  public void close() {}
}
