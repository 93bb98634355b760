package io.f3console.core.testing;

import io.f3console.core.cid.Base58;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Made-up libp2p peer IDs in the forms libp2p prints: an Ed25519 key inlined in an identity
 * multihash ({@code 12D3KooW…}) and an RSA key's SHA2-256 multihash ({@code Qm…}).
 */
public final class PeerIds {
  private PeerIds() {}

  /**
   * The peer ID of a made-up Ed25519 key: the multihash {@code 00 24} of the protobuf key {@code 08
   * 01 12 20} followed by 32 key bytes, each {@code seed}.
   */
  public static String ed25519(int seed) {
    byte[] id = new byte[38];
    id[0] = 0x00;
    id[1] = 0x24;
    id[2] = 0x08;
    id[3] = 0x01;
    id[4] = 0x12;
    id[5] = 0x20;
    for (int i = 6; i < id.length; i++) {
      id[i] = (byte) seed;
    }
    return Base58.encode(id);
  }

  /** The peer ID of a made-up RSA key: SHA2-256 of {@code seed}'s bytes, as a multihash. */
  public static String rsa(int seed) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(Integer.toString(seed).getBytes());
      byte[] id = new byte[34];
      id[0] = 0x12;
      id[1] = 0x20;
      System.arraycopy(digest, 0, id, 2, 32);
      return Base58.encode(id);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
