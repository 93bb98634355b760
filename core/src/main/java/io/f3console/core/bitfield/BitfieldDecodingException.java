package io.f3console.core.bitfield;

import io.f3console.core.F3Exception;

/**
 * A bitfield in RLE+ bytes or in the JSON run-length form that go-bitfield would not accept. The
 * message names the rule that was broken and where: the byte or bit offset in an RLE+ buffer, or
 * the index of a run-length entry.
 */
public class BitfieldDecodingException extends F3Exception {
  private static final long serialVersionUID = 1L;

  public BitfieldDecodingException(String message) {
    super(message);
  }

  public BitfieldDecodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
