package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    if (output.json) {
      JsonOutput.print(output.out(), json(report));
    } else {
      print(output.out(), report);
    }
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

  private static void print(PrintWriter out, StoreBench.Report report) {
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
      out.printf(Locale.ROOT, "  %8.3f s  %s: %s%n", query.seconds(), query.what(), query.answer());
    }
  }

  private static ObjectNode json(StoreBench.Report report) {
    ObjectNode node = JsonOutput.object();
    node.put("participants", report.spec().participants());
    node.put("threads", report.spec().threads());
    node.put("validated", report.spec().validated());
    node.put("validatePerSecond", report.validatePerSecond());
    node.put("syncPerSecond", report.syncPerSecond());
    node.put("syncShare", report.syncShare());
    node.put("stored", report.stored());
    node.put("writeSeconds", report.writeSeconds());
    StoreFootprint f = report.footprint();
    node.put("fileBytes", f.fileBytes());
    node.put("bytesPerMillionInstances", report.bytesPerMillion());
    node.put("certificateBytes", f.certificateBytes());
    node.put("indexBytes", f.indexBytes());
    node.put("checkpointBytes", f.checkpointBytes());
    ArrayNode queries = node.putArray("queries");
    for (StoreBench.Query query : report.queries()) {
      ObjectNode q = queries.addObject();
      q.put("what", query.what());
      q.put("seconds", query.seconds());
      q.put("answer", query.answer());
    }
    return node;
  }
}
