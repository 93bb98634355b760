package io.f3console.core.snapshot;

import io.f3console.core.cid.Cid;
import java.util.Objects;

/**
 * One block of a CAR, as its section header describes it: {@code uvarint(len) || CID || data}.
 *
 * @param number the block's position in the CAR, from 1
 * @param cid the block's CID
 * @param offset where the section (its varint) starts in the file
 * @param dataOffset where the block's data starts in the file
 * @param dataLength the length of the data
 */
public record CarSection(long number, Cid cid, long offset, long dataOffset, long dataLength) {
  public CarSection {
    Objects.requireNonNull(cid, "cid");
    if (dataLength < 0) {
      throw new IllegalArgumentException("negative data length");
    }
  }

  /** The offset just after the block's data. */
  public long end() {
    return dataOffset + dataLength;
  }
}
