package io.f3console.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** go-address bytes and text forms: known values, strictness, and seeded round trips. */
class AddressTest {
  @Test
  void idAddressesHaveTheVarintBytes() throws Exception {
    assertThat(Address.id(4).toHex()).isEqualTo("0004");
    assertThat(Address.id(100).toHex()).isEqualTo("0064");
    assertThat(Address.id(1000).toHex()).isEqualTo("00e807");
    assertThat(Address.fromBytes(HexFormat.of().parseHex("00e907")).toString()).isEqualTo("f01001");
    assertThat(Address.parse("t01001")).isEqualTo(Address.id(1001));
  }

  @Test
  void aRealBlsWorkerKeyReadsBackFromItsText() throws Exception {
    String text =
        "f3vx46rgxleuqvfaiuu677dpgna2bycnudu6kufpudsgwjft53t6d52hcpykyczpjsnbc3ntchiuzmxodmxnma";
    Address address = Address.parse(text);
    assertThat(address.protocol()).isEqualTo(Address.Protocol.BLS);
    assertThat(HexFormat.of().formatHex(address.payload())).startsWith("adf9e89aeb2521528114");
    assertThat(address.toString()).isEqualTo(text);
  }

  @Test
  void malformedBytesAreRefused() {
    HexFormat hex = HexFormat.of();
    for (String bad :
        new String[] {
          "",
          "05",
          "0080",
          "00e80700",
          "01" + "00".repeat(19),
          "03" + "00".repeat(47),
          "04" + "00" + "00".repeat(55),
          "00" + "ff".repeat(9) + "01"
        }) {
      assertThatThrownBy(() -> Address.fromBytes(hex.parseHex(bad)))
          .as(bad)
          .isInstanceOf(AddressFormatException.class);
    }
  }

  @Test
  void malformedTextIsRefused() {
    for (String bad :
        new String[] {
          "x01000",
          "f0",
          "f001",
          "f5abc",
          "f0-1",
          "f1abcdefghijklmnopqrstuvwxyzabcdefghijklmn",
          "f4f" + "aaaaaaaa"
        }) {
      assertThatThrownBy(() -> Address.parse(bad))
          .as(bad)
          .isInstanceOf(AddressFormatException.class);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 0x5eed})
  void randomAddressesRoundTripThroughBytesAndText(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 400; i++) {
      Address address = random(random);
      assertThat(Address.fromBytes(address.toBytes())).isEqualTo(address);
      assertThat(Address.parse(address.toString())).isEqualTo(address);
      assertThat(Address.parse(address.toString('t'))).isEqualTo(address);
      if (!address.isId()) {
        String text = address.toString();
        int at = 2 + random.nextInt(text.length() - 2);
        char replacement = text.charAt(at) == 'a' ? 'b' : 'a';
        String mutated = text.substring(0, at) + replacement + text.substring(at + 1);
        assertThatThrownBy(
                () -> {
                  Address other = Address.parse(mutated);
                  assertThat(other).isNotEqualTo(address);
                  if (other.protocol() != Address.Protocol.DELEGATED) {
                    throw new AssertionError("mutated " + mutated + " accepted");
                  }
                  throw new AddressFormatException("namespace changed");
                })
            .as(mutated)
            .isInstanceOf(AddressFormatException.class);
      }
    }
  }

  private static Address random(SplittableRandom random) throws AddressFormatException {
    return switch (random.nextInt(5)) {
      case 0 ->
          Address.id(
              random.nextInt(3) == 0 ? random.nextLong(Long.MAX_VALUE) : random.nextInt(100_000));
      case 1 -> Address.secp256k1(bytes(random, Address.HASH_PAYLOAD_LENGTH));
      case 2 -> Address.actor(bytes(random, Address.HASH_PAYLOAD_LENGTH));
      case 3 -> Address.bls(bytes(random, Address.BLS_PAYLOAD_LENGTH));
      default ->
          Address.delegated(
              random.nextInt(2000),
              bytes(random, random.nextInt(Address.MAX_SUBADDRESS_LENGTH + 1)));
    };
  }

  private static byte[] bytes(SplittableRandom random, int length) {
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = (byte) random.nextInt(256);
    }
    return out;
  }
}
