package io.f3console.core.powertable;

import io.f3console.core.cbor.CborDecodingException;
import io.f3console.core.gpbft.PowerEntriesCbor;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes power-table files. The format is recognised from the content, not the name: a
 * file whose first non-blank byte is printable ASCII is JSON (a CBOR power table always starts with
 * an array header, {@code 0x80}–{@code 0x9b}); anything else is DAG-CBOR.
 */
public final class PowerTableFiles {
  /**
   * Larger files are refused before they are read. 8192 entries take at most about 1.4 MB of
   * pretty-printed JSON, so this leaves room for any whitespace style.
   */
  public static final long MAX_FILE_SIZE = 16L << 20;

  private PowerTableFiles() {}

  /** Reads a power-table file of any supported format. */
  public static PowerTableDocument read(Path path) throws PowerTableFormatException {
    String source = path.toString();
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) {
        throw new PowerTableFormatException(source + ": is a directory, not a power-table file");
      }
      long size = Files.size(path);
      if (size > MAX_FILE_SIZE) {
        throw new PowerTableFormatException(
            source
                + ": file of "
                + size
                + " bytes is larger than any power table (limit "
                + MAX_FILE_SIZE
                + " bytes)");
      }
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) MAX_FILE_SIZE + 1);
      }
    } catch (NoSuchFileException e) {
      throw new PowerTableFormatException(source + ": no such file", e);
    } catch (IOException e) {
      throw new PowerTableFormatException(source + ": cannot read: " + e.getMessage(), e);
    }
    if (bytes.length > MAX_FILE_SIZE) {
      throw new PowerTableFormatException(source + ": larger than any power table");
    }
    return parse(bytes, source);
  }

  /** Reads a power table from a stream (e.g. standard input), refusing more than the limit. */
  public static PowerTableDocument read(InputStream in, String source)
      throws PowerTableFormatException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) MAX_FILE_SIZE + 1);
    } catch (IOException e) {
      throw new PowerTableFormatException(source + ": cannot read: " + e.getMessage(), e);
    }
    if (bytes.length > MAX_FILE_SIZE) {
      throw new PowerTableFormatException(
          source + ": more than " + MAX_FILE_SIZE + " bytes, larger than any power table");
    }
    return parse(bytes, source);
  }

  /** Parses power-table bytes of any supported format; {@code source} names them in errors. */
  public static PowerTableDocument parse(byte[] bytes, String source)
      throws PowerTableFormatException {
    if (bytes.length == 0) {
      throw new PowerTableFormatException(source + ": file is empty");
    }
    if (looksLikeJson(bytes)) {
      return PowerTableJson.read(bytes, source);
    }
    return parseCbor(bytes, source);
  }

  /** Parses DAG-CBOR {@code PowerEntries}. */
  public static PowerTableDocument parseCbor(byte[] bytes, String source)
      throws PowerTableFormatException {
    try {
      List<PowerEntry> entries = PowerEntriesCbor.decode(bytes);
      boolean canonical =
          entries.size() <= PowerTable.MAX_ENTRIES
              && Arrays.equals(PowerEntriesCbor.encode(entries), bytes);
      return new PowerTableDocument(
          source,
          PowerTableFormat.DAG_CBOR,
          entries,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          canonical);
    } catch (CborDecodingException e) {
      throw new PowerTableFormatException(
          source + ": not a DAG-CBOR power table: " + e.getMessage(), e);
    }
  }

  private static boolean looksLikeJson(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      i = 3;
    }
    while (i < bytes.length
        && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
      i++;
    }
    return i < bytes.length && bytes[i] >= 0x20 && bytes[i] < 0x7f;
  }

  /** Writes entries in the given format (the wrapper format is written as plain entries). */
  public static void write(Path path, List<PowerEntry> entries, PowerTableFormat format)
      throws IOException {
    byte[] bytes =
        format == PowerTableFormat.DAG_CBOR
            ? PowerEntriesCbor.encode(entries)
            : PowerTableJson.write(entries).getBytes(StandardCharsets.UTF_8);
    Files.write(path, bytes);
  }
}
