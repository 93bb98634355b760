package io.f3console.core.validation;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.crypto.BlsException;
import io.f3console.core.crypto.SignatureVerifier;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.TipSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Validates chains of finality certificates exactly as go-f3's {@code
 * certs.ValidateFinalityCertificates} does: the same checks, in the same order, with the same
 * outcome (valid prefix, next instance, the table that validates it, and the first failure).
 *
 * <p>How it is fast at mainnet size. The order-dependent stages (instance, chain, base, signers,
 * quorum, payload, power delta, next table CID) are cheap and run on the calling thread, which
 * moves the power table forward certificate by certificate. The signature check (BDN aggregate key,
 * hash to G2, pairing) is the expensive part and depends only on a certificate and the table of its
 * instance, so with more than one thread it runs on a pool while the calling thread goes ahead. The
 * calling thread then settles certificates strictly in order; at most {@link
 * ValidatorOptions#maxInFlight()} wait at once, so memory stays bounded however long the stream. A
 * certificate's delta is applied before its signature is known, but the outcome is still go-f3's: a
 * signature failure is reported before any later stage of the same certificate and before anything
 * about later certificates.
 *
 * <p>Per-table work (decoded keys and BDN coefficients) is prepared once per distinct key list and
 * reused while the keys and their order stay the same; decoded keys are cached across tables by the
 * crypto facade. The signature check itself is the {@link SignatureVerifier}'s, by default the
 * {@linkplain SignatureVerifier#chosen() chosen} one; which one never changes a verdict.
 */
public final class CertificateValidator {
  private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

  private final String networkName;
  private final ValidatorOptions options;
  private final SignatureVerifier verifier;
  private final CertificateChecks checks;

  /**
   * A validator that checks signatures with the {@linkplain SignatureVerifier#chosen() chosen}
   * verifier.
   *
   * @param networkName the F3 network name signatures are bound to (e.g. {@code filecoin}), not the
   *     profile key
   */
  public CertificateValidator(String networkName, ValidatorOptions options) {
    this(networkName, options, SignatureVerifier.chosen());
  }

  /**
   * @param networkName the F3 network name signatures are bound to (e.g. {@code filecoin}), not the
   *     profile key
   * @param verifier how signatures are checked (unused when the options skip signatures)
   */
  public CertificateValidator(
      String networkName, ValidatorOptions options, SignatureVerifier verifier) {
    this.networkName = Objects.requireNonNull(networkName, "networkName");
    this.options = Objects.requireNonNull(options, "options");
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.checks = new CertificateChecks(networkName, options.trace());
  }

  public String networkName() {
    return networkName;
  }

  /** How this validator checks signatures. */
  public SignatureVerifier verifier() {
    return verifier;
  }

  /** Validates certificates in memory, from {@code nextInstance}, with no base to check. */
  public ValidationResult validate(
      PowerTable table, long nextInstance, List<FinalityCertificate> certificates)
      throws F3Exception, InterruptedException {
    return validate(
        table,
        nextInstance,
        Optional.empty(),
        CertificateStream.of(certificates),
        ValidationListener.NONE);
  }

  /**
   * Validates certificates as they stream in.
   *
   * @param table the power table of {@code nextInstance}
   * @param nextInstance the instance the first certificate must have
   * @param base the tipset the first certificate's chain must start with, if known
   * @throws F3Exception if the stream fails to deliver a certificate, or the BLS library is not
   *     usable; a certificate that fails a check is a result, not an exception
   * @throws InterruptedException if the calling thread is interrupted (the way to cancel)
   */
  public ValidationResult validate(
      PowerTable table,
      long nextInstance,
      Optional<TipSet> base,
      CertificateStream certificates,
      ValidationListener listener)
      throws F3Exception, InterruptedException {
    ExecutorService pool = options.threads() > 1 ? newPool(options.threads()) : null;
    try {
      return new Run(table, nextInstance, base, listener, pool).run(certificates);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private static ExecutorService newPool(int threads) {
    int pool = POOL_NUMBER.incrementAndGet();
    AtomicInteger thread = new AtomicInteger();
    ThreadFactory factory =
        runnable -> {
          Thread t = new Thread(runnable, "f3-signatures-" + pool + "-" + thread.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    return Executors.newFixedThreadPool(threads, factory);
  }

  /** A certificate between its ordered checks and its settlement. */
  private static final class Pending {
    final FinalityCertificate certificate;
    final long instance;
    final PowerTable tableBefore;
    final CertificateChecks.BeforeSignature before;
    Future<SignatureJob.Outcome> signature;
    CertificateChecks.AfterSignature after;

    Pending(
        FinalityCertificate certificate,
        long instance,
        PowerTable tableBefore,
        CertificateChecks.BeforeSignature before) {
      this.certificate = certificate;
      this.instance = instance;
      this.tableBefore = tableBefore;
      this.before = before;
    }
  }

  /** The state of one validation call. */
  private final class Run {
    private final long firstInstance;
    private final ValidationListener listener;
    private final ExecutorService pool;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final StageTimes.Accumulator times = new StageTimes.Accumulator();
    private final List<TipSet> finalized = new ArrayList<>();

    // Where the ordered checks have got to (ahead of settlement when running in parallel).
    private long aheadInstance;
    private PowerTable aheadTable;
    private Optional<TipSet> aheadBase;
    private CommitteeMemo committee;

    // What has been settled.
    private long settledNext;
    private long validated;
    private PowerTable settledTable;
    private Optional<TipSet> settledHead = Optional.empty();
    private Optional<ValidationFailure> failure = Optional.empty();

    Run(
        PowerTable table,
        long nextInstance,
        Optional<TipSet> base,
        ValidationListener listener,
        ExecutorService pool) {
      this.firstInstance = nextInstance;
      this.listener = Objects.requireNonNull(listener, "listener");
      this.pool = pool;
      this.aheadInstance = nextInstance;
      this.aheadTable = Objects.requireNonNull(table, "table");
      this.aheadBase = Objects.requireNonNull(base, "base");
      this.settledNext = nextInstance;
      this.settledTable = table;
    }

    ValidationResult run(CertificateStream certificates) throws F3Exception, InterruptedException {
      try {
        boolean more = true;
        while (more && failure.isEmpty()) {
          if (Thread.interrupted()) {
            throw new InterruptedException("certificate validation cancelled");
          }
          Optional<FinalityCertificate> next;
          try {
            next = certificates.next();
          } catch (F3Exception e) {
            // the source failed part-way: what it gave before is still settled (and handed to
            // the listener) before the failure is reported
            while (!pending.isEmpty() && failure.isEmpty()) {
              settle(pending.removeFirst());
            }
            throw e;
          }
          if (next.isEmpty()) {
            break;
          }
          more = start(next.get());
          while (pending.size() > options.maxInFlight() && failure.isEmpty()) {
            settle(pending.removeFirst());
          }
        }
        while (!pending.isEmpty() && failure.isEmpty()) {
          settle(pending.removeFirst());
        }
      } finally {
        for (Pending abandoned : pending) {
          if (abandoned.signature != null) {
            abandoned.signature.cancel(true);
          }
        }
        pending.clear();
      }
      return new ValidationResult(
          firstInstance,
          settledNext,
          validated,
          settledTable,
          settledHead,
          finalized,
          failure,
          times.snapshot());
    }

    /** Runs the ordered checks of one certificate; false when nothing after it can be valid. */
    private boolean start(FinalityCertificate cert) {
      long instance = aheadInstance;
      PowerTable table = aheadTable;
      CertificateChecks.BeforeSignature before =
          checks.beforeSignature(cert, instance, table, aheadBase);
      Pending entry = new Pending(cert, instance, table, before);
      pending.addLast(entry);
      if (before.failure().isPresent()) {
        return false;
      }
      if (!options.checkSignatures()) {
        entry.signature =
            CompletableFuture.completedFuture(
                new SignatureJob.Outcome(List.of(), Optional.empty(), Optional.empty()));
      } else {
        committee = CommitteeMemo.forTable(table, verifier, committee);
        SignatureJob job =
            new SignatureJob(
                instance,
                verifier,
                committee,
                before.signers(),
                before.message(),
                cert.signature(),
                options.trace());
        if (pool == null) {
          SignatureJob.Outcome outcome = job.run();
          entry.signature = CompletableFuture.completedFuture(outcome);
          if (outcome.failure().isPresent() || outcome.environmentError().isPresent()) {
            return false;
          }
        } else {
          entry.signature = pool.submit(job::run);
        }
      }
      entry.after = checks.afterSignature(cert, instance, table);
      if (entry.after.failure().isPresent()) {
        return false;
      }
      aheadInstance = instance + 1;
      aheadTable = entry.after.nextTable();
      aheadBase = Optional.of(cert.chain().head());
      return true;
    }

    /** Decides one certificate, in order, and reports it. */
    private void settle(Pending entry) throws F3Exception, InterruptedException {
      List<StageEvent> events = new ArrayList<>(entry.before.events());
      Optional<ValidationFailure> found = entry.before.failure();
      if (found.isEmpty()) {
        SignatureJob.Outcome outcome = await(entry.signature);
        if (outcome.environmentError().isPresent()) {
          BlsException error = outcome.environmentError().get();
          throw new F3Exception(
              "cannot check the signature of instance "
                  + Long.toUnsignedString(entry.instance)
                  + ": "
                  + error.getMessage(),
              error);
        }
        events.addAll(outcome.events());
        found = outcome.failure();
        if (found.isEmpty()) {
          events.addAll(entry.after.events());
          found = entry.after.failure();
        }
      }
      for (StageEvent event : events) {
        times.add(event);
        listener.stage(event);
      }
      times.countCertificate();
      if (found.isPresent()) {
        failure = found;
        settledNext = entry.instance;
        settledTable = entry.tableBefore;
        listener.failed(found.get());
        return;
      }
      PowerTable next = entry.after.nextTable();
      validated++;
      settledNext = entry.instance + 1;
      settledTable = next;
      settledHead = Optional.of(entry.certificate.chain().head());
      if (options.retainChain()) {
        finalized.addAll(entry.certificate.chain().suffix());
      }
      listener.validated(entry.certificate, next);
    }

    private SignatureJob.Outcome await(Future<SignatureJob.Outcome> future)
        throws InterruptedException, F3Exception {
      try {
        return future.get();
      } catch (ExecutionException e) {
        throw new F3Exception("signature check failed unexpectedly: " + e.getCause(), e.getCause());
      }
    }
  }
}
