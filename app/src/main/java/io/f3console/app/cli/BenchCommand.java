package io.f3console.app.cli;

import io.f3console.core.bench.BenchReport;
import io.f3console.core.bench.BenchSpec;
import io.f3console.core.bench.StateBench;
import io.f3console.core.bench.ValidationBench;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.validation.Stage;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code f3console bench}: certificates per second at mainnet size, the time per stage, and the
 * floor of blst's native primitives measured in the same run on the same certificates.
 */
@Command(
    name = "bench",
    header = "Measure certificate validation at mainnet size on a generated chain.",
    mixinStandardHelpOptions = true,
    description = {
      "Measure certificate validation at mainnet size on a generated chain: certificates per",
      "second and time per stage for each thread count, beside the floor measured in the same",
      "run on the same certificates: blst's native primitives alone (Pippenger MSM of the",
      "signers' keys with their BDN weights, hash to G2, one pairing check), with inputs",
      "prepared before the clock starts. Reports figures only; it never fails on time.",
      "",
      "With --state: compute a power table from a generated chain state at mainnet size",
      "instead (--claims claims, --eligible of them at or above the minimum), from a",
      "temporary CAR and through ChainReadObj on a loopback server serving it; prints",
      "blocks, bytes, time and peak heap of each path.",
      "",
      "With --store: sync --instances signed certificates into a new certificate store and",
      "compare with validation alone (the last --threads count), then write a mainnet-shaped",
      "store of --stored instances and time one miner's participation, 30 days of missing",
      "power, the instance series and every miner over 30 days; prints the store's size."
    })
final class BenchCommand implements Callable<Integer> {
  @Option(
      names = "--participants",
      paramLabel = "N",
      defaultValue = "1560",
      description = "Committee size (default: ${DEFAULT-VALUE}, about mainnet).")
  int participants;

