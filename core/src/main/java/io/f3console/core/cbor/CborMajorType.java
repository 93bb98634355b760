package io.f3console.core.cbor;

/** The eight CBOR major types (RFC 8949 §3.1). */
public enum CborMajorType {
  UNSIGNED_INTEGER("unsigned integer"),
  NEGATIVE_INTEGER("negative integer"),
  BYTE_STRING("byte string"),
  TEXT_STRING("text string"),
  ARRAY("array"),
  MAP("map"),
  TAG("tag"),
  SIMPLE("simple value or float");

  /** {@code values()} copies its array on every call: once here, not once per data item. */
  private static final CborMajorType[] BY_NUMBER = values();

  private final String description;

  CborMajorType(String description) {
    this.description = description;
  }

  static CborMajorType of(int initialByte) {
    return BY_NUMBER[(initialByte >>> 5) & 7];
  }

  /** Words for error messages, e.g. "byte string". */
  public String description() {
    return description;
  }
}
