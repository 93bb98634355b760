package io.f3console.core.certs;

import io.f3console.core.cbor.CborDecodingException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads certificate files. The format is recognised from the content, not the name: if the
 * first byte after an optional UTF-8 byte-order mark and whitespace is printable ASCII (for a
 * certificate file, {@code {} or {@code [}), the file is JSON (one certificate or an array,
 * streamed); otherwise it is the DAG-CBOR of one certificate, which always starts with
 * {@code 0x86}. Errors name the file.
 */
public final class CertificateFiles {
  /**
   * CBOR input is read whole, so larger input is refused first. The largest certificate cbor-gen
   * accepts (8192 tipsets of 760-byte keys, a 2 MiB signature, 32 KiB of signers, 8192 deltas) is
   * about 9 MB.
   */
  public static final int MAX_CBOR_SIZE = 16 << 20;

  /** How far whitespace before the first JSON token is looked through. */
  private static final int PEEK_LIMIT = 64 << 10;

  private CertificateFiles() {}

  /** All certificates in the file. */
  public static List<FinalityCertificate> read(Path path) throws CertificateFormatException {
    List<FinalityCertificate> certificates = new ArrayList<>();
    try (CertificateReader reader = open(path)) {
      Optional<FinalityCertificate> next;
      while ((next = reader.next()).isPresent()) {
        certificates.add(next.get());
      }
    } catch (IOException e) {
      throw new CertificateFormatException(path + ": cannot close: " + e.getMessage(), e);
    }
    return certificates;
  }

  /** A reader over the certificates in the file; close it when done. */
  public static CertificateReader open(Path path) throws CertificateFormatException {
    String source = path.toString();
    InputStream in;
    try {
      if (Files.isDirectory(path)) {
        throw new CertificateFormatException(source + ": is a directory, not a certificate file");
      }
      in = Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new CertificateFormatException(source + ": no such file", e);
    } catch (IOException e) {
      throw new CertificateFormatException(source + ": cannot read: " + e.getMessage(), e);
    }
    try {
      return open(in, source);
    } catch (CertificateFormatException e) {
      closeQuietly(in, e);
      throw e;
    }
  }

  /**
   * A reader over the certificates in a stream (e.g. standard input) of either format.
   *
   * @param source names the input in errors
   */
  public static CertificateReader open(InputStream in, String source)
      throws CertificateFormatException {
    BufferedInputStream buffered = new BufferedInputStream(in, 8192);
    int first;
    try {
      first = firstSignificantByte(buffered);
    } catch (IOException e) {
      throw new CertificateFormatException(source + ": cannot read: " + e.getMessage(), e);
    }
    if (first < 0) {
      throw new CertificateFormatException(
          source + ": no certificate: the input is empty or blank");
    }
    if (first >= 0x20 && first < 0x7f) {
      return CertificateJson.open(buffered, source);
    }
    return CertificateReader.of(List.of(readCbor(buffered, source)), source);
  }

  /** The first byte that is not a byte-order mark or JSON whitespace, or -1; nothing consumed. */
  private static int firstSignificantByte(BufferedInputStream in) throws IOException {
    in.mark(PEEK_LIMIT);
    try {
      for (int i = 0; i < PEEK_LIMIT; i++) {
        int b = in.read();
        boolean bom = i < 3 && (b == 0xef || b == 0xbb || b == 0xbf);
        if (b < 0 || !(bom || b == ' ' || b == '\n' || b == '\r' || b == '\t')) {
          return b;
        }
      }
      return ' '; // only whitespace so far: let the JSON parser report it
    } finally {
      in.reset();
    }
  }

  private static FinalityCertificate readCbor(InputStream in, String source)
      throws CertificateFormatException {
    byte[] bytes;
    try (in) {
      bytes = in.readNBytes(MAX_CBOR_SIZE + 1);
    } catch (IOException e) {
      throw new CertificateFormatException(source + ": cannot read: " + e.getMessage(), e);
    }
    if (bytes.length > MAX_CBOR_SIZE) {
      throw new CertificateFormatException(
          source
              + ": more than "
              + MAX_CBOR_SIZE
              + " bytes, larger than any CBOR finality certificate");
    }
    try {
      return FinalityCertificateCbor.decode(bytes);
    } catch (CborDecodingException e) {
      throw new CertificateFormatException(
          source + ": not a DAG-CBOR finality certificate: " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(InputStream in, CertificateFormatException failure) {
    try {
      in.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