  @Option(
      names = "--instances",
      paramLabel = "M",
      defaultValue = "200",
      description = "Certificates in the chain (default: ${DEFAULT-VALUE}).")
  int instances;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--threads",
      paramLabel = "T",
      split = ",",
      defaultValue = "1,2",
      description = "Thread counts to measure (default: ${DEFAULT-VALUE}).")
  int[] threads;

  @Option(
      names = "--rounds",
      paramLabel = "R",
      defaultValue = "3",
      description =
          "Timed passes per measurement; the fastest is reported (default:" + " ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--state",
      description = "Measure the power table from chain state instead of certificates.")
  boolean state;

  @Option(
      names = "--claims",
      paramLabel = "N",
      defaultValue = "600000",
      description = "With --state: claims in the power actor (default: ${DEFAULT-VALUE}).")
  int claims;

  @Option(
      names = "--eligible",
      paramLabel = "N",
      defaultValue = "1600",
      description =
          "With --state: claims at or above the consensus minimum (default:"
              + " ${DEFAULT-VALUE}).")
  int eligible;

  @Option(
      names = "--no-node",
      description = "With --state: measure the CAR path only, not the loopback node path.")
  boolean noNode;

  @Option(
      names = "--store",
      description =
          "Measure the certificate store instead: sync throughput against validation"
              + " (--instances signed certificates), then --stored instances written and queried.")
  boolean store;

  @Option(
      names = "--stored",
      paramLabel = "N",
      defaultValue = "100000",
      description =
          "With --store: instances in the store whose queries are timed (default:"
              + " ${DEFAULT-VALUE}).")
  int stored;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    if (store) {
      return StoreBenchOutput.run(
          StoreBenchOutput.spec(participants, instances, stored, threads[threads.length - 1], seed),
          output);
    }
    if (state) {
      return runState();
    }
    BenchSpec spec;
    try {
      spec = new BenchSpec(participants, instances, seed, threads, rounds);
    } catch (IllegalArgumentException e) {
      throw new io.f3console.core.F3Exception(e.getMessage());
    }
    PrintWriter err = output.err();
    BenchReport report =
        new ValidationBench(
                spec,
                line -> {
                  err.println("bench: " + line);
                  err.flush();
                })
            .run();
    record(output.session(), report);
    output.print(new Result(report, Runtime.getRuntime().availableProcessors()));
    return ExitCodes.OK;
  }

  private int runState() throws Exception {
    StateBench.Spec spec;
    try {
      spec = new StateBench.Spec(claims, eligible, seed, !noNode);
    } catch (IllegalArgumentException e) {
      throw new io.f3console.core.F3Exception(e.getMessage());
    }
    PrintWriter err = output.err();
    StateBench.Report report =
        new StateBench(
                spec,
                line -> {
                  err.println("bench: " + line);
                  err.flush();
                })
            .run();
    StateBenchResult result = new StateBenchResult(report);
    result.record(output.session());
    output.print(result);
    return ExitCodes.OK;
  }

  private static void record(SessionRecord.Builder session, BenchReport report) {
    BenchSpec spec = report.spec();
    session.fact(
        "chain",
        spec.instances()
            + " certificates, "
            + spec.participants()
            + " participants, "
            + String.format(Locale.ROOT, "%.0f", report.meanSigners())
            + " signers per certificate, seed "
            + spec.seed());
    session.fact("MSM", report.msmImplementation());
    session.fact("processors", Runtime.getRuntime().availableProcessors());
    session.fact(
        "floor",
        report.floorNanosPerCertificate() > 0
            ? String.format(
                Locale.ROOT, "%.3f ms/certificate", report.floorNanosPerCertificate() / 1e6)
            : "not available");
    for (BenchReport.Run run : report.runs()) {
      session.fact(
          "validator with " + run.threads() + (run.threads() == 1 ? " thread" : " threads"),
          String.format(
              Locale.ROOT,
              "%.3f ms/certificate, %.1f certificates/s, %.2f× one" + " thread's throughput",
              run.nanosPerCertificate() / 1e6,
              run.certificatesPerSecond(),
              report.scaling(run.threads())));
    }
    session.fact("ratio to the floor", String.format(Locale.ROOT, "%.2f×", report.ratioToFloor()));
    session.summary(
        report.runs().stream()
                .map(
                    run ->
                        String.format(
                            Locale.ROOT,
                            "%.1f certificates/s with %d %s",
                            run.certificatesPerSecond(),
                            run.threads(),
                            run.threads() == 1 ? "thread" : "threads"))
                .collect(Collectors.joining(", "))
            + " at "
            + spec.participants()
            + " participants");
  }

  /**
   * The validator's figures: certificates per second and time per stage for each thread count,
   * beside the floor of blst's native primitives measured on the same certificates.
   *
   * @param report what was measured
   * @param processors the processors the JVM saw
   */
  record Result(BenchReport report, int processors) implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      BenchSpec spec = report.spec();
      out.printf(
          "Chain        %d certificates, %d participants, %.0f signers per certificate"
              + " (generated in %.1f s)%n",
          spec.instances(), spec.participants(), report.meanSigners(), report.generationSeconds());
      out.println("MSM          " + report.msmImplementation());
      out.println("Processors   " + processors);
      if (report.floorNanosPerCertificate() > 0) {
        out.printf(
            "Floor        %8.3f ms/certificate  (native MSM + hash to G2 + pairing)%n",
            report.floorNanosPerCertificate() / 1e6);
      } else {
        out.println("Floor        not available (blst's native primitives cannot be called)");
      }
      for (BenchReport.Run run : report.runs()) {
        out.printf(
            "Validator    %8.3f ms/certificate  %8.1f certificates/s  with %d %s%n",
            run.nanosPerCertificate() / 1e6,
            run.certificatesPerSecond(),
            run.threads(),
            run.threads() == 1 ? "thread" : "threads");
      }
      out.printf("Ratio        %.2f× the floor on one thread%n", report.ratioToFloor());
      for (BenchReport.Run run : report.runs()) {
        if (run.threads() > 1) {
          out.printf(
              "Scaling      %.2f× one thread's throughput with %d threads%n",
              report.scaling(run.threads()), run.threads());
        }
      }
      report.runs().stream()
          .filter(r -> r.threads() == 1)
          .findFirst()
          .ifPresent(
              single -> {
                out.println("Stages (one thread, mean per certificate):");
                for (Stage stage : Stage.values()) {
                  out.printf(
                      "  %-16s %9.1f µs%n",
                      stage.title(), single.stageTimes().meanNanos(stage) / 1e3);
                }
              });
    }

    @Override
    public JsonFields toJson() {
      return JsonFields.object()
          .number("participants", report.spec().participants())
          .number("instances", report.spec().instances())
          .number("meanSigners", report.meanSigners())
          .text("msm", report.msmImplementation())
          .number("processors", processors)
          .number("floorMillisPerCertificate", report.floorNanosPerCertificate() / 1e6)
          .number("ratioToFloor", report.ratioToFloor())
          .objects("runs", report.runs(), this::json);
    }

    private JsonFields json(BenchReport.Run run) {
      return JsonFields.object()
          .number("threads", run.threads())
          .number("millisPerCertificate", run.nanosPerCertificate() / 1e6)
          .number("certificatesPerSecond", run.certificatesPerSecond())
          .number("scaling", report.scaling(run.threads()))
          .objects(
              "stages",
              List.of(Stage.values()),
              stage ->
                  JsonFields.object()
                      .text("stage", stage.name())
                      .text("title", stage.title())
                      .number("microsPerCertificate", run.stageTimes().meanNanos(stage) / 1e3));
    }
  }
}
