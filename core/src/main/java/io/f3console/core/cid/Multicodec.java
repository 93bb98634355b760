package io.f3console.core.cid;

import java.util.Map;

/**
 * Multicodec codes F3 Console meets. The registry is open: any code parses, these are the ones with
 * a name.
 */
public final class Multicodec {
  public static final long IDENTITY = 0x00;
  public static final long SHA2_256 = 0x12;
  public static final long RAW = 0x55;
  public static final long DAG_PB = 0x70;
  public static final long DAG_CBOR = 0x71;
  public static final long DAG_JSON = 0x0129;
  public static final long BLAKE2B_256 = 0xb220;

  private static final Map<Long, String> NAMES =
      Map.of(
          IDENTITY, "identity",
          SHA2_256, "sha2-256",
          RAW, "raw",
          DAG_PB, "dag-pb",
          DAG_CBOR, "dag-cbor",
          DAG_JSON, "dag-json",
          BLAKE2B_256, "blake2b-256");

  private Multicodec() {}

  /** The registry name of a code, or its hex form ({@code 0x1234}) when it has none here. */
  public static String name(long code) {
    String name = NAMES.get(code);
    return name != null ? name : "0x" + Long.toHexString(code);
  }
}
