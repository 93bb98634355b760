package io.f3console.core.source;

import java.util.Locale;
import java.util.Optional;

/** The kinds of source, each with the prefix of its string form. */
public enum SourceKind {
  /** A power-table file (JSON or DAG-CBOR) or a certificate file (JSON or CBOR). */
  FILE("file"),
  /** An F3 snapshot: the varint-framed header and certificates of FRC-0108. */
  F3SNAP("f3snap"),
  /** A CAR file (v1 or v2), e.g. a Filecoin v2 snapshot carrying F3 data. */
  CAR("car"),
  /** A Lotus or Forest node's JSON-RPC endpoint. */
  RPC("rpc"),
  /** The generated demo network: {@code demo:healthy} or {@code demo:broken}. */
  DEMO("demo"),
  /**
   * A power table computed from chain state: {@code state:car:PATH@EPOCH}, {@code
   * state:rpc:URL@EPOCH}, or {@code @bootstrap} for the network's bootstrap tipset.
   */
  STATE("state");

  private final String prefix;

  SourceKind(String prefix) {
    this.prefix = prefix;
  }

  /** What comes before the colon in the string form. */
  public String prefix() {
    return prefix;
  }

  public static Optional<SourceKind> byPrefix(String prefix) {
    String lower = prefix.toLowerCase(Locale.ROOT);
    for (SourceKind kind : values()) {
      if (kind.prefix.equals(lower)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
