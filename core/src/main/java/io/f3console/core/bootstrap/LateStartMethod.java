package io.f3console.core.bootstrap;

/** How a late start found the first instance whose committee is the trusted power table. */
public enum LateStartMethod {
  /**
   * A certificate commits to the trusted table as the next committee: its supplemental data names
   * the table's CID, so validation starts at the instance after it.
   */
  COMMITTED_BY_CERTIFICATE("committed to by certificate"),
  /** The trusted table is the network's initial power table: validation starts at its instance. */
  INITIAL_TABLE("the initial power table"),
  /** The source itself gives the trusted table as the committee of its first certificate. */
  SOURCE_TABLE("the source's committee"),
  /** No certificate read commits to the trusted table, and no known committee is it. */
  NOT_FOUND("not found");

  private final String description;

  LateStartMethod(String description) {
    this.description = description;
  }

  /**
   * A few words for people; for {@link #COMMITTED_BY_CERTIFICATE} without the certificate's number,
   * which {@link #describe(long)} and {@link LateStartResult#startDescription()} add.
   */
  public String description() {
    return description;
  }

  /** How a start at {@code startInstance} was found, naming the certificate where there is one. */
  public String describe(long startInstance) {
    return this == COMMITTED_BY_CERTIFICATE
        ? description + " " + Long.toUnsignedString(startInstance - 1)
        : description;
  }
}
