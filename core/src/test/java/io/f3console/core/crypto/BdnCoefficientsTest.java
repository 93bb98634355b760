package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.testing.SharedData;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.bouncycastle.crypto.digests.Blake2xsDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link BdnCoefficients} against the vectors of {@code bdn_coefficients.json}. */
class BdnCoefficientsTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final JsonNode VECTORS = TestJson.resource("/vectors/bls/bdn_coefficients.json");

  static Stream<Arguments> realTables() {
    return StreamSupport.stream(VECTORS.required("realTables").spliterator(), false)
        .map(
            vector ->
                Arguments.of(
                    vector.required("file").asText(),
                    vector.required("size").asInt(),
                    vector.required("index").asInt(),
                    vector.required("coefficient").asText()));
  }

  @ParameterizedTest(name = "{0} c{2}")
  @MethodSource("realTables")
  void coefficientsOfTheRealInitialTables(String file, int size, int index, String expected)
      throws Exception {
    List<byte[]> keys = keys(file);
    assertThat(keys).hasSize(size);

    BigInteger[] coefficients = BdnCoefficients.compute(keys);

    assertThat(coefficients).hasSize(size);
    assertThat(coefficients[index]).isEqualTo(new BigInteger(expected, 16));
  }

  @Test
  void coefficientsOfTheSyntheticTable() {
    JsonNode table = VECTORS.required("syntheticTable");
    List<byte[]> keys = hexList(table.required("publicKeys"));

    BigInteger[] coefficients = BdnCoefficients.compute(keys);
    BigInteger[] weights = BdnCoefficients.weights(keys);

    List<String> expected = new ArrayList<>();
    table.required("coefficients").forEach(node -> expected.add(node.asText()));
    for (int i = 0; i < keys.size(); i++) {
      assertThat(coefficients[i]).isEqualTo(new BigInteger(expected.get(i), 16));
      assertThat(weights[i]).isEqualTo(coefficients[i].add(BigInteger.ONE));
    }
  }

  @Test
  void coefficientsDependOnTheOrderOfTheWholeList() {
    List<byte[]> keys = hexList(VECTORS.required("syntheticTable").required("publicKeys"));
    List<byte[]> swapped = List.of(keys.get(1), keys.get(0), keys.get(2));

    BigInteger[] original = BdnCoefficients.compute(keys);
    BigInteger[] reordered = BdnCoefficients.compute(swapped);
    BigInteger[] prefix = BdnCoefficients.compute(keys.subList(0, 2));

    assertThat(reordered[0]).isNotEqualTo(original[1]);
    assertThat(reordered[2]).isNotEqualTo(original[2]);
    assertThat(prefix[0]).isNotEqualTo(original[0]);
  }

  @Test
  void coefficientsAreLittleEndianSixteenByteChunksOfTheXof() {
    List<byte[]> keys = hexList(VECTORS.required("syntheticTable").required("publicKeys"));
    byte[] output = BdnCoefficients.xofOutput(keys);

    assertThat(output).hasSize(3 * BdnCoefficients.COEFFICIENT_LENGTH);
    byte[] reversed = new byte[16];
    for (int i = 0; i < 16; i++) {
      reversed[i] = output[16 + 15 - i];
    }
    assertThat(BdnCoefficients.compute(keys)[1]).isEqualTo(new BigInteger(1, reversed));
  }

  @Test
  void bouncyCastleXofMatchesGoUnknownLengthVector() {
    JsonNode vector = VECTORS.required("blake2xsUnknownLength");
    byte[] key = counting(vector.required("keyBytes").asInt());
    byte[] input = counting(vector.required("inputBytes").asInt());
    byte[] expected = HEX.parseHex(vector.required("output").asText());

    Blake2xsDigest xof = new Blake2xsDigest(Blake2xsDigest.UNKNOWN_DIGEST_LENGTH, key);
    xof.update(input, 0, input.length);
    byte[] output = new byte[expected.length];
    xof.doOutput(output, 0, 20);
    xof.doOutput(output, 20, expected.length - 20);

    assertThat(HEX.formatHex(output)).isEqualTo(vector.required("output").asText());
  }

  @Test
  void emptyListHasNoCoefficients() {
    assertThat(BdnCoefficients.compute(List.of())).isEmpty();
    assertThat(BdnCoefficients.weights(List.of())).isEmpty();
  }

  static List<byte[]> keys(String sharedDataFile) throws Exception {
    List<byte[]> keys = new ArrayList<>();
    for (PowerEntry entry : PowerTableFiles.read(SharedData.file(sharedDataFile)).entries()) {
      keys.add(entry.pubKey().toBytes());
    }
    return keys;
  }

  static List<byte[]> hexList(JsonNode array) {
    List<byte[]> values = new ArrayList<>();
    array.forEach(node -> values.add(HEX.parseHex(node.asText())));
    return values;
  }

  private static byte[] counting(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }
}
