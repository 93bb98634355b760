package io.f3console.core.inspect;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.CertificateFormatException;
import io.f3console.core.certs.CertificateReader;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.powertable.PowerTableDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A file someone opened without saying what it holds: a power table (JSON or DAG-CBOR) or finality
 * certificates (JSON, or the DAG-CBOR of one certificate), recognised from the content.
 *
 * <p>Read through {@link DataInput}, the one reader of data files; this is its whole-file form, for
 * the console and small files.
 *
 * @param path the file
 * @param table the power table, when the file holds one
 * @param certificates the certificates, when the file holds them (empty otherwise)
 */
public record DataFile(
    Path path, Optional<PowerTableDocument> table, List<FinalityCertificate> certificates) {

  /** What a file turned out to hold. */
  public enum Kind {
    POWER_TABLE,
    CERTIFICATES
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
   * Reads {@code path} whole, recognising what it holds ({@link DataInput}, the one reader).
   *
   * @throws F3Exception naming the file and what is wrong with it
   */
  public static DataFile read(Path path) throws F3Exception {
    return read(DataInput.open(path), path);
  }

  /**
   * Reads a file opened once whose first bytes were looked at, whole: the same stream, so a pipe is
   * read as well as a regular file.
   *
   * @throws F3Exception naming the file and what is wrong with it
   */
  public static DataFile read(PeekedInput peeked) throws F3Exception {
    return read(DataInput.open(peeked), peeked.path());
  }

  private static DataFile read(DataInput opened, Path path) throws F3Exception {
    try (DataInput input = opened) {
      if (input.kind() == Kind.POWER_TABLE) {
        return new DataFile(path, Optional.of(input.table().document()), List.of());
      }
      List<FinalityCertificate> certificates = new ArrayList<>();
      CertificateReader reader = input.certificates();
      for (Optional<FinalityCertificate> next = reader.next();
          next.isPresent();
          next = reader.next()) {
        certificates.add(next.get());
      }
      if (certificates.isEmpty()) {
        throw new CertificateFormatException(path + ": the file holds no certificates");
      }
      return new DataFile(path, Optional.empty(), certificates);
    } catch (IOException e) {
      throw new CertificateFormatException(path + ": cannot close: " + e.getMessage(), e);
    }
  }
}
