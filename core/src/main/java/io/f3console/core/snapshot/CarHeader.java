package io.f3console.core.snapshot;

import io.f3console.core.cid.Cid;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a CAR file starts with: its container version, the roots of its (inner) CARv1 header and,
 * for a CARv2, the fixed header that says where the CARv1 data lies.
 *
 * @param version 1 or 2
 * @param roots the roots named by the CARv1 header (possibly none)
 * @param v2 the CARv2 header, for version 2
 */
public record CarHeader(int version, List<Cid> roots, Optional<CarV2Header> v2) {
  public CarHeader {
    roots = List.copyOf(roots);
    Objects.requireNonNull(v2, "v2");
    if (version != 1 && version != 2) {
      throw new IllegalArgumentException("CAR version must be 1 or 2, got " + version);
    }
    if ((version == 2) != v2.isPresent()) {
      throw new IllegalArgumentException("a CARv2 header comes with version 2 only");
    }
  }

  /**
   * The 40 bytes after the CARv2 pragma (all little-endian): characteristics, then where the CARv1
   * data starts and how long it is, then where the index starts (0 for none).
   *
   * @param characteristics the 16 characteristics bytes in hex (bit 0 of the first byte: fully
   *     indexed)
   * @param dataOffset the offset of the CARv1 data from the start of the file
   * @param dataSize the length of the CARv1 data
   * @param indexOffset the offset of the index, or 0
   */
  public record CarV2Header(
      String characteristics, long dataOffset, long dataSize, long indexOffset) {
    public CarV2Header {
      Objects.requireNonNull(characteristics, "characteristics");
    }
  }
}
