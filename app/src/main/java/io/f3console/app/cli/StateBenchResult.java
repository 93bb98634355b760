package io.f3console.app.cli;

import io.f3console.core.bench.StateBench;
import io.f3console.core.history.SessionRecord;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * What {@code bench --state} measured: a power table computed from a generated chain state, from a
 * temporary CAR and through ChainReadObj on a loopback node; blocks, bytes, time and peak heap.
 */
record StateBenchResult(StateBench.Report report) implements CommandResult {

  /** The figures, as the session's facts and summary. */
  void record(SessionRecord.Builder session) {
    StateBench.Spec spec = report.spec();
    session.fact(
        "state",
        spec.claims()
            + " claims, "
            + spec.eligible()
            + " at or above the minimum, seed "
            + spec.seed());
    session.fact("from the CAR", figures(report.car()));
    report.node().ifPresent(n -> session.fact("through ChainReadObj", figures(n)));
    session.summary(
        String.format(
            Locale.ROOT,
            "%d-entry table from %d claims in" + " %.2f s from the CAR",
            report.entries(),
            spec.claims(),
            report.car().seconds()));
  }

  private static String figures(StateBench.PathFigures path) {
    return String.format(
        Locale.ROOT,
        "%.2f s, %d blocks read, %d requests, peak heap %.0f MiB",
        path.seconds(),
        path.blocksRead(),
        path.requests(),
        path.peakHeapBytes() / 1048576.0);
  }

  @Override
  public void printText(PrintWriter out, PrintWriter err) {
    StateBench.Spec spec = report.spec();
    out.printf(
        Locale.ROOT,
        "State        %d claims, %d at or above the minimum (seed %d)%n",
        spec.claims(),
        spec.eligible(),
        spec.seed());
    out.printf(
        Locale.ROOT,
        "CAR          %d blocks, %d bytes (written in %.1f s)%n",
        report.blocks(),
        report.carBytes(),
        report.generateSeconds());
    out.printf(
        Locale.ROOT,
        "Index        %d bytes off the heap, %d on it%n",
        report.indexOffHeapBytes(),
        report.indexHeapBytes());
    out.printf(Locale.ROOT, "Table        %d entries, %s%n", report.entries(), report.tableCid());
    out.printf(
        Locale.ROOT,
        "From CAR     %8.2f s  %8d blocks read  peak heap %6.0f MiB%n",
        report.car().seconds(),
        report.car().blocksRead(),
        report.car().peakHeapBytes() / 1048576.0);
    report
        .node()
        .ifPresent(
            n ->
                out.printf(
                    Locale.ROOT,
                    "Through node %8.2f s  %8d blocks read  %d requests  peak heap %6.0f MiB%n",
                    n.seconds(),
                    n.blocksRead(),
                    n.requests(),
                    n.peakHeapBytes() / 1048576.0));
    out.printf(Locale.ROOT, "Heap limit   %.0f MiB%n", report.maxHeapBytes() / 1048576.0);
  }

  @Override
  public JsonFields toJson() {
    return JsonFields.object()
        .number("claims", report.spec().claims())
        .number("eligible", report.spec().eligible())
        .number("seed", report.spec().seed())
        .number("blocks", report.blocks())
        .number("carBytes", report.carBytes())
        .number("generateSeconds", report.generateSeconds())
        .number("indexOffHeapBytes", report.indexOffHeapBytes())
        .number("indexHeapBytes", report.indexHeapBytes())
        .number("entries", report.entries())
        .cid("tableCid", report.tableCid())
        .number("maxHeapBytes", report.maxHeapBytes())
        .object("car", path(report.car()))
        .object("node", report.node().map(StateBenchResult::path));
  }

  private static JsonFields path(StateBench.PathFigures path) {
    return JsonFields.object()
        .number("seconds", path.seconds())
        .number("blocksRead", path.blocksRead())
        .number("requests", path.requests())
        .number("peakHeapBytes", path.peakHeapBytes());
  }
}
