package io.f3console.core.inspect;

import io.f3console.core.F3Exception;
import io.f3console.core.PathKind;
import io.f3console.core.certs.CertificateFiles;
import io.f3console.core.certs.CertificateFormatException;
import io.f3console.core.certs.CertificateReader;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormatException;
import io.f3console.core.powertable.TableFile;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The one way a data file is read, for the CLI and the console alike: a path, or {@code -} for
 * standard input; what it holds (a power table or finality certificates, JSON or DAG-CBOR) is
 * recognised from its content. A table is read whole, with the notes and contradictions of its file
 * ({@link TableFile}); certificates stream, so a file of millions never has to fit in memory.
 *
 * <p>JSON that names {@code GPBFTInstance} in its first 64 KiB holds certificates; other JSON is a
 * power table. DAG-CBOR is ambiguous (a six-entry table and a certificate both start with {@code
 * 0x86}), so it is tried as a table, then as one certificate, and both errors are told when neither
 * fits.
 */
public final class DataInput implements Closeable {
  /** The name that stands for standard input in place of a file. */
  public static final String STANDARD_INPUT = "-";

  private static final int HEAD = 64 << 10;
  private static final String CERTIFICATE_FIELD = "\"GPBFTInstance\"";

  private final String source;
  private final DataFile.Kind kind;
  private final TableFile table;
  private final CertificateReader certificates;

  private DataInput(String source, TableFile table, CertificateReader certificates) {
    this.source = source;
    this.kind = table != null ? DataFile.Kind.POWER_TABLE : DataFile.Kind.CERTIFICATES;
    this.table = table;
    this.certificates = certificates;
  }

  /**
   * Opens a file, or standard input for {@code -}, and recognises what it holds.
   *
   * @throws F3Exception naming the file and what is wrong with it
   */
  public static DataInput open(Path path) throws F3Exception {
    Objects.requireNonNull(path, "path");
    if (STANDARD_INPUT.equals(path.toString())) {
      return open(System.in, "standard input");
    }
    String source = path.toString();
    if (Files.isDirectory(path)) {
      throw new PowerTableFormatException(
          source + ": is a directory, not a power-table or" + " certificate file");
    }
    InputStream in;
    try {
      in = PeekedInput.newInputStream(path, PathKind.of(path));
    } catch (NoSuchFileException | FileNotFoundException e) {
      throw new PowerTableFormatException(source + ": no such file", e);
    } catch (IOException e) {
      throw new PowerTableFormatException(source + ": cannot read: " + e.getMessage(), e);
    }
    return owning(in, in, source);
  }

  /**
   * Reads a file that was opened once and whose first bytes were looked at ({@link PeekedInput}):
   * the same stream, from its first byte, so a pipe is read as well as a file. A table is read at
   * once and the file closed; certificates stream until this input is closed.
   */
  public static DataInput open(PeekedInput input) throws F3Exception {
    Objects.requireNonNull(input, "input");
    return owning(input.stream(), input, input.path().toString());
  }

  /** Reads {@code in}, closing {@code owner} once a table is read or when reading fails. */
  private static DataInput owning(InputStream in, Closeable owner, String source)
      throws F3Exception {
    DataInput opened;
    try {
      opened = open(in, source);
    } catch (F3Exception | RuntimeException e) {
      try {
        owner.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    if (opened.table != null) {
      try {
        owner.close();
      } catch (IOException e) {
        throw new PowerTableFormatException(source + ": cannot close: " + e.getMessage(), e);
      }
    }
    return opened;
  }

  /**
   * Reads a stream (standard input, say) and recognises what it holds. A certificate stream stays
   * open until this input is closed; a table is read at once.
   *
   * @param source names the input in errors
   */
  public static DataInput open(InputStream in, String source) throws F3Exception {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    BufferedInputStream buffered = new BufferedInputStream(in, HEAD);
    byte[] head;
    try {
      buffered.mark(HEAD);
      head = buffered.readNBytes(HEAD);
      buffered.reset();
    } catch (IOException e) {
      throw new PowerTableFormatException(source + ": cannot read: " + e.getMessage(), e);
    }
    int first = firstSignificantByte(head);
    if (first < 0) {
      throw new PowerTableFormatException(source + ": the file is empty");
    }
    if (first >= 0x20 && first < 0x7f) {
      if (new String(head, StandardCharsets.UTF_8).contains(CERTIFICATE_FIELD)) {
        return new DataInput(source, null, CertificateFiles.open(buffered, source));
      }
      return new DataInput(source, TableFile.of(PowerTableFiles.read(buffered, source)), null);
    }
    byte[] bytes = readBounded(buffered, source);
    try {
      return new DataInput(source, TableFile.of(PowerTableFiles.parseCbor(bytes, source)), null);
    } catch (PowerTableFormatException asTable) {
      try {
        return new DataInput(
            source, null, CertificateFiles.open(new ByteArrayInputStream(bytes), source));
      } catch (CertificateFormatException asCertificate) {
        throw new PowerTableFormatException(
            source
                + ": neither a power table nor a"
                + " certificate. As a power table: "
                + asTable.getMessage()
                + " As a certificate: "
                + asCertificate.getMessage(),
            asTable);
      }
    }
  }

  /** The file's name as errors and reports give it ({@code standard input} for {@code -}). */
  public String source() {
    return source;
  }

  public DataFile.Kind kind() {
    return kind;
  }

  /** The power table the file holds. */
  public TableFile table() throws F3Exception {
    if (table == null) {
      throw new PowerTableFormatException(
          source + " holds finality certificates, not a power" + " table");
    }
    return table;
  }

  /** The certificates the file holds, one at a time; closing this input closes them. */
  public CertificateReader certificates() throws F3Exception {
    if (certificates == null) {
      throw new CertificateFormatException(
          source + " holds a power table, not finality" + " certificates");
    }
    return certificates;
  }

  @Override
  public void close() throws IOException {
    if (certificates != null) {
      certificates.close();
    }
  }

  private static byte[] readBounded(InputStream in, String source)
      throws PowerTableFormatException {
    long limit = Math.max(PowerTableFiles.MAX_FILE_SIZE, CertificateFiles.MAX_CBOR_SIZE);
    try (in) {
      byte[] bytes = in.readNBytes((int) limit + 1);
      if (bytes.length > limit) {
        throw new PowerTableFormatException(
            source
                + ": more than "
                + limit
                + " bytes of"
                + " DAG-CBOR, larger than any power table or certificate");
      }
      return bytes;
    } catch (IOException e) {
      throw new PowerTableFormatException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static int firstSignificantByte(byte[] head) {
    int i = 0;
    if (head.length >= 3
        && (head[0] & 0xff) == 0xef
        && (head[1] & 0xff) == 0xbb
        && (head[2] & 0xff) == 0xbf) {
      i = 3;
    }
    for (; i < head.length; i++) {
      int b = head[i] & 0xff;
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return b;
      }
    }
    return -1;
  }
}
