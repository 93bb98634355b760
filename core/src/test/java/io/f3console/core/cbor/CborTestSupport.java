package io.f3console.core.cbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.f3console.core.cid.Cid;
import io.f3console.core.cid.CidFormatException;
import io.f3console.core.testing.Vectors;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Small helpers shared by the CBOR tests. */
final class CborTestSupport {
  private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

  private CborTestSupport() {}

  static byte[] encode(CborValue value) {
    return new CborWriter().writeValue(value).toByteArray();
  }

  /** One whole data item: {@code readValue} then {@code expectEnd}. */
  static CborValue decode(byte[] bytes) throws CborDecodingException {
    CborReader reader = new CborReader(bytes);
    CborValue value = reader.readValue();
    reader.expectEnd("the value");
    return value;
  }

  static CborValue decode(String hex) throws CborDecodingException {
    return decode(Vectors.hex(hex));
  }

  /**
   * Decodes {@code hex}, expects a {@link CborDecodingException}, and checks that its problem
   * contains {@code problem}, that it points at byte {@code offset}, and that the message says so
   * at its end.
   */
  static CborDecodingException assertRejected(String hex, String problem, long offset) {
    CborDecodingException e =
        assertThrows(
            CborDecodingException.class,
            () -> decode(hex),
            () -> "expected " + hex + " to be rejected");
    assertRejection(e, problem, offset);
    return e;
  }

  static void assertRejection(CborDecodingException e, String problem, long offset) {
    assertThat(e.problem()).contains(problem);
    assertThat(e.offset()).as("offset of \"%s\"", e.getMessage()).isEqualTo(offset);
    assertThat(e.getMessage()).isEqualTo(e.problem() + " at byte " + offset);
  }

  /** The same value with every map's entries in DAG-CBOR key order. */
  static CborValue canonical(CborValue value) {
    if (value instanceof CborValue.Array array) {
      return new CborValue.Array(array.items().stream().map(CborTestSupport::canonical).toList());
    }
    if (value instanceof CborValue.MapValue map) {
      List<CborValue.Entry> entries = new ArrayList<>();
      for (CborValue.Entry entry : map.entries()) {
        entries.add(new CborValue.Entry(entry.key(), canonical(entry.value())));
      }
      entries.sort(
          Comparator.comparing(
              (CborValue.Entry e) -> e.key().getBytes(StandardCharsets.UTF_8),
              CborTestSupport::dagKeyOrder));
      return new CborValue.MapValue(entries);
    }
    return value;
  }

  static int dagKeyOrder(byte[] a, byte[] b) {
    return a.length != b.length
        ? Integer.compare(a.length, b.length)
        : Arrays.compareUnsigned(a, b);
  }

  /**
   * A value written in DAG-JSON notation (see {@code vectors/cbor/README.md}): links as {@code
   * {"/": cid}}, bytes as {@code {"/": {"bytes": base64}}}.
   */
  static CborValue fromDagJson(JsonNode node) throws CidFormatException {
    if (node.isNull()) {
      return CborValue.Null.INSTANCE;
    }
    if (node.isBoolean()) {
      return new CborValue.Bool(node.booleanValue());
    }
    if (node.isIntegralNumber()) {
      BigInteger value = node.bigIntegerValue();
      return value.signum() >= 0
          ? new CborValue.UnsignedInteger(value.longValue())
          : new CborValue.NegativeInteger(
              value.negate().subtract(BigInteger.ONE).mod(TWO_TO_64).longValue());
    }
    if (node.isNumber()) {
      return new CborValue.Float64(node.doubleValue());
    }
    if (node.isTextual()) {
      return new CborValue.TextString(node.textValue());
    }
    if (node.isArray()) {
      List<CborValue> items = new ArrayList<>();
      for (JsonNode item : node) {
        items.add(fromDagJson(item));
      }
      return new CborValue.Array(items);
    }
    JsonNode slash = node.get("/");
    if (slash != null && node.size() == 1) {
      if (slash.isTextual()) {
        return new CborValue.Link(Cid.fromString(slash.textValue()));
      }
      return new CborValue.ByteString(Base64.getDecoder().decode(slash.get("bytes").textValue()));
    }
    List<CborValue.Entry> entries = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      entries.add(new CborValue.Entry(field.getKey(), fromDagJson(field.getValue())));
    }
    return new CborValue.MapValue(entries);
  }
}
