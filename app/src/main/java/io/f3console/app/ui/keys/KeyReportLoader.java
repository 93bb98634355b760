package io.f3console.app.ui.keys;

import io.f3console.app.ui.DialogService;
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
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

/**
 * Builds {@link WorkerKeyReport}s in the background through the console's runner, one per
 * table, and keeps the last few by table CID so that going back to a committee is instant.
 *
 * <p>The runner cancels whatever runs when a new job starts, so this loader is courteous: it
 * starts only when the runner is idle or runs this loader's own, superseded job, and otherwise
 * waits for the runner to finish. A job of its own that another job cancelled is started again
 * once the runner is idle; one the person cancelled is reported through {@code onCancelled}.
 * Only the latest request is answered. FX thread only.
 */
final class KeyReportLoader {
  private static final int KEPT_REPORTS = 6;

  private final UiTaskRunner runner;
  private final Map<Cid, WorkerKeyReport> reports = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Cid, WorkerKeyReport> eldest) {
          return size() > KEPT_REPORTS;
        }
      });
  private long latest;
  private Request waiting;
  private Task<WorkerKeyReport> running;

  /**
   * What to build and whom to tell.
   *
   * @param number the request's sequence number; only the latest is answered
   * @param title the job's title in the status bar
   * @param table finds the table (may be slow: rebuilding a later committee)
   * @param onReady called with the report
   * @param onStopped called with a sentence when the job was cancelled by the person or failed
   */
  private record Request(long number, String title, Callable<PowerTable> table,
      Consumer<WorkerKeyReport> onReady, Consumer<String> onStopped) {}

  KeyReportLoader(UiTaskRunner runner) {
    this.runner = Objects.requireNonNull(runner, "runner");
    runner.runningProperty().addListener((obs, was, busy) -> {
      if (!busy) {
        startWaiting();
      }
    });
  }

  /** The report of a table already built, if it is still kept. */
  Optional<WorkerKeyReport> cached(Cid table) {
    return Optional.ofNullable(reports.get(table));
  }

  /**
   * Asks for the report of the table {@code table} yields; {@code onReady} gets it on the FX
   * thread unless a later request came first. Supersedes every earlier request.
   */
  void load(String title, Callable<PowerTable> table, Consumer<WorkerKeyReport> onReady,
      Consumer<String> onStopped) {
    waiting = new Request(++latest, title, table, onReady, onStopped);
    if (!runner.runningProperty().get() || ownJobIsTheOnlyOne()) {
      startWaiting();
    }
  }

  /** Forgets every request still unanswered (their callbacks are never called). */
  void abandon() {
    latest++;
    waiting = null;
    if (running != null && running.isRunning()) {
      running.cancel(true);
    }
  }

  private boolean ownJobIsTheOnlyOne() {
    return running != null && running.isRunning() && runner.activeJobs() == 1;
  }

  private void startWaiting() {
    Request request = waiting;
    if (request == null || request.number() != latest) {
      return;
    }
    waiting = null;
    Task<WorkerKeyReport> task = runner.run(request.title(), progress -> {
      PowerTable table = request.table().call();
      WorkerKeyReport report = reports.get(table.cid());
      if (report == null) {
        progress.message(request.title() + ": " + table.size() + " keys…");
        report = WorkerKeyReport.of(table);
        reports.put(table.cid(), report);
      }
      return report;
    }, report -> {
      if (request.number() == latest) {
        request.onReady().accept(report);
      }
    });
    running = task;
    task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> cancelled(request));
    task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
      if (request.number() == latest) {
        request.onStopped().accept("Checking the keys failed: "
            + DialogService.plainMessage(task.getException()));
      }
    });
  }

  /**
   * Another job took the runner (then this one waits and starts again), or the person pressed
   * cancel (then the runner is idle once the cancellation has been handled).
   */
  private void cancelled(Request request) {
    if (request.number() != latest) {
      return;
    }
    Platform.runLater(() -> {
      if (request.number() != latest || waiting != null) {
        return;
      }
      if (runner.runningProperty().get()) {
        waiting = request;
      } else {
        request.onStopped().accept("Checking the keys was cancelled.");
      }
    });
  }
}
