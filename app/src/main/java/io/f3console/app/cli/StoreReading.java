package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.store.CertificateStore;
import io.f3console.core.store.StoredParticipation;
import io.f3console.core.trust.Trust;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A certificate store opened for reading by {@code participation --store}: the network's store (the
 * default file or the one given), the stored instances within {@code --from}/{@code --to}, the
 * trust of the table it started from, and how many of those certificates were stored without their
 * signatures checked. Results are verified only when the start is verified and every certificate
 * read had its signature checked.
 */
final class StoreReading implements AutoCloseable {
  private final CertificateStore store;
  private final StoredParticipation participation;
  private final StoredParticipation.Range range;
  private final StoredParticipation.Verification verification;

  private StoreReading(
      CertificateStore store,
      StoredParticipation.Range range,
      StoredParticipation.Verification verification) {
    this.store = store;
    this.participation = new StoredParticipation(store);
    this.range = range;
    this.verification = verification;
  }

  /**
   * Opens the store of {@code selection}'s network ({@code file} empty: the default one beside the
   * history) and clips the range to what it holds.
   *
   * @throws F3Exception if there is no store, it is another network's, or it holds nothing in the
   *     range
   */
  static StoreReading open(
      String file, NetworkSelection selection, Path history, Long from, Long to)
      throws F3Exception {
    Path path = StoreFiles.of(file.isEmpty() ? null : Path.of(file), selection, history);
    if (!Files.isRegularFile(path)) {
      throw new F3Exception(
          "no certificate store at "
              + path.toAbsolutePath()
              + ": fill one"
              + " with f3console certs sync SOURCE --network "
              + selection.profile().map(p -> p.key()).orElse(selection.f3NetworkName())
              + (file.isEmpty() ? "" : " --store " + file));
    }
    CertificateStore store = CertificateStore.open(path, selection.f3NetworkName());
    try {
      StoredParticipation participation = new StoredParticipation(store);
      var clipped =
          participation.clip(
              from == null ? OptionalLong.empty() : OptionalLong.of(from),
              to == null ? OptionalLong.empty() : OptionalLong.of(to));
      if (clipped.isEmpty()) {
        throw new F3Exception(
            store.file()
                + " holds no certificate"
                + (from == null && to == null ? "" : " in the range asked")
                + ": "
                + describe(participation));
      }
      StoredParticipation.Range range = clipped.get();
      return new StoreReading(store, range, participation.verification(range));
    } catch (F3Exception | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static String describe(StoredParticipation participation) throws F3Exception {
    return participation
        .stored()
        .map(
            r ->
                "it holds instances "
                    + Long.toUnsignedString(r.first())
                    + "–"
                    + Long.toUnsignedString(r.last()))
        .orElse("it is empty");
  }

  StoredParticipation participation() {
    return participation;
  }

  StoredParticipation.Range range() {
    return range;
  }

  Trust trust() {
    return verification.start();
  }

  Path file() {
    return store.file();
  }

  /** Certificates in the range stored without their signatures checked. */
  long unchecked() {
    return verification.unchecked();
  }

  boolean verified() {
    return verification.verified();
  }

  /** What was read, as a value that outlives the open store. */
  Counted counted() {
    return new Counted(store.file(), range, verification);
  }

  /**
   * The stored instances a report counts: the store, the range, the trust of the table it started
   * from and how many certificates in the range were stored without their signatures checked.
   */
  record Counted(
      Path file, StoredParticipation.Range range, StoredParticipation.Verification verification) {
    Trust trust() {
      return verification.start();
    }

    long unchecked() {
      return verification.unchecked();
    }

    boolean verified() {
      return verification.verified();
    }

    /** The store's lines of a text report. */
    void print(PrintWriter out) {
      Trust trust = verification.start();
      long unchecked = verification.unchecked();
      TrustOutput.print(out, trust);
      out.println("Store          " + file);
      out.println(
          "Counted        instances "
              + Long.toUnsignedString(range.first())
              + "–"
              + Long.toUnsignedString(range.last())
              + " ("
              + range.size()
              + "), each validated"
              + " before it was stored");
      if (unchecked > 0) {
        out.println(
            "UNVERIFIED     "
                + unchecked
                + " of these certificates were stored without"
                + " their signatures checked (certs sync --no-signatures): the counts rest on"
                + " signer lists nobody proved");
      } else if (!trust.isVerified()) {
        out.println(
            "UNVERIFIED     the store starts from a table that is not proved to be the"
                + " network's (see Trust)");
      } else {
        out.println("Verified       every certificate counted had its signatures checked");
      }
    }
  }

  @Override
  public void close() {
    store.close();
  }
}
