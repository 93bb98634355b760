package io.f3console.core.rpc;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.validation.CertificateStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The certificates of an instance range, fetched ahead on a bounded pool and handed out strictly in
 * instance order. At most {@code window} requests are queued or buffered at once, so memory stays
 * bounded however long the range. A transient failure (timeout, broken connection, HTTP 5xx) is
 * tried again after an exponentially growing pause, up to {@code retries} times; any other failure,
 * and the last transient one, ends the stream with that error (which names the instance). After a
 * failure, every further {@link #next()} throws the same error.
 */
final class CertificateRange implements CertificateStream {
  /** One attempt to fetch one certificate. */
  @FunctionalInterface
  interface Fetch {
    FinalityCertificate certificate(long instance) throws RpcException;
  }

  /** The longest pause between two attempts. */
  static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

  private final Fetch fetch;
  private final ExecutorService pool;
  private final int window;
  private final int retries;
  private final Duration backoff;
  private final ArrayDeque<Future<FinalityCertificate>> pending = new ArrayDeque<>();
  private final long last;
  private long nextToSubmit;
  private boolean submittedLast;
  private RpcException failure;

  /**
   * @param from the first instance
   * @param to the last instance (inclusive, unsigned, not before {@code from})
   */
  CertificateRange(
      Fetch fetch,
      ExecutorService pool,
      int window,
      int retries,
      Duration backoff,
      long from,
      long to) {
    if (Long.compareUnsigned(from, to) > 0) {
      throw new IllegalArgumentException(
          "the range "
              + Long.toUnsignedString(from)
              + ".."
              + Long.toUnsignedString(to)
              + " is empty");
    }
    this.fetch = fetch;
    this.pool = pool;
    this.window = window;
    this.retries = retries;
    this.backoff = backoff;
    this.nextToSubmit = from;
    this.last = to;
  }

  @Override
  public Optional<FinalityCertificate> next() throws RpcException {
    if (failure != null) {
      throw failure;
    }
    fill();
    Future<FinalityCertificate> head = pending.poll();
    if (head == null) {
      return Optional.empty();
    }
    try {
      FinalityCertificate certificate = head.get();
      fill();
      return Optional.of(certificate);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof RpcException rpc)) {
        cancelPending();
        throw new IllegalStateException("fetching a certificate failed", e.getCause());
      }
      failure = rpc;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      head.cancel(true);
      failure = interrupted(e);
    }
    cancelPending();
    throw failure;
  }

  private static RpcException interrupted(InterruptedException cause) {
    return new RpcException(
        RpcException.Reason.INTERRUPTED,
        LotusRpcClient.GET_CERTIFICATE,
        "interrupted while waiting for certificates",
        null,
        null,
        null,
        cause);
  }

  private void fill() {
    while (pending.size() < window && !submittedLast) {
      long instance = nextToSubmit;
      pending.add(pool.submit(() -> withRetries(instance)));
      if (instance == last) {
        submittedLast = true;
      } else {
        nextToSubmit = instance + 1;
      }
    }
  }

  private FinalityCertificate withRetries(long instance) throws RpcException {
    for (int attempt = 0; ; attempt++) {
      try {
        return fetch.certificate(instance);
      } catch (RpcException e) {
        if (!e.isTransient() || attempt >= retries) {
          throw attempt == 0 ? e : e.afterAttempts(attempt + 1);
        }
      }
      try {
        Thread.sleep(pause(attempt).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw interrupted(e);
      }
    }
  }

  /** {@code backoff}, doubled for every earlier attempt, at most {@link #MAX_BACKOFF}. */
  Duration pause(int attempt) {
    Duration pause = backoff.multipliedBy(1L << Math.min(attempt, 20));
    return pause.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : pause;
  }

  private void cancelPending() {
    for (Future<FinalityCertificate> future : pending) {
      future.cancel(true);
    }
    pending.clear();
    submittedLast = true;
  }
}
