package io.f3console.core.snapshot;

import io.f3console.core.cid.Cid;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The root block of a Filecoin v2 snapshot (FRC-0108 {@code SnapshotMetadata}): the format version
 * (2), the head tipset's block CIDs, and the CID of the F3 data block if the snapshot carries one.
 *
 * @param version the metadata version; only 2 is defined
 * @param headTipsetKey the CIDs of the head tipset's blocks
 * @param f3Data the CID of the F3 snapshot block (raw codec), if any
 */
public record SnapshotMetadata(long version, List<Cid> headTipsetKey, Optional<Cid> f3Data) {
  /** The only version FRC-0108 defines. */
  public static final long VERSION = 2;

  public SnapshotMetadata {
    headTipsetKey = List.copyOf(headTipsetKey);
    Objects.requireNonNull(f3Data, "f3Data");
  }

  /** Version-2 metadata. */
  public static SnapshotMetadata of(List<Cid> headTipsetKey, Optional<Cid> f3Data) {
    return new SnapshotMetadata(VERSION, headTipsetKey, f3Data);
  }
}
