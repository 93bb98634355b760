package io.f3console.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Keccak256Test {
  // Well-known legacy Keccak-256 digests (as in Ethereum); SHA3-256 of "" would be a7ffc6f8...
  private static final String EMPTY =
      "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470";
  private static final String ABC =
      "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45";

  @Test
  void hashesEmptyInputWithLegacyKeccakNotSha3() {
    assertThat(HexFormat.of().formatHex(Keccak256.hash())).isEqualTo(EMPTY);
    assertThat(HexFormat.of().formatHex(Keccak256.hash(new byte[0]))).isEqualTo(EMPTY);
  }

  @Test
  void hashesAbc() {
    assertThat(HexFormat.of().formatHex(Keccak256.hash("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo(ABC);
  }

  @Test
  void hashesConcatenationOfParts() {
    byte[] whole = Keccak256.hash("abc".getBytes(StandardCharsets.US_ASCII));
    byte[] parts = Keccak256.hash(new byte[] {'a'}, new byte[0], new byte[] {'b', 'c'});

    assertThat(parts).isEqualTo(whole).hasSize(Keccak256.DIGEST_LENGTH);
  }
}
