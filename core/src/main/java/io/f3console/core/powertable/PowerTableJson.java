package io.f3console.core.powertable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Power tables in Lotus JSON: an array of {@code {"ID":<number>,"Power":"<decimal>",
 * "PubKey":"<base64>"}} (Go's encoding of {@code gpbft.PowerEntries}), or the object printed by
 * {@code lotus f3 powertable get}, {@code {"Instance","FromEC","ByTipset","PowerTable":{"CID",
 * "Entries","Total","ScaledTotal"}}}.
 *
 * <p>Entries are read strictly: exactly the three fields, {@code ID} an unsigned 64-bit JSON
 * integer, {@code Power} a decimal string (a JSON number is refused, as Go refuses it), {@code
 * PubKey} standard padded base64 of at most 48 bytes or {@code null} (Go's empty key). Unknown
 * fields of the wrapper object are skipped. Every error names line, column and entry.
 */
public final class PowerTableJson {
  private static final BigInteger MAX_UINT64 =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(16)
                  .maxNumberLength(64)
                  .maxStringLength(1 << 20)
                  .build())
          .build();

  private PowerTableJson() {}

  /** Reads either JSON shape from {@code json}; {@code source} names it in errors. */
  public static PowerTableDocument read(byte[] json, String source)
      throws PowerTableFormatException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonToken first = parser.nextToken();
      PowerTableDocument document;
      if (first == JsonToken.START_ARRAY) {
        document =
            new PowerTableDocument(
                source,
                PowerTableFormat.JSON_ENTRIES,
                readEntries(parser, source),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                true);
      } else if (first == JsonToken.START_OBJECT) {
        document = readWrapper(parser, source);
      } else {
        throw error(
            source,
            parser,
            "expected a JSON array of power entries or a "
                + "'lotus f3 powertable get' object, found "
                + describe(first));
      }
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw error(source, parser, "unexpected content after the power table: " + describe(after));
      }
      return document;
    } catch (JsonProcessingException e) {
      throw new PowerTableFormatException(
          source + ": " + where(e.getLocation()) + "malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new PowerTableFormatException(source + ": cannot read JSON: " + e.getMessage(), e);
    }
  }

  private static PowerTableDocument readWrapper(JsonParser parser, String source)
      throws IOException, PowerTableFormatException {
    Long instance = null;
    List<PowerEntry> entries = null;
    Cid cid = null;
    StoragePower total = null;
    Long scaledTotal = null;
    while (nextField(parser)) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "Instance" -> instance = readUnsigned(parser, source, "Instance").longValue();
        case "PowerTable" -> {
          if (value != JsonToken.START_OBJECT) {
            throw error(source, parser, "PowerTable must be an object, found " + describe(value));
          }
          while (nextField(parser)) {
            String inner = parser.currentName();
            JsonToken innerValue = parser.nextToken();
            switch (inner) {
              case "Entries" ->
                  entries =
                      innerValue == JsonToken.VALUE_NULL
                          ? List.of()
                          : requireArray(parser, source, "PowerTable.Entries");
              case "CID" -> cid = readCid(parser, source);
              case "Total" -> total = readPower(parser, source, "PowerTable.Total");
              case "ScaledTotal" ->
                  scaledTotal = readSigned(parser, source, "PowerTable.ScaledTotal");
              default -> parser.skipChildren();
            }
          }
        }
        default -> parser.skipChildren();
      }
    }
    if (entries == null) {
      throw error(source, parser, "the object has no PowerTable.Entries array");
    }
    return new PowerTableDocument(
        source,
        PowerTableFormat.LOTUS_CLI_JSON,
        entries,
        Optional.ofNullable(instance),
        Optional.ofNullable(cid),
        Optional.ofNullable(total),
        Optional.ofNullable(scaledTotal),
        true);
  }

  private static List<PowerEntry> requireArray(JsonParser parser, String source, String what)
      throws IOException, PowerTableFormatException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw error(
          source, parser, what + " must be an array, found " + describe(parser.currentToken()));
    }
    return readEntries(parser, source);
  }

  private static List<PowerEntry> readEntries(JsonParser parser, String source)
      throws IOException, PowerTableFormatException {
    List<PowerEntry> entries = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      int index = entries.size();
      if (index >= PowerTable.MAX_ENTRIES) {
        throw error(source, parser, "more than " + PowerTable.MAX_ENTRIES + " power entries");
      }
      if (token != JsonToken.START_OBJECT) {
        throw error(
            source, parser, "entry " + index + ": expected an object, found " + describe(token));
      }
      entries.add(readEntry(parser, source, "entry " + index));
    }
    return entries;
  }

  private static PowerEntry readEntry(JsonParser parser, String source, String entry)
      throws IOException, PowerTableFormatException {
    JsonLocation start = parser.currentTokenLocation();
    ActorId id = null;
    StoragePower power = null;
    PubKey key = null;
    boolean keySeen = false;
    while (nextField(parser)) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "ID" -> {
          requireAbsent(id, source, parser, entry, field);
          id = ActorId.of(readUnsigned(parser, source, entry + ": ID").longValue());
        }
        case "Power" -> {
          requireAbsent(power, source, parser, entry, field);
          power = readPower(parser, source, entry + ": Power");
        }
        case "PubKey" -> {
          requireAbsent(keySeen ? key : null, source, parser, entry, field);
          key = readKey(parser, source, entry + ": PubKey");
          keySeen = true;
        }
        default ->
            throw error(
                source,
                parser,
                entry + ": unknown field \"" + field + "\" (expected ID, Power, PubKey)");
      }
    }
    String missing = id == null ? "ID" : power == null ? "Power" : !keySeen ? "PubKey" : null;
    if (missing != null) {
      throw new PowerTableFormatException(
          source + ": " + where(start) + entry + ": missing field " + missing);
    }
    return new PowerEntry(id, power, key);
  }

  private static void requireAbsent(
      Object value, String source, JsonParser parser, String entry, String field)
      throws PowerTableFormatException {
    if (value != null) {
      throw error(source, parser, entry + ": duplicate field " + field);
    }
  }

  private static BigInteger readUnsigned(JsonParser parser, String source, String what)
      throws IOException, PowerTableFormatException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw error(
          source, parser, what + " must be an integer, found " + describe(parser.currentToken()));
    }
    BigInteger value = parser.getBigIntegerValue();
    if (value.signum() < 0 || value.compareTo(MAX_UINT64) > 0) {
      throw error(source, parser, what + " " + value + " is outside 0 … 2^64-1");
    }
    return value;
  }

  private static long readSigned(JsonParser parser, String source, String what)
      throws IOException, PowerTableFormatException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw error(
          source, parser, what + " must be an integer, found " + describe(parser.currentToken()));
    }
    BigInteger value = parser.getBigIntegerValue();
    if (value.bitLength() > 63) {
      throw error(source, parser, what + " " + value + " does not fit a signed 64-bit integer");
    }
    return value.longValue();
  }

  private static StoragePower readPower(JsonParser parser, String source, String what)
      throws IOException, PowerTableFormatException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw error(
          source,
          parser,
          what + " must be a decimal string, found " + describe(parser.currentToken()));
    }
    try {
      return StoragePower.parseDecimal(parser.getText());
    } catch (F3Exception e) {
      throw error(source, parser, what + ": " + e.getMessage());
    }
  }

  private static PubKey readKey(JsonParser parser, String source, String what)
      throws IOException, PowerTableFormatException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return PubKey.EMPTY;
    }
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw error(
          source,
          parser,
          what + " must be a base64 string, found " + describe(parser.currentToken()));
    }
    String text = parser.getText();
    byte[] bytes;
    try {
      if (text.length() % 4 != 0) {
        throw new IllegalArgumentException("length is not a multiple of 4");
      }
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw error(source, parser, what + " is not valid base64 (" + e.getMessage() + ")");
    }
    if (bytes.length > PubKey.MAX_LENGTH) {
      throw error(
          source,
          parser,
          what + " is " + bytes.length + " bytes; a key has at most " + PubKey.MAX_LENGTH);
    }
    return PubKey.of(bytes);
  }

  private static Cid readCid(JsonParser parser, String source)
      throws IOException, PowerTableFormatException {
    String text;
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      text = parser.getText();
    } else if (parser.currentToken() == JsonToken.START_OBJECT
        && nextField(parser)
        && "/".equals(parser.currentName())
        && parser.nextToken() == JsonToken.VALUE_STRING) {
      text = parser.getText();
      if (nextField(parser)) {
        throw error(source, parser, "PowerTable.CID: unexpected field " + parser.currentName());
      }
    } else {
      throw error(source, parser, "PowerTable.CID must be a CID string");
    }
    try {
      return Cid.fromString(text);
    } catch (F3Exception e) {
      throw error(source, parser, "PowerTable.CID: " + e.getMessage());
    }
  }

  private static boolean nextField(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    return token == JsonToken.FIELD_NAME;
  }

  private static PowerTableFormatException error(String source, JsonParser parser, String problem) {
    return new PowerTableFormatException(
        source + ": " + where(parser.currentTokenLocation()) + problem);
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
    };
  }

  /**
   * Writes entries as Lotus JSON, one field per line with two-space indentation (the layout of the
   * published initial tables).
   */
  public static String write(List<PowerEntry> entries) {
    StringBuilder out = new StringBuilder(32 + entries.size() * 160);
    out.append('[');
    for (int i = 0; i < entries.size(); i++) {
      PowerEntry entry = entries.get(i);
      out.append(i == 0 ? "\n" : ",\n")
          .append("  {\n")
          .append("    \"ID\": ")
          .append(entry.id().decimal())
          .append(",\n")
          .append("    \"Power\": \"")
          .append(entry.power())
          .append("\",\n")
          .append("    \"PubKey\": \"")
          .append(entry.pubKey().toBase64())
          .append("\"\n")
          .append("  }");
    }
    out.append(entries.isEmpty() ? "]\n" : "\n]\n");
    return out.toString();
  }
}
