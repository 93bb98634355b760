package io.f3console.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MerkleTreeTest {
  private static final String GOLDEN = "/vectors/merkle/golden.json";

  static List<Arguments> goldenRoots() throws IOException {
    JsonNode root;
    try (InputStream in = MerkleTreeTest.class.getResourceAsStream(GOLDEN)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + GOLDEN);
      }
      root = new ObjectMapper().readTree(in);
    }
    String prefix = root.get("valuePrefix").asText();
    int digits = root.get("indexDigits").asInt();
    List<Arguments> result = new ArrayList<>();
    for (JsonNode entry : root.get("roots")) {
      int count = entry.get("count").asInt();
      List<byte[]> values = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String value = prefix + String.format("%0" + digits + "d", i);
        values.add(value.getBytes(StandardCharsets.US_ASCII));
      }
      result.add(Arguments.of(count, values, entry.get("root").asText()));
    }
    return result;
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @Test
  void goldenFileCoversEmptyListAndOneToSixteenValues() throws IOException {
    assertThat(goldenRoots())
        .extracting(arguments -> arguments.get()[0])
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
  }

  @ParameterizedTest(name = "root of {0} golden values")
  @MethodSource("goldenRoots")
  void computesGoldenRoot(int count, List<byte[]> values, String expectedHex) {
    assertThat(HexFormat.of().formatHex(MerkleTree.root(values))).isEqualTo(expectedHex);
  }

  @Test
  void emptyListHasZeroDigest() {
    assertThat(MerkleTree.root(List.of())).isEqualTo(new byte[32]);
    assertThat(MerkleTree.zeroDigest()).isEqualTo(new byte[32]);
  }

  @Test
  void singleValueRootIsItsLeafHash() {
    byte[] value = {7, 8, 9};

    assertThat(MerkleTree.root(List.of(value))).isEqualTo(Keccak256.hash(new byte[] {1}, value));
  }

  @Test
  void missingRightSubtreeIsZeroDigestNotHashed() {
    byte[] a = {'a'};
    byte[] b = {'b'};
    byte[] c = {'c'};
    byte[] left = Keccak256.hash(new byte[] {0}, leaf(a), leaf(b));
    byte[] right = Keccak256.hash(new byte[] {0}, leaf(c), new byte[32]);

    assertThat(MerkleTree.root(List.of(a, b, c)))
        .isEqualTo(Keccak256.hash(new byte[] {0}, left, right));
  }

  @Test
  void returnsFreshArraysAndLeavesInputUntouched() {
    byte[] value = {1, 2, 3};
    byte[] zero = MerkleTree.root(List.of());
    zero[0] = 5;
    byte[] first = MerkleTree.root(List.of(value));
    first[0] ^= 1;

    assertThat(MerkleTree.root(List.of())).isEqualTo(new byte[32]);
    assertThat(MerkleTree.zeroDigest()).isEqualTo(new byte[32]);
    assertThat(MerkleTree.root(List.of(value))).isNotEqualTo(first);
    assertThat(value).containsExactly(1, 2, 3);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void matchesNaiveRecursion(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int count = random.nextInt(301);
    List<byte[]> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] value = new byte[random.nextInt(120)];
      for (int j = 0; j < value.length; j++) {
        value[j] = (byte) random.nextInt(256);
      }
      values.add(value);
    }

    assertThat(MerkleTree.root(values)).isEqualTo(naiveRoot(values));
  }

  /** go-f3's definition written out directly: depth = bitlength(n - 1), left-filled. */
  private static byte[] naiveRoot(List<byte[]> values) {
    if (values.isEmpty()) {
      return new byte[32];
    }
    int depth = 32 - Integer.numberOfLeadingZeros(values.size() - 1);
    return build(depth, values);
  }

  private static byte[] build(int depth, List<byte[]> values) {
    if (values.isEmpty()) {
      return new byte[32];
    }
    if (depth == 0) {
      assertThat(values).hasSize(1);
      return leaf(values.get(0));
    }
    int split = Math.min(1 << (depth - 1), values.size());
    byte[] left = build(depth - 1, values.subList(0, split));
    byte[] right = build(depth - 1, values.subList(split, values.size()));
    byte[] joined = new byte[65];
    System.arraycopy(left, 0, joined, 1, 32);
    System.arraycopy(right, 0, joined, 33, 32);
    return Keccak256.hash(joined);
  }

  private static byte[] leaf(byte[] value) {
    byte[] marked = Arrays.copyOf(new byte[] {1}, value.length + 1);
    System.arraycopy(value, 0, marked, 1, value.length);
    return Keccak256.hash(marked);
  }
}
