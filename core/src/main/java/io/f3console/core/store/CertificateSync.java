package io.f3console.core.store;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceException;
import io.f3console.core.source.SourcedTable;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.validation.CertificateStream;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.ValidationFailure;
import io.f3console.core.validation.ValidationListener;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Brings a certificate store up to date from a source: from the store's newest instance + 1 with
 * the stored committee of that instance (an empty store starts from the source's initial table,
 * judged by {@link TrustAssessor}), every certificate is validated by {@link CertificateValidator}
 * and stored only once it has validated. A certificate that fails stops the sync; nothing from it
 * on is stored.
 */
public final class CertificateSync {
  private final TrustAssessor assessor;
  private final ValidatorOptions options;

  /**
   * @param assessor judges the table an empty store starts from; its network's F3 name binds the
   *     signatures
   * @param options the validator's options; {@link ValidatorOptions#withoutSignatures()} stores
   *     certificates marked as unverified
   */
  public CertificateSync(TrustAssessor assessor, ValidatorOptions options) {
    this.assessor = Objects.requireNonNull(assessor, "assessor");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Syncs {@code store} from {@code source}, up to instance {@code to} when given.
   *
   * @throws F3Exception when the source cannot give what is needed or the store cannot be written;
   *     a certificate that fails validation is a result, not an exception
   */
  public SyncResult sync(CertificateStore store, DataSource source, OptionalLong to)
      throws F3Exception, InterruptedException {
    if (!source.hasCertificates()) {
      throw new SourceException(source.spec() + " holds no certificates to sync from");
    }
    Optional<CertificateStore.Start> start = store.start();
    long next;
    PowerTable committee;
    Trust trust;
    if (start.isEmpty()) {
      SourcedTable initial = source.initialPowerTable();
      next = initial.instance();
      committee = initial.table();
      trust = assessor.table(committee.cid(), next);
      if (trust.isMismatch()) {
        // a store keeps one network's chain: nothing is stored from a table that is not its own
        return new SyncResult(
            0,
            0,
            0,
            OptionalLong.empty(),
            OptionalLong.empty(),
            trust,
            options.checkSignatures(),
            Optional.empty(),
            true);
      }
    } else {
      OptionalLong latest = store.latestInstance();
      next = latest.isPresent() ? latest.getAsLong() + 1 : start.get().instance();
      committee =
          store
              .committeeOf(next)
              .orElseThrow(
                  () ->
                      new StoreException(
                          "the certificate store "
                              + store.file()
                              + " has no committee of instance "
                              + next));
      trust = start.get().trust();
    }
    InstanceRange range = source.certificateRange();
    long last = to.isPresent() ? Math.min(to.getAsLong(), range.latest()) : range.latest();
    if (Long.compareUnsigned(last, next) < 0) {
      if (start.isEmpty()) {
        store.begin(next, committee, trust);
      }
      return result(store, 0, 0, 0, trust, Optional.empty());
    }
    if (!range.contains(next)) {
      throw new SourceException(
          source.spec()
              + " holds instances "
              + Long.toUnsignedString(range.first())
              + "–"
              + Long.toUnsignedString(range.latest())
              + ", not instance "
              + Long.toUnsignedString(next)
              + ", the next one the store needs");
    }
    if (start.isEmpty()) {
      store.begin(next, committee, trust);
    }
    Counting stream = new Counting(source.certificates(next, last));
    Storing listener = new Storing(store, options.checkSignatures());
    CertificateValidator validator =
        new CertificateValidator(assessor.selection().f3NetworkName(), options);
    ValidationResult validation =
        validator.validate(committee, next, Optional.empty(), stream, listener);
    if (listener.error != null) {
      throw listener.error;
    }
    return result(
        store, stream.read, validation.validated(), listener.stored, trust, validation.failure());
  }

  private SyncResult result(
      CertificateStore store,
      long fetched,
      long validated,
      long stored,
      Trust trust,
      Optional<ValidationFailure> failure)
      throws StoreException {
    OptionalLong latest = store.latestInstance();
    OptionalLong first = OptionalLong.empty();
    if (latest.isPresent()) {
      // the store is contiguous from its start
      first = OptionalLong.of(store.start().orElseThrow().instance());
    }
    return new SyncResult(
        fetched,
        validated,
        stored,
        first,
        latest,
        trust,
        options.checkSignatures(),
        failure,
        false);
  }

  /** Counts the certificates read from the source. */
  private static final class Counting implements CertificateStream {
    private final CertificateStream inner;
    long read;

    Counting(CertificateStream inner) {
      this.inner = inner;
    }

    @Override
    public Optional<FinalityCertificate> next() throws F3Exception {
      Optional<FinalityCertificate> next = inner.next();
      if (next.isPresent()) {
        read++;
      }
      return next;
    }
  }

  /** Stores each certificate as it is settled valid; stops storing at the first error. */
  private static final class Storing implements ValidationListener {
    private final CertificateStore store;
    private final boolean signaturesChecked;
    long stored;
    StoreException error;

    Storing(CertificateStore store, boolean signaturesChecked) {
      this.store = store;
      this.signaturesChecked = signaturesChecked;
    }

    @Override
    public void validated(FinalityCertificate certificate, PowerTable nextTable) {
      if (error != null) {
        return;
      }
      try {
        store.append(certificate, signaturesChecked, nextTable);
        stored++;
      } catch (StoreException e) {
        error = e;
      }
    }
  }
}
