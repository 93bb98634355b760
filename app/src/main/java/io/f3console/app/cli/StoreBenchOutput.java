package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.bench.StoreBench;
import io.f3console.core.store.StoreFootprint;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** {@code f3console bench --store}: runs the certificate-store benchmark, prints its figures. */
final class StoreBenchOutput {
  private StoreBenchOutput() {}

  static int run(StoreBench.Spec spec, OutputOptions output) throws Exception {
    PrintWriter err = output.err();
    StoreBench.Report report =
        new StoreBench(
                spec,
                line -> {
                  err.println("bench: " + line);
                  err.flush();
                })
            .run();
    output.session().fact("throughput", throughput(report));
    output.session().fact("store", footprint(report));
    for (StoreBench.Query query : report.queries()) {
      output.session().fact(query.what(), String.format(Locale.ROOT, "%.3f s", query.seconds()));
    }
    output
        .session()
        .summary(
            String.format(
                Locale.ROOT,
                "sync at %.0f %% of validation;" + " %.0f MB per million instances",
                100 * report.syncShare(),
                report.bytesPerMillion() / 1e6));
    output.print(new Result(report));
    return ExitCodes.OK;
  }

  static StoreBench.Spec spec(int participants, int validated, int stored, int threads, long seed)
      throws F3Exception {
    try {
      return new StoreBench.Spec(
          participants,
          validated,
          stored,
          threads,
          seed,
          Path.of(System.getProperty("java.io.tmpdir")));
    } catch (IllegalArgumentException e) {
      throw new F3Exception(e.getMessage());
    }
  }

  private static String throughput(StoreBench.Report report) {
    return String.format(
        Locale.ROOT,
        "validate %.1f certificates/s, sync into a store %.1f"
            + " certificates/s (%.1f %%), %d certificates, %d participants, %d threads",
        report.validatePerSecond(),
        report.syncPerSecond(),
        100 * report.syncShare(),
        report.spec().validated(),
        report.spec().participants(),
        report.spec().threads());
  }

  private static String footprint(StoreBench.Report report) {
    StoreFootprint f = report.footprint();
    return String.format(
        Locale.ROOT,
        "%d instances written in %.1f s, %d bytes (%.0f MB per"
            + " million): certificates %d, index %d, committees %d",
        report.stored(),
        report.writeSeconds(),
        f.fileBytes(),
        report.bytesPerMillion() / 1e6,
        f.certificateBytes(),
        f.indexBytes(),
        f.checkpointBytes());
  }

  /** What the store benchmark measured: sync against validation, size, and timed queries. */
  record Result(StoreBench.Report report) implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      StoreBench.Spec spec = report.spec();
      StoreFootprint f = report.footprint();
      out.printf(
          Locale.ROOT,
          "Validate     %8.1f certificates/s  (%d signed certificates, %d"
              + " participants, %d %s)%n",
          report.validatePerSecond(),
          spec.validated(),
          spec.participants(),
          spec.threads(),
          spec.threads() == 1 ? "thread" : "threads");
      out.printf(
          Locale.ROOT,
          "Sync         %8.1f certificates/s  validated with signatures and"
              + " stored: %.1f %% of validation alone%n",
          report.syncPerSecond(),
          100 * report.syncShare());
      out.printf(
          Locale.ROOT,
          "Store        %d instances written in %.1f s (%.0f per second),"
              + " signatures not checked%n",
          report.stored(),
          report.writeSeconds(),
          report.stored() / report.writeSeconds());
      out.printf(
          Locale.ROOT,
          "Size         %d bytes, %.0f MB per million instances%n",
          f.fileBytes(),
          report.bytesPerMillion() / 1e6);
      out.printf(
          Locale.ROOT,
          "  of which   certificates %.0f B, participation index %.0f B,"
              + " kept committees %.0f B per instance%n",
          (double) f.certificateBytes() / f.instances(),
          (double) f.indexBytes() / f.instances(),
          (double) f.checkpointBytes() / f.instances());
      out.println("Queries (a store opened afresh):");
      for (StoreBench.Query query : report.queries()) {
        out.printf(
            Locale.ROOT, "  %8.3f s  %s: %s%n", query.seconds(), query.what(), query.answer());
      }
    }

    @Override
    public JsonFields toJson() {
      StoreFootprint f = report.footprint();
      return JsonFields.object()
          .number("participants", report.spec().participants())
          .number("threads", report.spec().threads())
          .number("validated", report.spec().validated())
          .number("validatePerSecond", report.validatePerSecond())
          .number("syncPerSecond", report.syncPerSecond())
          .number("syncShare", report.syncShare())
          .number("stored", report.stored())
          .number("writeSeconds", report.writeSeconds())
          .number("fileBytes", f.fileBytes())
          .number("bytesPerMillionInstances", report.bytesPerMillion())
          .number("certificateBytes", f.certificateBytes())
          .number("indexBytes", f.indexBytes())
          .number("checkpointBytes", f.checkpointBytes())
          .objects(
              "queries",
              report.queries(),
              q ->
                  JsonFields.object()
                      .text("what", q.what())
                      .number("seconds", q.seconds())
                      .text("answer", q.answer()));
    }
  }
}
