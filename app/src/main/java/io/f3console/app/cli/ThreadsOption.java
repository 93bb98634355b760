package io.f3console.app.cli;

import io.f3console.core.validation.ValidatorOptions;
import picocli.CommandLine.Option;

/** {@code --threads N} for commands that check signatures, and the validator options it gives. */
final class ThreadsOption {
  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads for signature checks (default: one per processor).")
  Integer threads;

  /** The validator's options: the threads asked for (at least 1), else one per processor. */
  ValidatorOptions validatorOptions() {
    return ValidatorOptions.withThreads(
        threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads));
  }
}
