package io.f3console.core.cid;

import io.f3console.core.F3Exception;

/** A CID, multihash, varint or multibase string that does not parse, with what and where. */
public class CidFormatException extends F3Exception {
  private static final long serialVersionUID = 1L;

  public CidFormatException(String message) {
    super(message);
  }
}
