package io.f3console.app.cli;

import io.f3console.core.health.HealthCheck;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.readiness.Readiness;
import io.f3console.core.readiness.ReadinessObservation;
import io.f3console.core.readiness.ReadinessProbe;
import io.f3console.core.rpc.F3Manifest;
import io.f3console.core.rpc.InstanceProgress;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.RpcException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code f3console doctor --ready}: where a node's F3 stands, for a health check. Exit 0 in sync, 1
 * in any other phase, 3 when the node cannot be reached (the {@link RpcException} goes up to the
 * command line's one handler).
 */
final class DoctorReadiness {
  private final OutputOptions output;

  DoctorReadiness(OutputOptions output) {
    this.output = output;
  }

  int run(LotusRpcClient client, Duration window, long maxLagEpochs, Optional<Duration> wait)
      throws RpcException, InterruptedException {
    ReadinessProbe probe = new ReadinessProbe(client, window, maxLagEpochs);
    AtomicInteger probes = new AtomicInteger();
    long started = System.nanoTime();
    Readiness readiness;
    if (wait.isPresent()) {
      readiness =
          probe.waitForSync(
              wait.get(),
              each -> {
                int n = probes.incrementAndGet();
                if (!output.json && !each.inSync()) {
                  output.out().println("probe " + n + ": " + oneLine(each));
                  output.out().flush();
                }
              });
    } else {
      readiness = probe.probe();
      probes.set(1);
    }
    Duration waited = Duration.ofNanos(System.nanoTime() - started);
    Result result = new Result(client.displayEndpoint(), readiness, probes.get(), wait, waited);
    record(output.session(), result);
    output.print(result);
    return readiness.inSync() ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
  }

  /** "stalled, 100 epochs behind" */
  static String oneLine(Readiness readiness) {
    OptionalLong lag = readiness.lagEpochs();
    return readiness.phase().label()
        + (lag.isPresent() ? ", " + lag.getAsLong() + " epochs behind" : "");
  }

  private static void record(SessionRecord.Builder session, Result result) {
    Readiness readiness = result.readiness();
    session.verdict(readiness.inSync() ? SessionVerdict.PASSED : SessionVerdict.FAILED);
    readiness.observation().manifest().ifPresent(m -> session.network(m.networkName()));
    if (!readiness.inSync()) {
      session.reason(readiness.phase().name());
    }
    session.fact(
        "readiness", readiness.phase().label() + ". " + String.join(" ", readiness.evidence()));
    session.summary("F3 readiness of " + result.target() + ": " + oneLine(readiness));
  }

  /** The phase with its evidence, and how long it was waited for. */
  record Result(
      String target, Readiness readiness, int probes, Optional<Duration> waitLimit, Duration waited)
      implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      out.println("F3 readiness of " + target + ": " + readiness.phase().label());
      readiness.evidence().forEach(sentence -> WrappedText.print(out, "    ", "    ", sentence));
      waitLimit.ifPresent(
          limit ->
              out.println(
                  "    "
                      + (readiness.inSync() ? "In sync after " : "Not in sync after ")
                      + probes
                      + (probes == 1 ? " probe" : " probes")
                      + " (waited up to "
                      + HealthCheck.duration(limit)
                      + ")."));
    }

    @Override
    public JsonFields toJson() {
      ReadinessObservation seen = readiness.observation();
      return JsonFields.object()
          .text("target", target)
          .text("phase", readiness.phase().name())
          .text("phaseName", readiness.phase().label())
          .bool("inSync", readiness.inSync())
          .text("f3NetworkName", seen.manifest().map(F3Manifest::networkName))
          .epoch("bootstrapEpoch", seen.manifest().map(F3Manifest::bootstrapEpoch))
          .epoch("chainHead", seen.chainHead())
          .bool("running", seen.running())
          .uint64("latestInstance", seen.latest().map(c -> c.instance()))
          .epoch("finalisedEpoch", seen.latest().map(c -> c.chain().head().epoch()))
          .number("lagEpochs", readiness.lagEpochs())
          .number("maxLagEpochs", readiness.maxLagEpochs())
          .number("certificateAgeSeconds", readiness.certificateAge().map(Duration::toSeconds))
          .object("progressBefore", seen.before().map(Result::progress))
          .object("progressAfter", seen.after().map(Result::progress))
          .number("progressWindowMillis", seen.window().toMillis())
          .strings("evidence", readiness.evidence())
          .number("probes", probes)
          .number("waitSeconds", waitLimit.map(Duration::toSeconds));
    }

    private static JsonFields progress(InstanceProgress progress) {
      return JsonFields.object()
          .uint64("instance", progress.instance())
          .number("round", progress.round())
          .text("phase", progress.phase().name());
    }
  }
}
