package io.f3console.core.cid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.testing.Vectors;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MultihashTest {

  @Test
  void sha256OfHelloIsTheKnownDigest() {
    Multihash hash = Multihash.sha256("hello".getBytes(StandardCharsets.UTF_8));

    assertThat(hash.code()).isEqualTo(Multicodec.SHA2_256);
    assertThat(Vectors.hex(hash.digest()))
        .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
  }

  @Test
  void blake2b256OfARangeEqualsBlake2b256OfTheCopy() {
    byte[] framed = "xxptyy".getBytes(StandardCharsets.UTF_8);

    Multihash hash = Multihash.blake2b256(framed, 2, 2);

    assertThat(hash).isEqualTo(Multihash.blake2b256("pt".getBytes(StandardCharsets.UTF_8)));
    assertThat(Vectors.hex(hash.digest()))
        .isEqualTo("fb3e4d513234f94f1067bd4a496bb848f0730d9b7c7ffa5ac54eecabb6acd3c7");
  }

  @Test
  void ofCopiesTheDigestInAndOut() {
    byte[] digest = {1, 2, 3};
    Multihash hash = Multihash.of(0x12, digest);
    digest[0] = 9;
    hash.digest()[1] = 9;

    assertThat(hash.digest()).containsExactly(1, 2, 3);
    assertThat(hash.digestLength()).isEqualTo(3);
  }

  @Test
  void ofRefusesNegativeCodesAndOverlongDigests() {
    assertThatThrownBy(() -> Multihash.of(-1, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Multihash.of(0, new byte[Multihash.MAX_DIGEST_LENGTH + 1]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalityIsOnCodeAndDigest() {
    Multihash a = Multihash.of(0x12, new byte[] {1});

    assertThat(a)
        .isEqualTo(Multihash.of(0x12, new byte[] {1}))
        .hasSameHashCodeAs(Multihash.of(0x12, new byte[] {1}))
        .isNotEqualTo(Multihash.of(0x13, new byte[] {1}))
        .isNotEqualTo(Multihash.of(0x12, new byte[] {2}))
        .isNotEqualTo(Multihash.of(0x12, new byte[] {1, 0}));
  }

  @Test
  void printsCodeNameAndHexDigest() {
    assertThat(Multihash.of(Multicodec.BLAKE2B_256, new byte[] {0x0a, (byte) 0xff}))
        .hasToString("blake2b-256:0aff");
    assertThat(Multihash.of(0x1234, new byte[0])).hasToString("0x1234:");
  }

  @Test
  void parseRejectsDigestShorterThanDeclared() {
    byte[] bytes = Vectors.hex("1203aabb");

    assertThatThrownBy(() -> Multihash.parse(bytes, 0, bytes.length))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("declares 3 digest bytes but only 2 follow");
  }

  @Test
  void parseRejectsBytesAfterTheDigest() {
    byte[] bytes = Vectors.hex("1201aabbcc");

    assertThatThrownBy(() -> Multihash.parse(bytes, 0, bytes.length))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("2 trailing bytes after the multihash digest");
  }

  @Test
  void parseReadsOnlyItsRange() throws CidFormatException {
    byte[] bytes = Vectors.hex("ff1201aaff");

    assertThat(Multihash.parse(bytes, 1, 4)).isEqualTo(Multihash.of(0x12, new byte[] {-86}));
    assertThatThrownBy(() -> Multihash.parse(bytes, 1, 3))
        .isInstanceOf(CidFormatException.class)
        .hasMessageContaining("declares 1 digest bytes but only 0 follow");
  }

  @ParameterizedTest
  @CsvSource({
    "0, identity",
    "18, sha2-256",
    "85, raw",
    "112, dag-pb",
    "113, dag-cbor",
    "297, dag-json",
    "45600, blake2b-256",
    "19, 0x13",
    "45601, 0xb221",
    "9223372036854775807, 0x7fffffffffffffff"
  })
  void multicodecNamesKnownCodesAndHexForOthers(long code, String name) {
    assertThat(Multicodec.name(code)).isEqualTo(name);
  }
}
