package io.f3console.core.open;

import io.f3console.core.F3Exception;
import io.f3console.core.PathKind;
import io.f3console.core.inspect.PeekedInput;
import io.f3console.core.rpc.RpcSource;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.DemoSource;
import io.f3console.core.snapshot.CarSource;
import io.f3console.core.snapshot.F3SnapshotSource;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.FileSource;
import io.f3console.core.source.SourceException;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.statepower.StateSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Opens sources from their string form: the one place that knows every kind of source, above the
 * packages that implement them ({@code source} files, {@code sim} demos, {@code snapshot} F3
 * snapshots and CARs, {@code rpc} nodes, {@code statepower} chain state).
 */
public final class Sources {
  /** The CARv2 pragma: a CARv1-style header {@code {version: 2}} with its varint length. */
  private static final byte[] CAR_V2_PRAGMA = {
    0x0a, (byte) 0xa1, 0x67, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6f, 0x6e, 0x02
  };

  private Sources() {}

  /** Opens {@code text} (see {@link SourceSpec#parse}). */
  public static DataSource open(String text, SourceOptions options) throws F3Exception {
    return open(SourceSpec.parse(text), options);
  }

  /**
   * Opens a source. A plain path is recognised from its first bytes: a CAR (v1 or v2), an F3
   * snapshot, or a power-table or certificate file.
   */
  public static DataSource open(SourceSpec spec, SourceOptions options) throws F3Exception {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(options, "options");
    SourceSpec known = spec;
    if (!spec.recognised()) {
      PeekedInput opened = peek(spec.path());
      SourceKind kind = recognise(opened.head());
      if (kind == SourceKind.FILE) {
        return FileSource.open(spec, opened);
      }
      close(opened);
      known = spec.as(kind);
    }
    if (known.kind() == SourceKind.CAR || known.kind() == SourceKind.F3SNAP) {
      requireRegularFile(known);
    }
    return switch (known.kind()) {
      case FILE -> FileSource.open(known);
      case DEMO -> DemoSource.open(known, DemoNetwork.builtIn());
      case F3SNAP -> F3SnapshotSource.open(known);
      case CAR -> CarSource.open(known);
      case RPC -> RpcSource.open(known, options);
      case STATE -> openState(known, options);
    };
  }

  private static DataSource openState(SourceSpec spec, SourceOptions options) throws F3Exception {
    try {
      return StateSource.open(spec, options);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceException(spec + ": interrupted while computing the table", e);
    }
  }

  /**
   * Opens a plain path once to recognise it ({@link #recognise(byte[])}); a power-table or
   * certificate file is then read from the same stream.
   */
  public static PeekedInput peek(Path path) throws SourceException {
    try {
      return PeekedInput.open(path);
    } catch (F3Exception e) {
      throw new SourceException(e.getMessage(), e);
    }
  }

  /**
   * Refuses a CAR or an F3 snapshot that is not a regular file: both are read in several passes
   * (and a CAR is seeked in), which a pipe or a device cannot give.
   */
  public static void requireRegularFile(SourceSpec spec) throws SourceException {
    PathKind kind = PathKind.of(spec.path());
    if (kind == PathKind.MISSING || kind.isRegularFile()) {
      return;
    }
    throw new SourceException(
        spec.path()
            + ": is "
            + kind.description()
            + ", not a regular file: "
            + (spec.kind() == SourceKind.CAR ? "a CAR" : "an F3 snapshot")
            + " is read in several passes, so save it to a file first");
  }

  private static void close(PeekedInput opened) throws SourceException {
    try {
      opened.close();
    } catch (IOException e) {
      throw new SourceException(opened.path() + ": cannot close: " + e.getMessage(), e);
    }
  }

  /**
   * What a file holds, from its first bytes. It is opened here and closed again, so only a regular
   * file can then be read by path: a pipe is recognised by {@link #peek} and read from there.
   */
  public static SourceKind recognise(Path path) throws SourceException {
    PathKind kind = PathKind.of(path);
    if (kind != PathKind.MISSING && !kind.isRegularFile()) {
      throw new SourceException(
          path + ": is " + kind.description() + ", not a regular file to read by name");
    }
    try (PeekedInput opened = peek(path)) {
      return recognise(opened.head());
    } catch (IOException e) {
      throw new SourceException(path + ": cannot close: " + e.getMessage(), e);
    }
  }

  /** What a file holds, from its first bytes ({@link PeekedInput#head()}). */
  public static SourceKind recognise(byte[] head) {
    if (startsWith(head, CAR_V2_PRAGMA)) {
      return SourceKind.CAR;
    }
    // A CARv1 header and an F3 snapshot header are both a varint-framed CBOR value: a map with
    // "roots" and "version" for CAR, an array of four for F3.
    int length = 0;
    int shift = 0;
    int i = 0;
    while (i < head.length && i < 5) {
      int b = head[i++] & 0xff;
      length |= (b & 0x7f) << shift;
      shift += 7;
      if ((b & 0x80) == 0) {
        break;
      }
    }
    if (length > 0 && i < head.length) {
      int first = head[i] & 0xff;
      if (first == 0xa2
          && new String(head, i, head.length - i, java.nio.charset.StandardCharsets.ISO_8859_1)
              .contains("roots")) {
        return SourceKind.CAR;
      }
      if (first == 0x84) {
        return SourceKind.F3SNAP;
      }
    }
    return SourceKind.FILE;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
