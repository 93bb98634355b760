package io.f3console.core.certs;

import static io.f3console.core.testing.Vectors.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.SupplementalData;
import io.f3console.core.testing.Mutations;
import io.f3console.core.testing.RandomCertificates;
import io.f3console.core.testing.Vectors;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Round trips, strictness and mutations of the certificate CBOR. */
class FinalityCertificateCborTest {
  /** The reference's 420-byte synthetic certificate, as hex. */
  static final String SYNTHETIC =
      Vectors.load("certs/vectors.json").get("synthetic").get("cbor").asText();

  private static final String SIGNATURE_HEADER = "5860";
  private static final String SUPPLEMENTAL_START = "8258200000";

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomCertificatesRoundTripThroughCborAndJson(long seed) throws Exception {
    FinalityCertificate certificate = RandomCertificates.certificate(new SplittableRandom(seed));
    byte[] cbor = FinalityCertificateCbor.encode(certificate);
    FinalityCertificate decoded = FinalityCertificateCbor.decode(cbor);
    assertThat(decoded).isEqualTo(certificate);
    assertThat(FinalityCertificateCbor.encode(decoded)).isEqualTo(cbor);

    for (String json :
        List.of(CertificateJson.toJson(decoded), CertificateJson.toIndentedJson(decoded))) {
      List<FinalityCertificate> back =
          CertificateJson.readAll(
              new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "seed " + seed);
      assertThat(back).containsExactly(certificate);
    }
  }

  @Test
  void keepsNonCanonicalSignersBytesAndWritesThemBack() throws Exception {
    // 54 02 is {0, 1} followed by an explicit unset run of 1: accepted, not canonical.
    String hex = SYNTHETIC.replace("4154" + SIGNATURE_HEADER, "425402" + SIGNATURE_HEADER);
    FinalityCertificate canonical = FinalityCertificateCbor.decode(hex(SYNTHETIC));
    FinalityCertificate odd = FinalityCertificateCbor.decode(hex(hex));
    assertThat(odd.signers()).isEqualTo(canonical.signers());
    assertThat(odd.signersEncoding().map(Vectors::hex)).contains("5402");
    assertThat(Vectors.hex(FinalityCertificateCbor.encode(odd))).isEqualTo(hex);
    assertThat(odd).isNotEqualTo(canonical);
    assertThat(odd.withSigners(odd.signers())).isEqualTo(canonical);
    assertThat(FinalityCertificateCbor.encode(odd.withSigners(Bitfield.of(0, 1))))
        .isEqualTo(hex(SYNTHETIC));
  }

  @Test
  void nullChainDecodesAsTheZeroChainAndIsWrittenAsAnEmptyArray() throws Exception {
    FinalityCertificate certificate = FinalityCertificateCbor.decode(hex(SYNTHETIC));
    byte[] zero = FinalityCertificateCbor.encode(certificate.withChain(ECChain.ZERO));
    assertThat(Vectors.hex(zero)).startsWith("860080" + SUPPLEMENTAL_START);
    String withNull = Vectors.hex(zero).replaceFirst("^860080", "8600f6");
    FinalityCertificate decoded = FinalityCertificateCbor.decode(hex(withNull));
    assertThat(decoded.chain()).isSameAs(ECChain.ZERO);
    assertThat(FinalityCertificateCbor.encode(decoded)).isEqualTo(zero);
  }

  @Test
  void refusesToEncodeAnUndefinedPowerTable() throws Exception {
    FinalityCertificate certificate =
        FinalityCertificateCbor.decode(hex(SYNTHETIC))
            .withSupplementalData(SupplementalData.of(new byte[32], Optional.empty()));
    assertThatThrownBy(() -> FinalityCertificateCbor.encode(certificate))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("power-table CID");
  }

