package io.f3console.core.snapshot;

import io.f3console.core.F3Exception;

/**
 * An F3 snapshot or CAR file that cannot be read: a malformed or oversized length, a truncated
 * block, CBOR that breaks a rule, a block whose bytes do not match its CID. The message names the
 * file, the block and the byte offset; {@link #offset()} gives the offset alone.
 */
public class SnapshotFormatException extends F3Exception {
  private static final long serialVersionUID = 1L;

  private final long offset;

  public SnapshotFormatException(String message, long offset) {
    super(message);
    this.offset = offset;
  }

  public SnapshotFormatException(String message, long offset, Throwable cause) {
    super(message, cause);
    this.offset = offset;
  }

  /** The byte offset in the file (or stream) where the problem was found. */
  public long offset() {
    return offset;
  }
}
