package io.f3console.app.ui.keys;

import io.f3console.app.ui.DialogService;
import io.f3console.app.ui.Job;
import io.f3console.app.ui.UiTaskRunner;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.WorkerKeyReport;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Builds {@link WorkerKeyReport}s in the background, in this view's own lane of the console's
 * runner (so it never cancels a load, and a newer request replaces an older one), and keeps the
 * last few by table CID so that going back to a committee is instant. Only the latest request is
 * answered. FX thread only.
 */
final class KeyReportLoader {
  private static final String LANE = "worker-keys";
  private static final int KEPT_REPORTS = 6;

  private final UiTaskRunner runner;
  private final Map<Cid, WorkerKeyReport> reports =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Cid, WorkerKeyReport> eldest) {
              return size() > KEPT_REPORTS;
            }
          });
  private long latest;
  private Job<WorkerKeyReport> running;

  KeyReportLoader(UiTaskRunner runner) {
    this.runner = Objects.requireNonNull(runner, "runner");
  }

  /** The report of a table already built, if it is still kept. */
  Optional<WorkerKeyReport> cached(Cid table) {
    return Optional.ofNullable(reports.get(table));
  }

  /**
   * Asks for the report of the table {@code table} yields; {@code onReady} gets it on the FX thread
   * unless a later request came first, {@code onStopped} a sentence when the job was cancelled or
   * failed. Supersedes every earlier request.
   */
  void load(
      String title,
      Callable<PowerTable> table,
      Consumer<WorkerKeyReport> onReady,
      Consumer<String> onStopped) {
    long number = ++latest;
    Job<WorkerKeyReport> task =
        runner.run(
            LANE,
            title,
            progress -> {
              PowerTable chosen = table.call();
              WorkerKeyReport report = reports.get(chosen.cid());
              if (report == null) {
                progress.message(title + ": " + chosen.size() + " keys…");
                report = WorkerKeyReport.of(chosen);
                reports.put(chosen.cid(), report);
              }
              return report;
            },
            report -> {
              if (number == latest) {
                onReady.accept(report);
              }
            });
    running = task;
    task.onCancelled(
        () -> {
          if (number == latest) {
            onStopped.accept("Checking the keys was cancelled.");
          }
        });
    task.onFailed(
        error -> {
          if (number == latest) {
            onStopped.accept("Checking the keys failed: " + DialogService.plainMessage(error));
          }
        });
  }

  /** Forgets every request still unanswered (their callbacks are never called). */
  void abandon() {
    latest++;
    if (running != null && !running.isDone()) {
      running.cancel();
    }
  }
}
