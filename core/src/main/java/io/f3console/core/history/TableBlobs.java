package io.f3console.core.history;

import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormatException;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** A power table's DAG-CBOR entries, deflated for the store, and checked by CID when read. */
final class TableBlobs {
  private TableBlobs() {}

  static byte[] compress(byte[] cbor) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(cbor);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(cbor.length / 2 + 64);
      byte[] buffer = new byte[16 * 1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /**
   * The table stored under {@code cid}: inflated to exactly {@code length} bytes, decoded, and
   * refused unless its CID is {@code cid}.
   */
  static PowerTable decompress(String cid, byte[] data, int length) throws HistoryException {
    if (length < 0 || length > PowerTableFiles.MAX_FILE_SIZE) {
      throw new HistoryException(
          "stored power table " + cid + " claims " + length + " bytes, beyond the limit");
    }
    byte[] cbor = new byte[length];
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(data);
      int read = 0;
      while (read < length && !inflater.finished()) {
        int n = inflater.inflate(cbor, read, length - read);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        read += n;
      }
      if (read != length || !inflater.finished()) {
        throw new HistoryException(
            "stored power table "
                + cid
                + " is damaged: its data does not"
                + " inflate to the "
                + length
                + " bytes recorded");
      }
    } catch (DataFormatException e) {
      throw new HistoryException("stored power table " + cid + " is damaged: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
    PowerTable table;
    try {
      table = PowerTableFiles.parseCbor(cbor, "stored power table " + cid).toTable();
    } catch (PowerTableFormatException e) {
      throw new HistoryException(e.getMessage(), e);
    }
    Cid actual = table.cid();
    if (!actual.toString().equals(cid)) {
      throw new HistoryException(
          "stored power table " + cid + " is damaged: its entries have" + " CID " + actual);
    }
    return table;
  }
}
