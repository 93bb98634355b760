package io.f3console.core.readiness;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.rpc.F3Manifest;
import io.f3console.core.rpc.InstanceProgress;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.RpcException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Asks a node what {@link Readiness#judge} needs: the chain head, the manifest, whether F3 runs,
 * the latest certificate and two {@code F3GetProgress} samples a window apart. The node's own F3
 * answers ("f3 is disabled", "f3 is not running", no certificate) are part of the observation; any
 * other failure (unreachable, a timeout, a malformed answer) is the {@link RpcException} thrown.
 */
public final class ReadinessProbe {
  /** How long {@link #waitForSync} rests between probes. */
  static final Duration REST = Duration.ofSeconds(1);

  private final LotusRpcClient client;
  private final Duration window;
  private final long maxLagEpochs;

  /**
   * @param window the time between the two progress samples (a stall is "no new instance in this
   *     window while behind")
   * @param maxLagEpochs how far behind the chain head the latest certificate may be in sync
   */
  public ReadinessProbe(LotusRpcClient client, Duration window, long maxLagEpochs) {
    this.client = Objects.requireNonNull(client, "client");
    this.window = Objects.requireNonNull(window, "window");
    if (window.isNegative()) {
      throw new IllegalArgumentException("window must not be negative");
    }
    if (maxLagEpochs < 0) {
      throw new IllegalArgumentException("maxLagEpochs must not be negative");
    }
    this.maxLagEpochs = maxLagEpochs;
  }

  /** One look at the node. */
  public Readiness probe() throws RpcException, InterruptedException {
    return Readiness.judge(observe(), maxLagEpochs);
  }

  /**
   * Probes until the node is in sync or {@code wait} has passed, handing every result to {@code
   * each} (the first at once); returns the last.
   */
  public Readiness waitForSync(Duration wait, Consumer<Readiness> each)
      throws RpcException, InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      Readiness readiness = probe();
      each.accept(readiness);
      long left = deadline - System.nanoTime();
      if (readiness.inSync() || left <= 0) {
        return readiness;
      }
      Thread.sleep(Math.min(REST.toMillis(), Math.max(1, left / 1_000_000)));
    }
  }

  private ReadinessObservation observe() throws RpcException, InterruptedException {
    long head = client.chainHead().height();
    F3Manifest manifest;
    try {
      manifest = client.manifest();
    } catch (RpcException e) {
      Optional<String> absent = absence(e);
      if (absent.isPresent()) {
        return ReadinessObservation.withoutF3(absent.get(), head);
      }
      throw e;
    }
    boolean running;
    try {
      running = client.isRunning();
    } catch (RpcException e) {
      Optional<String> absent = absence(e);
      if (absent.isPresent()) {
        return ReadinessObservation.withoutF3(absent.get(), head);
      }
      if (e.reason() != RpcException.Reason.F3_NOT_RUNNING) {
        throw e;
      }
      running = false;
    }
    if (!running) {
      return new ReadinessObservation(
          Optional.of(manifest),
          Optional.empty(),
          head,
          running,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Duration.ZERO);
    }
    Optional<FinalityCertificate> latest = latest();
    Optional<InstanceProgress> before = progress();
    Thread.sleep(window.toMillis());
    Optional<InstanceProgress> after = progress();
    return new ReadinessObservation(
        Optional.of(manifest), Optional.empty(), head, true, latest, before, after, window);
  }

  private static Optional<String> absence(RpcException e) {
    return switch (e.reason()) {
      case F3_DISABLED -> Optional.of("F3 is disabled on this node (\"f3 is disabled\").");
      case METHOD_NOT_FOUND ->
          Optional.of("The node offers no F3 API (" + e.method() + " is not a method there).");
      default -> Optional.empty();
    };
  }

  private Optional<FinalityCertificate> latest() throws RpcException {
    try {
      return client.latestCertificate();
    } catch (RpcException e) {
      if (e.reason() == RpcException.Reason.CERTIFICATE_NOT_FOUND
          || e.reason() == RpcException.Reason.F3_NOT_RUNNING) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private Optional<InstanceProgress> progress() throws RpcException {
    try {
      return Optional.of(client.progress());
    } catch (RpcException e) {
      if (e.reason() == RpcException.Reason.F3_NOT_RUNNING) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
