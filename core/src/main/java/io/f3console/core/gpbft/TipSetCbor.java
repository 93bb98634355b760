package io.f3console.core.gpbft;

import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cbor.CborWriter;
import io.f3console.core.cid.Cid;

/**
 * DAG-CBOR of a {@link TipSet} as go-f3's cbor-gen code writes and reads it: {@code 84 || Epoch
 * (uint, or nint for a negative epoch) || bstr Key || CID PowerTable || bstr(32) Commitments}. Both
 * directions refuse a key over {@link TipSet#MAX_KEY_LENGTH} bytes; decoding demands exactly 32
 * commitment bytes.
 */
public final class TipSetCbor {
  private TipSetCbor() {}

  public static byte[] encode(TipSet tipSet) {
    CborWriter writer = new CborWriter(tipSet.keyLength() + 90);
    write(writer, tipSet);
    return writer.toByteArray();
  }

  /**
   * Writes one tipset.
   *
   * @throws IllegalArgumentException if the key is longer than {@link TipSet#MAX_KEY_LENGTH}
   *     (cbor-gen refuses to write it)
   */
  public static void write(CborWriter writer, TipSet tipSet) {
    if (tipSet.keyLength() > TipSet.MAX_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "tipset key of "
              + tipSet.keyLength()
              + " bytes exceeds "
              + TipSet.MAX_KEY_LENGTH
              + " and cannot be encoded");
    }
    writer.writeArrayHeader(4);
    writer.writeInt64(tipSet.epoch());
    writer.writeByteString(tipSet.key());
    writer.writeCid(tipSet.powerTable());
    writer.writeByteString(tipSet.commitments());
  }

  /** Decodes a buffer holding exactly one tipset. */
  public static TipSet decode(byte[] bytes) throws CborDecodingException {
    CborReader reader = new CborReader(bytes);
    TipSet tipSet = read(reader, "TipSet");
    reader.expectEnd("the tipset");
    return tipSet;
  }

  /**
   * Reads one tipset at the reader's position.
   *
   * @param path names the tipset in errors, e.g. {@code ECChain[3]}
   */
  public static TipSet read(CborReader reader, String path) throws CborDecodingException {
    reader.readTupleHeader(4, path);
    long epoch = reader.readInt64(path + ".Epoch");
    byte[] key = reader.readByteString(TipSet.MAX_KEY_LENGTH, path + ".Key");
    Cid powerTable = reader.readCid(path + ".PowerTable");
    byte[] commitments = readCommitments(reader, path + ".Commitments");
    return TipSet.of(epoch, key, powerTable, commitments);
  }

  /** A {@code [32]byte} field: a byte string of exactly 32 bytes. */
  static byte[] readCommitments(CborReader reader, String what) throws CborDecodingException {
    int start = reader.position();
    byte[] commitments = reader.readByteString(TipSet.COMMITMENTS_LENGTH, what);
    if (commitments.length != TipSet.COMMITMENTS_LENGTH) {
      throw new CborDecodingException(
          what + ": expected " + TipSet.COMMITMENTS_LENGTH + " bytes, found " + commitments.length,
          start);
    }
    return commitments;
  }
}
