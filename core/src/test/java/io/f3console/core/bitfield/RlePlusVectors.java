package io.f3console.core.bitfield;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/** Reads {@code vectors/rleplus/vectors.json} (see the README beside it). */
final class RlePlusVectors {
  private static final String RESOURCE = "/vectors/rleplus/vectors.json";
  private static final JsonNode ROOT = load();

  private RlePlusVectors() {}

  /** A set with its canonical bytes and run lengths. */
  record Canonical(String name, String source, Bitfield set, byte[] bytes, long[] runLengths) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Bytes that decode to {@code set} although they are not its canonical encoding. */
  record Accepted(String name, byte[] bytes, Bitfield set) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Bytes that must be refused with a message containing {@code messageContains}. */
  record Rejected(String name, byte[] bytes, String messageContains) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Run lengths that read as {@code set} although they are not its canonical form. */
  record AcceptedRunLengths(String name, long[] runLengths, Bitfield set) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Run lengths that must be refused with a message containing {@code messageContains}. */
  record RejectedRunLengths(String name, long[] runLengths, String messageContains) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Canonical> canonical() {
    return read(
        "canonical",
        node ->
            new Canonical(
                node.get("name").asText(),
                node.get("source").asText(),
                set(node),
                bytes(node),
                runLengths(node)));
  }

  static List<Accepted> nonCanonical() {
    return read(
        "nonCanonical", node -> new Accepted(node.get("name").asText(), bytes(node), set(node)));
  }

  static List<Rejected> rejected() {
    return read(
        "rejected",
        node ->
            new Rejected(
                node.get("name").asText(), bytes(node), node.get("messageContains").asText()));
  }

  static List<AcceptedRunLengths> runLengths() {
    return read(
        "runLengths",
        node -> new AcceptedRunLengths(node.get("name").asText(), runLengths(node), set(node)));
  }

  static List<RejectedRunLengths> rejectedRunLengths() {
    return read(
        "rejectedRunLengths",
        node ->
            new RejectedRunLengths(
                node.get("name").asText(), runLengths(node), node.get("messageContains").asText()));
  }

  private static <T> List<T> read(String section, Function<JsonNode, T> reader) {
    JsonNode array = ROOT.get(section);
    if (array == null || !array.isArray() || array.isEmpty()) {
      throw new IllegalStateException("no vectors in section " + section + " of " + RESOURCE);
    }
    List<T> result = new ArrayList<>();
    array.forEach(node -> result.add(reader.apply(node)));
    return result;
  }

  private static Bitfield set(JsonNode node) {
    return SetNotation.parse(node.get("set").asText());
  }

  private static byte[] bytes(JsonNode node) {
    return HexFormat.of().parseHex(node.get("hex").asText());
  }

  /** Unsigned 64-bit numbers: Jackson gives those above 2^63 - 1 as BigInteger. */
  private static long[] runLengths(JsonNode node) {
    JsonNode array = node.get("runLengths");
    long[] result = new long[array.size()];
    for (int i = 0; i < result.length; i++) {
      JsonNode value = array.get(i);
      if (!value.isIntegralNumber()
          || value.bigIntegerValue().signum() < 0
          || value.bigIntegerValue().bitLength() > 64) {
        throw new IllegalStateException("not an unsigned 64-bit number: " + value);
      }
      result[i] = value.bigIntegerValue().longValue();
    }
    return result;
  }

  private static JsonNode load() {
    try (InputStream in = RlePlusVectors.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
