package io.f3console.core.gpbft;

import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.cbor.CborReader;
import io.f3console.core.cbor.CborWriter;

/**
 * DAG-CBOR of {@link SupplementalData}: {@code 82 || bstr(32) Commitments || CID PowerTable}. The
 * CID is required in both directions: cbor-gen cannot write go-cid's {@code cid.Undef} and reads no
 * null in its place.
 */
public final class SupplementalDataCbor {
  private SupplementalDataCbor() {}

  /**
   * Writes the supplemental data.
   *
   * @throws IllegalArgumentException if the power-table CID is undefined
   */
  public static void write(CborWriter writer, SupplementalData data) {
    if (data.powerTable().isEmpty()) {
      throw new IllegalArgumentException(
          "supplemental data without a power-table CID cannot be encoded as CBOR");
    }
    writer.writeArrayHeader(2);
    writer.writeByteString(data.commitments());
    writer.writeCid(data.powerTable().get());
  }

  /**
   * Reads supplemental data at the reader's position.
   *
   * @param path names it in errors, e.g. {@code SupplementalData}
   */
  public static SupplementalData read(CborReader reader, String path) throws CborDecodingException {
    reader.readTupleHeader(2, path);
    byte[] commitments = TipSetCbor.readCommitments(reader, path + ".Commitments");
    return SupplementalData.of(commitments, reader.readCid(path + ".PowerTable"));
  }
}
