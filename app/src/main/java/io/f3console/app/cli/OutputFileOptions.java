package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The file a command writes ({@code --out}), and whether it may replace one ({@code --force}). */
final class OutputFileOptions {
  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "FILE",
      description = "Output file.")
  Path out;

  @Option(names = "--force", description = "Overwrite FILE if it exists.")
  boolean force;

  /** The output path, checked before any work is done. */
  Path checked() throws F3Exception {
    if (Files.exists(out) && !force) {
      throw new F3Exception(out + ": already exists (use --force to overwrite)");
    }
    return out;
  }
}
