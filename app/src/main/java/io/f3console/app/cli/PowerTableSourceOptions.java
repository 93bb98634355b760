package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The table a {@code powertable} command reads: a source string, the instance whose committee to
 * take, and how to reach a node when the source is one.
 */
final class PowerTableSourceOptions extends NodeAccessOptions {
  @Parameters(index = "0", paramLabel = "SOURCE", description = SourceArgument.HELP)
  String source;

  @Option(
      names = "--instance",
      paramLabel = "N",
      description =
          "The committee of instance N, for a snapshot, CAR, node or demo network"
              + " (default: the first table it holds). For a file: the instance the file states.")
  Long instance;

  LoadedPowerTable load() throws F3Exception {
    return LoadedPowerTable.read(SourceArgument.parse(source), Optional.ofNullable(instance), this);
  }
}