  static Stream<Arguments> malformed() {
    String deltaKey49 = "81831903e842000158310" + "0".repeat(97);
    return Stream.of(
        Arguments.of(
            "trailing byte",
            SYNTHETIC + "00",
            "1 unexpected trailing bytes after the finality certificate at byte 420"),
        Arguments.of("truncated", SYNTHETIC.substring(0, 300), "truncated"),
        Arguments.of(
            "five fields",
            "85" + SYNTHETIC.substring(2),
            "FinalityCertificate: wrong number of fields: expected 6, found 5 at byte 0"),
        Arguments.of(
            "tipset of three fields",
            SYNTHETIC.replaceFirst("^86008284", "86008283"),
            "ECChain[0]: wrong number of fields: expected 4, found 3 at byte 3"),
        Arguments.of(
            "non-canonical instance",
            "861800" + SYNTHETIC.substring(4),
            "GPBFTInstance: cbor input was not canonical"),
        Arguments.of(
            "negative instance",
            "8620" + SYNTHETIC.substring(4),
            "GPBFTInstance: expected unsigned integer, found negative integer"),
        Arguments.of(
            "over 8192 tipsets",
            "8600992001" + SYNTHETIC.substring(6),
            "ECChain: array length 8193 exceeds the limit of 8192 at byte 2"),
        Arguments.of(
            "31-byte supplemental commitments",
            SYNTHETIC.replace(SUPPLEMENTAL_START, "82581f0000"),
            "SupplementalData.Commitments: expected 32 bytes, found 31 at byte 242"),
        Arguments.of(
            "signers over 32 KiB",
            SYNTHETIC.replace("4154" + SIGNATURE_HEADER, "59800154" + SIGNATURE_HEADER),
            "Signers: byte string length 32769 exceeds the limit"),
        Arguments.of(
            "RLE+ with version bits 01",
            SYNTHETIC.replace("4154" + SIGNATURE_HEADER, "4155" + SIGNATURE_HEADER),
            "Signers: RLE+ bitfield"),
        Arguments.of(
            "signature over 2 MiB",
            SYNTHETIC.replace(SIGNATURE_HEADER + "8b00", "5a00200001" + "8b00"),
            "Signature: byte string length 2097153 exceeds the limit"),
        Arguments.of(
            "over 8192 deltas",
            SYNTHETIC.substring(0, 838) + "992001",
            "PowerTableDelta: array length 8193 exceeds the limit of 8192 at byte 419"),
        Arguments.of(
            "49-byte signing key",
            SYNTHETIC.substring(0, 838) + deltaKey49,
            "PowerTableDelta[0].SigningKey: byte string length 49 exceeds the limit of 48"),
        Arguments.of(
            "big integer with sign byte 02",
            SYNTHETIC.substring(0, 838) + "81831903e84202014100",
            "PowerTableDelta[0].PowerDelta: big integer has invalid sign byte 0x02"),
        Arguments.of(
            "null tipset power table",
            SYNTHETIC.replaceFirst("d82a5827", "f6"),
            "ECChain[0].PowerTable: expected tag, found null"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void refusesMalformedCborWithFieldAndOffset(String name, String hex, String expected) {
    assertThatThrownBy(() -> FinalityCertificateCbor.decode(hex(hex)))
        .isInstanceOf(CborDecodingException.class)
        .hasMessageContaining(expected)
        .hasMessageContaining(" at byte ");
  }

  @Test
  void aDeltaDecodesAndReEncodes() throws Exception {
    String withDelta = SYNTHETIC.substring(0, 838) + "81831903e8420001" + "40";
    FinalityCertificate certificate = FinalityCertificateCbor.decode(hex(withDelta));
    assertThat(certificate.powerTableDelta())
        .singleElement()
        .satisfies(d -> assertThat(d.participant().bits()).isEqualTo(1000));
    assertThat(Vectors.hex(FinalityCertificateCbor.encode(certificate))).isEqualTo(withDelta);
  }

  @ParameterizedTest
  @MethodSource("mutationSeeds")
  void mutatedBytesAreRefusedOrDecodeToAnotherCertificate(long seed) throws Exception {
    byte[] original = hex(SYNTHETIC);
    FinalityCertificate certificate = FinalityCertificateCbor.decode(original);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 100; i++) {
      byte[] mutated = Mutations.mutate(original, random);
      if (Arrays.equals(mutated, original)) {
        continue; // a byte overwritten with its own value
      }
      try {
        FinalityCertificate decoded = FinalityCertificateCbor.decode(mutated);
        assertThat(decoded).as("mutation %d of seed %d", i, seed).isNotEqualTo(certificate);
      } catch (CborDecodingException expected) {
        assertThat(expected.offset()).isBetween(0L, (long) mutated.length);
      }
    }
  }

  static LongStream mutationSeeds() {
    return LongStream.range(0, 50);
  }
}
