package io.f3console.core.participation;

/** What one miner did in one instance, as the instance's certificate shows it. */
public enum MinerState {
  /** In the committee, and among the certificate's signers. */
  SIGNED,
  /** In the committee, and not among the certificate's signers. */
  ABSENT,
  /** Not in the instance's committee. */
  OUT;

  private static final MinerState[] VALUES = values();

  /** The state of {@link #ordinal()} {@code code}. */
  public static MinerState ofCode(byte code) {
    return VALUES[code];
  }

  /** This state as one byte, for long timelines. */
  public byte code() {
    return (byte) ordinal();
  }
}
