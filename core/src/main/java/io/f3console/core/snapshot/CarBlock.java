package io.f3console.core.snapshot;

import io.f3console.core.cid.Cid;
import java.util.Objects;

/**
 * A block read whole from a CAR, after its data was checked against its CID.
 *
 * @param section where the block is
 * @param data the block's bytes (copied in and out)
 */
public record CarBlock(CarSection section, byte[] data) {
  public CarBlock {
    Objects.requireNonNull(section, "section");
    data = data.clone();
  }

  public Cid cid() {
    return section.cid();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CarBlock that
        && section.equals(that.section)
        && java.util.Arrays.equals(data, that.data);
  }

  @Override
  public int hashCode() {
    return section.hashCode() * 31 + java.util.Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "CarBlock["
        + section.cid()
        + ", "
        + data.length
        + " bytes at byte "
        + section.dataOffset()
        + "]";
  }
}
