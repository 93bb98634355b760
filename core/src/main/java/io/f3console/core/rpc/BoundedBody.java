package io.f3console.core.rpc;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Collects a response body into memory up to the call's limit, and gives up (cancelling the
 * transfer) as soon as the node sends more, so that no answer can exhaust memory. A {@code
 * Content-Length} above the limit is refused before any of the body is read. Every byte held is
 * also counted against one budget shared by all calls of the process ({@link #BUDGET}): however
 * many calls are in flight, at once they hold at most that much, and a call that would go beyond it
 * fails instead of waiting.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
  /** The bytes all answers being received may hold at once, across every client. */
  static final long BUDGET = 128L << 20;

  private static final AtomicLong IN_FLIGHT = new AtomicLong();

  /** The body was larger than allowed. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Whether the process's budget, not the call's own limit, was exceeded. */
    private final boolean budget;

    TooLargeException(String message, boolean budget) {
      super(message);
      this.budget = budget;
    }

    /** The failure in words, for a call of {@code method}. */
    String describeFor(String method) {
      return budget ? getMessage() : getMessage() + " for " + method;
    }
  }

  private final int limit;
  private final List<byte[]> chunks = new ArrayList<>();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private long size;
  private long reserved;
  private Flow.Subscription subscription;

  private BoundedBody(int limit) {
    this.limit = limit;
  }

  /**
   * A handler that collects at most {@code limit} bytes, handing the body it makes to {@code
   * created} so that a caller who stops waiting can {@link #abandon} it.
   */
  static HttpResponse.BodyHandler<byte[]> handler(int limit, Consumer<BoundedBody> created) {
    return info -> {
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      BoundedBody body = new BoundedBody(limit);
      created.accept(body);
      if (declared > limit) {
        body.result.completeExceptionally(tooLarge(limit));
      }
      return body;
    };
  }

  private static TooLargeException tooLarge(int limit) {
    return new TooLargeException(
        "the answer is larger than " + describe(limit) + ", the most a valid answer can be", false);
  }

  static String describe(long limit) {
    return limit % (1 << 20) == 0 ? (limit >> 20) + " MiB" : limit + " bytes";
  }

  /** The bytes held by answers being received now (for tests). */
  static long inFlight() {
    return IN_FLIGHT.get();
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  /** Gives back what a body no one waits for any more holds (nothing when there is none yet). */
  static void abandon(BoundedBody body) {
    if (body != null) {
      body.stop();
    }
  }

  private synchronized void stop() {
    if (subscription != null) {
      subscription.cancel();
    }
    release();
    result.completeExceptionally(new IOException("abandoned"));
  }

  @Override
  public synchronized void onSubscribe(Flow.Subscription newSubscription) {
    subscription = newSubscription;
    if (result.isDone()) {
      newSubscription.cancel();
    } else {
      newSubscription.request(Long.MAX_VALUE);
    }
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      int length = buffer.remaining();
      if (size + length > limit) {
        fail(tooLarge(limit));
        return;
      }
      if (!reserve(length)) {
        fail(
            new TooLargeException(
                "the answers in flight would hold more than "
                    + describe(BUDGET)
                    + " at once (lower --concurrency, or the node sends oversized answers)",
                true));
        return;
      }
      byte[] chunk = new byte[length];
      buffer.get(chunk);
      chunks.add(chunk);
      size += length;
    }
  }

  private boolean reserve(long bytes) {
    long now;
    do {
      now = IN_FLIGHT.get();
      if (now + bytes > BUDGET) {
        return false;
      }
    } while (!IN_FLIGHT.compareAndSet(now, now + bytes));
    reserved += bytes;
    return true;
  }

  private void release() {
    IN_FLIGHT.addAndGet(-reserved);
    reserved = 0;
    chunks.clear();
  }

  private void fail(Throwable error) {
    if (subscription != null) {
      subscription.cancel();
    }
    release();
    result.completeExceptionally(error);
  }

  @Override
  public synchronized void onError(Throwable throwable) {
    release();
    result.completeExceptionally(throwable);
  }

  @Override
  public synchronized void onComplete() {
    if (result.isDone()) {
      release();
      return;
    }
    byte[] bytes = new byte[(int) size];
    int at = 0;
    for (byte[] chunk : chunks) {
      System.arraycopy(chunk, 0, bytes, at, chunk.length);
      at += chunk.length;
    }
    release();
    result.complete(bytes);
  }
}
