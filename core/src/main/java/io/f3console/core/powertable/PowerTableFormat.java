package io.f3console.core.powertable;

/** The encodings a power table is read from and written to. */
public enum PowerTableFormat {
  /** A JSON array of {@code {"ID","Power","PubKey"}}, as {@code F3GetPowerTable} returns. */
  JSON_ENTRIES("JSON entries"),
  /** The object {@code lotus f3 powertable get} prints: {@code {"Instance",…,"PowerTable":{…}}}. */
  LOTUS_CLI_JSON("lotus f3 powertable get JSON"),
  /** DAG-CBOR {@code PowerEntries}, the bytes the CID is taken over. */
  DAG_CBOR("DAG-CBOR");

  private final String description;

  PowerTableFormat(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
