package io.f3console.core.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.cid.Base58;
import io.f3console.core.testing.PeerIds;
import org.junit.jupiter.api.Test;

/** Peer IDs: the forms libp2p prints are accepted, anything else is refused with why. */
class PeerIdTest {
  @Test
  void ed25519AndRsaPeerIdsAreAccepted() {
    String ed25519 = PeerIds.ed25519(1);
    String rsa = PeerIds.rsa(1);

    assertThat(new PeerId(ed25519).text()).startsWith("12D3KooW");
    assertThat(new PeerId(rsa).text()).startsWith("Qm");
  }

  @Test
  void textThatIsNoPeerIdIsRefused() {
    assertThatThrownBy(() -> new PeerId("")).hasMessageContaining("1 to 128");
    assertThatThrownBy(() -> new PeerId("1".repeat(129))).hasMessageContaining("not 129");
    assertThatThrownBy(() -> new PeerId("12D3KooW0"))
        .hasMessageContaining("invalid base58 character '0'");
    // a digest length that is not what follows
    assertThatThrownBy(() -> new PeerId(Base58.encode(new byte[] {0x12, 0x20, 1, 2, 3})))
        .hasMessageContaining("says 32 bytes of digest, it has 3");
    // SHA-1 (0x11) is a multihash but not a peer ID
    byte[] sha1 = new byte[22];
    sha1[0] = 0x11;
    sha1[1] = 20;
    assertThatThrownBy(() -> new PeerId(Base58.encode(sha1)))
        .hasMessageContaining("code 0x11 and 20 bytes");
    // an inlined key longer than libp2p inlines
    byte[] longKey = new byte[45];
    longKey[1] = 43;
    assertThatThrownBy(() -> new PeerId(Base58.encode(longKey))).hasMessageContaining("at most 42");
  }
}
