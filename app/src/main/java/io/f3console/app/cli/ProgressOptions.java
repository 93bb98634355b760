package io.f3console.app.cli;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.snapshot.F3SnapshotImportCheck;
import io.f3console.core.snapshot.SnapshotExport;
import io.f3console.core.validation.ValidationListener;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --progress-every N}: how often long runs report on stderr. */
final class ProgressOptions {
  @Option(
      names = "--progress-every",
      paramLabel = "N",
      defaultValue = "100000",
      description =
          "Report progress on stderr every N certificates (0: never;"
              + " default: ${DEFAULT-VALUE}).")
  long every;

  /** A reporter that prints "VERB n certificates (instance i)" every N certificates. */
  Reporter reporter(PrintWriter err, String verb) {
    return new Reporter(err, verb, every);
  }

  /** Counts certificates as they pass, whichever kind of run sees them. */
  static final class Reporter
      implements F3SnapshotImportCheck.Progress, SnapshotExport.Progress, ValidationListener {
    private final PrintWriter err;
    private final String verb;
    private final long every;
    private final long start = System.nanoTime();
    private long validated;

    Reporter(PrintWriter err, String verb, long every) {
      this.err = err;
      this.verb = verb;
      this.every = every;
    }

    @Override
    public void certificateRead(long certificates, long instance) {
      report(certificates, instance);
    }

    @Override
    public void certificateWritten(long certificates, long instance) {
      report(certificates, instance);
    }

    @Override
    public void validated(FinalityCertificate certificate, PowerTable nextTable) {
      report(++validated, certificate.instance());
    }

    private void report(long certificates, long instance) {
      if (every > 0 && certificates % every == 0) {
        err.printf(
            "%s %,d certificates (instance %s, %.0f s)%n",
            verb, certificates, Long.toUnsignedString(instance), (System.nanoTime() - start) / 1e9);
        err.flush();
      }
    }
  }
}
