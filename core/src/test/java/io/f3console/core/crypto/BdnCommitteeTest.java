package io.f3console.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import supranational.blst.P1_Affine;

/** Preparing committees and aggregating keys with each multiplication method. */
class BdnCommitteeTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final BigInteger TWO_TO_128 = BigInteger.ONE.shiftLeft(128);
  private static List<byte[]> keys;

  @BeforeAll
  static void makeKeys() throws Exception {
    keys = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      BigInteger secret =
          BlsSignatures.secretKeyFromSeed(
              ("committee-test-" + i).getBytes(StandardCharsets.US_ASCII));
      keys.add(Bls.publicKeyFromSecret(secret));
    }
  }

  static Stream<Arguments> badKeys() {
    JsonNode vectors =
        TestJson.resource("/vectors/bls/g1_public_key_checks.json").required("vectors");
    return StreamSupport.stream(vectors.spliterator(), false)
        .filter(vector -> !vector.required("status").asText().equals("VALID"))
        .map(
            vector ->
                Arguments.of(
                    vector.required("name").asText(),
                    vector.required("key").asText(),
                    KeyStatus.valueOf(vector.required("status").asText())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badKeys")
  void unusableKeyAnywhereFailsThePreparationNamingTheEntry(
      String name, String hex, KeyStatus status) {
    List<byte[]> table = new ArrayList<>(keys.subList(0, 12));
    table.set(7, HEX.parseHex(hex));

    assertThatThrownBy(() -> BdnCommittee.prepare(table))
        .isInstanceOfSatisfying(
            InvalidPublicKeyException.class,
            e -> {
              assertThat(e.entryIndex()).hasValue(7);
              assertThat(e.status()).isEqualTo(status);
              assertThat(e.getMessage()).startsWith("public key of entry 7 ");
            });
  }

  @Test
  void messageNamesTheEntryAndTheSubgroup() {
    byte[] xFour = new byte[48];
    xFour[0] = (byte) 0x80;
    xFour[47] = 4;
    List<byte[]> table = new ArrayList<>(keys.subList(0, 3));
    table.add(1, xFour);

    assertThatThrownBy(() -> BdnCommittee.prepare(table))
        .hasMessage("public key of entry 1 is not in the G1 subgroup");
  }

  @Test
  void weightsAreTheCoefficientsPlusOneOverTheWholeList() throws Exception {
    List<byte[]> table = keys.subList(0, 50);
    BdnCommittee committee = BdnCommittee.prepare(table);
    BigInteger[] coefficients = BdnCoefficients.compute(table);

    assertThat(committee.size()).isEqualTo(50);
    for (int i = 0; i < 50; i++) {
      assertThat(committee.weight(i)).isEqualTo(coefficients[i].add(BigInteger.ONE));
      assertThat(committee.key(i).compressed()).isEqualTo(table.get(i));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 31, 32, 33, 64, 150, 200})
  void allMethodsAgreeOnRandomSubsets(int size) throws Exception {
    requireNative();
    BdnCommittee committee = BdnCommittee.prepare(keys.subList(0, size));
    SplittableRandom random = new SplittableRandom(size);
    for (int round = 0; round < 3; round++) {
      int[] signers = randomSubset(random, size);
      assertAllMethodsAgree(committee, signers);
    }
    assertAllMethodsAgree(committee, IntStream.range(0, size).toArray());
  }

  @Test
  void emptySignerSetAggregatesToTheIdentity() throws Exception {
    BdnCommittee committee = BdnCommittee.prepare(keys.subList(0, 10));
    byte[] identity = new byte[48];
    identity[0] = (byte) 0xc0;

    for (MsmMethod method : MsmMethod.values()) {
      AggregateKey key = committee.aggregate(new int[0], method);
      assertThat(key.compressed()).isEqualTo(identity);
      assertThat(key.isIdentity()).isTrue();
    }
  }

  @Test
  void singleSignerAggregatesToItsWeightedKey() throws Exception {
    requireNative();
    BdnCommittee committee = BdnCommittee.prepare(keys.subList(0, 10));
    for (int signer : new int[] {0, 4, 9}) {
      AggregateKey nativeKey = committee.aggregate(new int[] {signer}, MsmMethod.NATIVE);
      assertThat(nativeKey)
          .isEqualTo(committee.aggregate(new int[] {signer}, MsmMethod.JAVA))
          .isEqualTo(committee.aggregate(new int[] {signer}, MsmMethod.NAIVE));
      assertThat(nativeKey.compressed()).isNotEqualTo(keys.get(signer));
    }
  }

  @Test
  void weightOneGivesTheKeyItself() throws Exception {
    G1Key key = G1Key.decode(keys.get(3));
    BdnCommittee committee =
        BdnCommittee.withWeights(List.of(key), new BigInteger[] {BigInteger.ONE});

    for (MsmMethod method : availableMethods()) {
      assertThat(committee.aggregate(new int[] {0}, method).compressed()).isEqualTo(keys.get(3));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 40})
  void extremeWeightsUpTo129BitsAgree(int size) throws Exception {
    requireNative();
    List<G1Key> decoded = new ArrayList<>();
    BigInteger[] extremes = {
      TWO_TO_128,
      TWO_TO_128.add(BigInteger.ONE),
      BigInteger.ONE.shiftLeft(129).subtract(BigInteger.ONE),
      TWO_TO_128.subtract(BigInteger.ONE),
      BigInteger.ZERO,
      BigInteger.ONE
    };
    BigInteger[] weights = new BigInteger[size];
    for (int i = 0; i < size; i++) {
      decoded.add(G1Key.decode(keys.get(i)));
      weights[i] = extremes[i % extremes.length];
    }
    BdnCommittee committee = BdnCommittee.withWeights(decoded, weights);

    assertAllMethodsAgree(committee, IntStream.range(0, size).toArray());
    assertAllMethodsAgree(committee, new int[] {0});
  }

  @Test
  void twoToThe128IsNotTruncated() throws Exception {
    G1Key key = G1Key.decode(keys.get(0));
    BdnCommittee large = BdnCommittee.withWeights(List.of(key), new BigInteger[] {TWO_TO_128});
    BdnCommittee zero = BdnCommittee.withWeights(List.of(key), new BigInteger[] {BigInteger.ZERO});

    for (MsmMethod method : availableMethods()) {
      assertThat(large.aggregate(new int[] {0}, method))
          .isNotEqualTo(zero.aggregate(new int[] {0}, method))
          .isEqualTo(large.aggregate(new int[] {0}, MsmMethod.NAIVE));
    }
  }

  @Test
  void realMainnetKeyListWithAThousandSignersAgrees() throws Exception {
    requireNative();
    BdnCommittee committee = BdnCommittee.prepare(TestOnlyMainnetCertificates.mainnetInitialKeys());
    int[] signers = randomSubset(new SplittableRandom(1560), 1560);
    int[] thousand = Arrays.copyOf(signers, Math.min(1000, signers.length));

    assertAllMethodsAgree(committee, thousand);
  }

  @Test
  void signerIndexesMustBeInRangeAndDistinct() throws Exception {
    BdnCommittee committee = BdnCommittee.prepare(keys.subList(0, 5));

    assertThatThrownBy(() -> committee.aggregate(new int[] {5}))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> committee.aggregate(new int[] {-1}))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> committee.aggregate(new int[] {1, 2, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repeated");
  }

  @Test
  void signerOrderDoesNotMatter() throws Exception {
    BdnCommittee committee = BdnCommittee.prepare(keys.subList(0, 40));

    assertThat(committee.aggregate(new int[] {3, 17, 39, 0}))
        .isEqualTo(committee.aggregate(new int[] {0, 3, 17, 39}));
  }

  @Test
  void reorderedKeyListGivesDifferentWeightsAndKeys() throws Exception {
    List<byte[]> table = new ArrayList<>(keys.subList(0, 20));
    BdnCommittee original = BdnCommittee.prepare(table);
    java.util.Collections.swap(table, 0, 19);
    BdnCommittee reordered = BdnCommittee.prepare(table);

    assertThat(reordered.weight(19)).isNotEqualTo(original.weight(0));
    assertThat(reordered.aggregate(new int[] {1, 2}))
        .isNotEqualTo(original.aggregate(new int[] {1, 2}));
  }

  private static void assertAllMethodsAgree(BdnCommittee committee, int[] signers)
      throws Exception {
    AggregateKey naive = committee.aggregate(signers, MsmMethod.NAIVE);
    assertThat(committee.aggregate(signers, MsmMethod.JAVA)).isEqualTo(naive);
    assertThat(committee.aggregate(signers, MsmMethod.NATIVE)).isEqualTo(naive);
    assertThat(Bls.checkPublicKey(naive.compressed()).status())
        .isIn(KeyStatus.VALID, KeyStatus.IDENTITY);
    // The compressed form is derived in Java from blst's uncompressed output; blst agrees.
    assertThat(naive.compressed()).isEqualTo(new P1_Affine(naive.uncompressed()).compress());
  }

  static int[] randomSubset(SplittableRandom random, int size) {
    int[] all = IntStream.range(0, size).toArray();
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = all[i];
      all[i] = all[j];
      all[j] = swap;
    }
    return Arrays.copyOf(all, 1 + random.nextInt(size));
  }

  private static List<MsmMethod> availableMethods() {
    return MsmChoice.nativeAvailable()
        ? List.of(MsmMethod.values())
        : List.of(MsmMethod.JAVA, MsmMethod.NAIVE);
  }

  static void requireNative() {
    Assumptions.assumeTrue(
        MsmChoice.nativeAvailable(),
        () -> "native blst unavailable: " + SignatureVerifier.nativeBlst().description());
  }
}
