package io.f3console.core.rpc;

import io.f3console.core.PrintableText;
import io.f3console.core.cid.Base58;
import io.f3console.core.cid.CidFormatException;
import java.util.Objects;

/**
 * A libp2p peer ID in the base58 form Lotus and Forest print ({@code 12D3KooW…} for an Ed25519 key,
 * {@code 16Uiu2…} for secp256k1, {@code Qm…} for RSA): a node's identity ({@code Filecoin.ID}) and
 * the issuer a participation ticket names. Only the form is checked: base58 text of a multihash
 * that is either the key itself (identity, at most 42 bytes, libp2p's limit for inlined keys) or
 * its SHA2-256 digest.
 *
 * @param text the base58 text
 */
public record PeerId(String text) {
  /** Longer text is not a peer ID: the longest inlined key is 42 bytes, some 60 characters. */
  public static final int MAX_LENGTH = 128;

  private static final int IDENTITY = 0x00;
  private static final int SHA2_256 = 0x12;
  private static final int MAX_INLINED_KEY = 42;

  /**
   * Checks that {@code text} is a base58 peer ID.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public PeerId {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a peer ID is 1 to " + MAX_LENGTH + " base58 characters, not " + text.length());
    }
    byte[] multihash;
    try {
      multihash = Base58.decode(text);
    } catch (CidFormatException e) {
      throw new IllegalArgumentException(
          "not a base58 peer ID: " + PrintableText.line(e.getMessage()), e);
    }
    if (multihash.length < 2 || (multihash[1] & 0x80) != 0) {
      throw new IllegalArgumentException("not a peer ID: too short for a multihash");
    }
    int code = multihash[0] & 0xff;
    int length = multihash[1] & 0xff;
    if (length != multihash.length - 2) {
      throw new IllegalArgumentException(
          "not a peer ID: its multihash says "
              + length
              + " bytes of digest, it has "
              + (multihash.length - 2));
    }
    boolean fits =
        (code == IDENTITY && length > 0 && length <= MAX_INLINED_KEY)
            || (code == SHA2_256 && length == 32);
    if (!fits) {
      throw new IllegalArgumentException(
          "not a peer ID: a multihash with code 0x"
              + Integer.toHexString(code)
              + " and "
              + length
              + " bytes (a peer ID is an inlined key of at most "
              + MAX_INLINED_KEY
              + " bytes or a SHA2-256 digest)");
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
