package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.inspect.DataInput;
import io.f3console.core.inspect.PeekedInput;
import io.f3console.core.open.Sources;
import io.f3console.core.rpc.ApiInfo;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.FileSource;
import io.f3console.core.source.SourceException;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.statepower.FailureReason;
import io.f3console.core.statepower.PowerTableComputationException;
import io.f3console.core.statepower.StateSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A source string named on the command line. A power-table or certificate file ({@code -}, {@code
 * file:PATH}, or a plain path whose content is neither a snapshot nor a CAR) is read the way files
 * always were, with every check of its own claims; anything else (an F3 snapshot, a CAR, a node,
 * the demo network) is opened through {@link Sources}.
 */
final class SourceArgument {
  /** The help text of a source parameter. */
  static final String HELP =
      "A file (JSON or CBOR; - for standard input) or a source:"
          + " f3snap:PATH, car:PATH, rpc:URL (or an http(s):// URL), demo:healthy|broken,"
          + " state:car:PATH@EPOCH or state:rpc:URL@EPOCH (a table computed from chain state;"
          + " @bootstrap for the network's bootstrap tipset)."
          + " A plain path is recognised from its content.";

  private final String text;
  private final Optional<Path> file;
  private final Optional<SourceSpec> spec;
  private Optional<PeekedInput> opened;

  private SourceArgument(
      String text, Optional<Path> file, Optional<SourceSpec> spec, Optional<PeekedInput> opened) {
    this.text = text;
    this.file = file;
    this.spec = spec;
    this.opened = opened;
  }

  /**
   * Reads a source string. A plain path that does not exist stays a file, so that reading it says
   * "no such file" as before. A plain path that exists is opened here, once, to recognise it; a
   * power-table or certificate file is then read from that same stream ({@link #openFile()}), so a
   * pipe ({@code <(cat file)}, a named pipe) works as well as a regular file.
   */
  static SourceArgument parse(String text) throws SourceException {
    if (LoadedPowerTable.STANDARD_INPUT.equals(text)) {
      return file(text, Path.of(text));
    }
    SourceSpec spec = SourceSpec.parse(text);
    if (spec.kind() == SourceKind.FILE && (spec.recognised() || !Files.exists(spec.path()))) {
      return file(text, spec.path());
    }
    if (!spec.recognised()) {
      PeekedInput peeked = Sources.peek(spec.path());
      SourceKind kind = Sources.recognise(peeked.head());
      if (kind == SourceKind.FILE) {
        return new SourceArgument(
            text, Optional.of(spec.path()), Optional.empty(), Optional.of(peeked));
      }
      try {
        peeked.close();
      } catch (IOException e) {
        throw new SourceException(spec.path() + ": cannot close: " + e.getMessage(), e);
      }
      spec = spec.as(kind);
    }
    return new SourceArgument(text, Optional.empty(), Optional.of(spec), Optional.empty());
  }

  private static SourceArgument file(String text, Path path) {
    return new SourceArgument(text, Optional.of(path), Optional.empty(), Optional.empty());
  }

  /**
   * Opens the power-table or certificate file: the stream opened to recognise it when there is one
   * (it is handed out once), else the path ({@code -} for standard input).
   */
  DataInput openFile() throws F3Exception {
    Path path = file();
    if (opened.isPresent()) {
      PeekedInput peeked = opened.get();
      opened = Optional.empty();
      return DataInput.open(peeked);
    }
    return DataInput.open(path);
  }

  /** Whether this is a power-table or certificate file (or standard input). */
  boolean isFile() {
    return file.isPresent();
  }

  /** The file's path ({@code -} for standard input). */
  Path file() {
    return file.orElseThrow(() -> new IllegalStateException(text + " is not a file"));
  }

  /** The source string, for messages and JSON. */
  String text() {
    return spec.map(SourceSpec::toString).orElse(text);
  }

  /** The power-table or certificate file as a source, read like {@link #openFile()}. */
  DataSource openFileSource() throws F3Exception {
    Path path = file();
    SourceSpec fileSpec = SourceSpec.of(SourceKind.FILE, path);
    if (opened.isPresent()) {
      PeekedInput peeked = opened.get();
      opened = Optional.empty();
      return FileSource.open(fileSpec, peeked);
    }
    return Sources.open(fileSpec, SourceOptions.defaults());
  }

  /** Opens a source that is not a file; a node gets the token and time limits of {@code node}. */
  DataSource open(NodeAccessOptions node) throws F3Exception {
    SourceSpec known = spec.orElseThrow(() -> new IllegalStateException(text + " is a file"));
    SourceOptions options = SourceOptions.defaults();
    Optional<String> url = StateSource.nodeUrl(known);
    if (url.isPresent()) {
      URI endpoint = ApiInfo.endpoint(url.get(), "source " + known);
      options = node.optionsFor(endpoint, node.apiInfo());
    }
    try {
      return Sources.open(known, options);
    } catch (PowerTableComputationException e) {
      if (known.kind() == SourceKind.STATE
          && url.isPresent()
          && (e.reason() == FailureReason.MISSING_BLOCK || e.reason() == FailureReason.BAD_BLOCK)) {
        // every block of a node's state source comes from the node: it could not give it
        throw new SourceUnreachableException(
            known
                + ": "
                + e.reason().name()
                + e.cid().map(c -> " (block " + c + ")").orElse("")
                + ": "
                + e.getMessage(),
            e);
      }
      throw e;
    }
  }
}
