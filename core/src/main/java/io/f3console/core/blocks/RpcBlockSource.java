package io.f3console.core.blocks;

import io.f3console.core.cid.Cid;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.RpcException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Blocks read from a Lotus or Forest node with {@code Filecoin.ChainReadObj}, each checked with
 * {@link BlockCheck} before it is returned or cached: a node is never trusted, and wrong bytes are
 * {@link BlockException.Reason#HASH_MISMATCH} naming the CID and the node. Checked blocks are kept
 * in a {@link BlockCache} (64 MiB by default), so a block read twice is asked for once. Safe for
 * concurrent use; two threads that miss the same block at once may both ask.
 *
 * <p>What the node says becomes a reason: it does not have the block ({@code ipld: could not find},
 * Forest's {@code can't find object}) is MISSING; a timeout, a broken connection or HTTP 5xx is
 * retried up to {@code retries} times with a doubling pause, then UNREACHABLE; a malformed answer
 * is MALFORMED; any other refusal (a token, a missing method, another error) is UNREACHABLE with
 * the node's words.
 */
public final class RpcBlockSource implements BlockSource {
  /** The default cache size. */
  public static final long DEFAULT_CACHE_BYTES = 64L << 20;

  private final LotusRpcClient client;
  private final String name;
  private final int retries;
  private final Duration backoff;
  private final BlockCache cache;
  private final AtomicLong read = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();

  private RpcBlockSource(LotusRpcClient client, int retries, Duration backoff, long cacheBytes) {
    this.client = client;
    this.name = "rpc:" + client.displayEndpoint();
    this.retries = retries;
    this.backoff = backoff;
    this.cache = new BlockCache(cacheBytes);
  }

  /** Blocks from the node {@code client} talks to, with the default cache and no retries. */
  public static RpcBlockSource of(LotusRpcClient client) {
    return of(client, 0, Duration.ZERO, DEFAULT_CACHE_BYTES);
  }

  /**
   * Blocks from the node {@code client} talks to.
   *
   * @param retries how many times a transient failure is asked again
   * @param backoff the first pause before asking again; it doubles each time
   * @param cacheBytes the most bytes of checked blocks kept (0: no cache)
   */
  public static RpcBlockSource of(
      LotusRpcClient client, int retries, Duration backoff, long cacheBytes) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(backoff, "backoff");
    if (retries < 0 || backoff.isNegative() || cacheBytes < 0) {
      throw new IllegalArgumentException("retries, backoff and cache size must not be negative");
    }
    return new RpcBlockSource(client, retries, backoff, cacheBytes);
  }

  @Override
  public byte[] block(Cid cid) throws BlockException, InterruptedException {
    Objects.requireNonNull(cid, "cid");
    Optional<byte[]> cached = cache.get(cid);
    if (cached.isPresent()) {
      read.incrementAndGet();
      return cached.get();
    }
    byte[] data = BlockCheck.verified(cid, fetch(cid), "node " + client.displayEndpoint());
    cache.put(cid, data);
    read.incrementAndGet();
    return data.clone();
  }

  private byte[] fetch(Cid cid) throws BlockException, InterruptedException {
    long pause = backoff.toMillis();
    for (int attempt = 1; ; attempt++) {
      if (Thread.interrupted()) {
        throw new InterruptedException("interrupted before reading " + cid + " from " + name);
      }
      try {
        requests.incrementAndGet();
        Optional<byte[]> bytes = client.chainReadObj(cid);
        if (bytes.isEmpty()) {
          throw new BlockException(
              BlockException.Reason.MISSING,
              Optional.of(cid),
              "block " + cid + ": the node " + client.displayEndpoint() + " does not have it");
        }
        return bytes.get();
      } catch (RpcException e) {
        if (e.reason() == RpcException.Reason.INTERRUPTED) {
          Thread.currentThread().interrupt();
          throw new InterruptedException("interrupted while reading " + cid + " from " + name);
        }
        if (e.isTransient() && attempt <= retries) {
          Thread.sleep(pause);
          pause = Math.max(1, pause * 2);
          continue;
        }
        throw failure(cid, e, attempt);
      }
    }
  }

  private BlockException failure(Cid cid, RpcException e, int attempts) {
    String tried = attempts > 1 ? " (after " + attempts + " attempts)" : "";
    BlockException.Reason reason =
        e.reason() == RpcException.Reason.MALFORMED_RESPONSE
            ? BlockException.Reason.MALFORMED
            : BlockException.Reason.UNREACHABLE;
    return new BlockException(
        reason,
        Optional.of(cid),
        "block " + cid + " from " + name + ": " + e.getMessage() + tried,
        e);
  }

  @Override
  public String describe() {
    return name;
  }

  @Override
  public long blocksRead() {
    return read.get();
  }

  /** How many {@code ChainReadObj} requests were sent (retries included). */
  public long requests() {
    return requests.get();
  }

  /** The cache of checked blocks. */
  public BlockCache cache() {
    return cache;
  }

  /** Closes the client. */
  @Override
  public void close() {
    client.close();
  }
}
