package io.f3console.core.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.f3console.core.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads the committed BLS vectors and the real power tables of the shared data folder. */
final class TestJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TestJson() {}

  /** A power-table entry in Lotus JSON form: {"ID": n, "Power": "decimal", "PubKey": "base64"}. */
  record TableEntry(long id, BigInteger power, byte[] publicKey) {}

  static JsonNode resource(String path) {
    try (InputStream in = TestJson.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("test resource missing: " + path);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<TableEntry> powerTable(String sharedDataName) {
    JsonNode root;
    try {
      root = MAPPER.readTree(SharedData.bytes(sharedDataName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!root.isArray()) {
      throw new IllegalStateException(sharedDataName + " is not a JSON array");
    }
    List<TableEntry> entries = new ArrayList<>();
    for (JsonNode entry : root) {
      entries.add(
          new TableEntry(
              entry.required("ID").asLong(),
              new BigInteger(entry.required("Power").asText()),
              Base64.getDecoder().decode(entry.required("PubKey").asText())));
    }
    return entries;
  }
}
