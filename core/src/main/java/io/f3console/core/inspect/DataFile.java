package io.f3console.core.inspect;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.CertificateFiles;
import io.f3console.core.certs.CertificateFormatException;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.powertable.PowerTableDocument;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A file someone opened without saying what it holds: a power table (JSON or DAG-CBOR) or
 * finality certificates (JSON, or the DAG-CBOR of one certificate), recognised from the content.
 *
 * <p>JSON that names {@code GPBFTInstance} in its first 64 KiB holds certificates; other JSON
 * is read as a power table. CBOR is ambiguous (a six-entry power table and a certificate both
 * start with {@code 0x86}), so it is tried as a power table, then as a certificate, and the
 * error of each attempt is reported when both fail.
 *
 * @param path the file
 * @param table the power table, when the file holds one
 * @param certificates the certificates, when the file holds them (empty otherwise)
 */
public record DataFile(Path path, Optional<PowerTableDocument> table,
    List<FinalityCertificate> certificates) {
  private static final int HEAD = 64 << 10;
  private static final String CERTIFICATE_FIELD = "\"GPBFTInstance\"";

  /** What a file turned out to hold. */
  public enum Kind {
    POWER_TABLE, CERTIFICATES
  }

  public DataFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(table, "table");
    certificates = List.copyOf(certificates);
    if (table.isPresent() == !certificates.isEmpty()) {
      throw new IllegalArgumentException("a data file holds a table or certificates, not both");
    }
  }

  public Kind kind() {
    return table.isPresent() ? Kind.POWER_TABLE : Kind.CERTIFICATES;
  }

  /**
   * Reads {@code path}, recognising what it holds.
   *
   * @throws F3Exception naming the file and what is wrong with it
   */
  public static DataFile read(Path path) throws F3Exception {
    byte[] head = head(path);
    int first = firstSignificantByte(head);
    if (first < 0) {
      throw new PowerTableFormatException(path + ": the file is empty");
    }
    if (first >= 0x20 && first < 0x7f) {
      String text = new String(head, StandardCharsets.UTF_8);
      if (text.contains(CERTIFICATE_FIELD)) {
        return certificates(path, CertificateFiles.read(path));
      }
      return new DataFile(path, Optional.of(PowerTableFiles.read(path)), List.of());
    }
    try {
      return new DataFile(path, Optional.of(PowerTableFiles.read(path)), List.of());
    } catch (PowerTableFormatException asTable) {
      try {
        return certificates(path, CertificateFiles.read(path));
      } catch (CertificateFormatException asCertificate) {
        throw new PowerTableFormatException(path + ": neither a power table nor a certificate."
            + " As a power table: " + asTable.getMessage() + " As a certificate: "
            + asCertificate.getMessage(), asTable);
      }
    }
  }

  private static DataFile certificates(Path path, List<FinalityCertificate> certificates)
      throws CertificateFormatException {
    if (certificates.isEmpty()) {
      throw new CertificateFormatException(path + ": the file holds no certificates");
    }
    return new DataFile(path, Optional.empty(), certificates);
  }

  private static byte[] head(Path path) throws PowerTableFormatException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(HEAD);
    } catch (IOException e) {
      throw new PowerTableFormatException(path + ": cannot read the file: " + e.getMessage(), e);
    }
  }

  private static int firstSignificantByte(byte[] head) {
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb
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
