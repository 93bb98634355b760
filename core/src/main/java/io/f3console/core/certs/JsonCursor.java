package io.f3console.core.certs;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.StoragePower;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Base64;

/**
 * The scalar readers of certificate JSON over a Jackson streaming parser, with Go's rules ({@code
 * encoding/json} and the custom types of go-f3, go-cid and go-state-types) and errors that name the
 * source, line, column and JSON path. Each method reads the value at the parser's current token.
 */
final class JsonCursor {
  private static final BigInteger MAX_UINT64 =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private final JsonParser parser;
  private final String source;

  JsonCursor(JsonParser parser, String source) {
    this.parser = parser;
    this.source = source;
  }

  JsonParser parser() {
    return parser;
  }

  String source() {
    return source;
  }

  JsonToken next() throws IOException {
    return parser.nextToken();
  }

  JsonToken current() {
    return parser.currentToken();
  }

  JsonLocation location() {
    return parser.currentTokenLocation();
  }

  /** Moves to the next field of the current object; false at its end. */
  boolean nextField() throws IOException {
    return parser.nextToken() == JsonToken.FIELD_NAME;
  }

  String fieldName() throws IOException {
    return parser.currentName();
  }

  CertificateFormatException error(String path, String problem) {
    return error(location(), path, problem);
  }

  CertificateFormatException error(JsonLocation location, String path, String problem) {
    return new CertificateFormatException(
        source + ": " + where(location) + (path.isEmpty() ? "" : path + ": ") + problem);
  }

  static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
  }

  /** Fails unless the current token is {@code expected}. */
  void expect(JsonToken expected, String path, String what) throws CertificateFormatException {
    if (current() != expected) {
      throw error(path, "expected " + what + ", found " + describe(current()));
    }
  }

  /** A JSON integer in 0 … 2^64-1 (Go {@code uint64}), returned as unsigned bits. */
  long readUint64(String path) throws IOException, CertificateFormatException {
    expect(JsonToken.VALUE_NUMBER_INT, path, "an unsigned integer");
    BigInteger value = parser.getBigIntegerValue();
    // Go's ParseUint also refuses "-0".
    if (value.signum() < 0 || value.compareTo(MAX_UINT64) > 0 || parser.getText().startsWith("-")) {
      throw error(path, parser.getText() + " is outside 0 … 2^64-1");
    }
    return value.longValue();
  }

  /** A JSON integer that fits Go's {@code int64}. */
  long readInt64(String path) throws IOException, CertificateFormatException {
    expect(JsonToken.VALUE_NUMBER_INT, path, "an integer");
    BigInteger value = parser.getBigIntegerValue();
    if (value.bitLength() > 63) {
      throw error(path, value + " does not fit a signed 64-bit integer");
    }
    return value.longValue();
  }

  /** A go-state-types big integer: a string of decimal digits with an optional sign. */
  StoragePower readBigInt(String path) throws IOException, CertificateFormatException {
    expect(JsonToken.VALUE_STRING, path, "a decimal string");
    try {
      return StoragePower.parseDecimal(parser.getText());
    } catch (F3Exception e) {
      throw error(path, e.getMessage());
    }
  }

  /**
   * Standard base64 with padding (Go's form of {@code []byte}) of at most {@code maxBytes} bytes;
   * {@code null} is the empty (nil) slice.
   */
  byte[] readBytes(String path, int maxBytes) throws IOException, CertificateFormatException {
    if (current() == JsonToken.VALUE_NULL) {
      return new byte[0];
    }
    expect(JsonToken.VALUE_STRING, path, "a base64 string");
    int maxChars = 4 * ((maxBytes + 2) / 3);
    if (parser.getTextLength() > maxChars) {
      throw error(path, "decodes to more than " + maxBytes + " bytes");
    }
    String text = parser.getText();
    try {
      if (text.length() % 4 != 0) {
        throw new IllegalArgumentException("length " + text.length() + " is not a multiple of 4");
      }
      byte[] bytes = Base64.getDecoder().decode(text);
      if (bytes.length > maxBytes) {
        throw error(path, bytes.length + " bytes exceed the limit of " + maxBytes);
      }
      return bytes;
    } catch (IllegalArgumentException e) {
      throw error(path, "not valid base64 (" + e.getMessage() + ")");
    }
  }

  /** A dag-json link {@code {"/": "<cid>"}}, the only form go-cid writes. */
  Cid readCid(String path) throws IOException, CertificateFormatException {
    expect(JsonToken.START_OBJECT, path, "a CID object {\"/\": \"…\"}");
    if (!nextField() || !"/".equals(fieldName())) {
      throw error(path, "a CID object must have exactly one field \"/\"");
    }
    next();
    expect(JsonToken.VALUE_STRING, path, "a CID string");
    Cid cid;
    try {
      cid = Cid.fromString(parser.getText());
    } catch (F3Exception e) {
      throw error(path, "not a valid CID (" + e.getMessage() + ")");
    }
    if (nextField()) {
      throw error(path, "a CID object must have exactly one field \"/\"");
    }
    return cid;
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case END_ARRAY -> "the end of the array";
      case END_OBJECT -> "the end of the object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }
}
