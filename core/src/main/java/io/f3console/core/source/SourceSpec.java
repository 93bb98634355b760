package io.f3console.core.source;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A source in its short string form: {@code file:PATH}, {@code f3snap:PATH}, {@code car:PATH},
 * {@code rpc:http://127.0.0.1:1234/rpc/v1}, {@code demo:healthy}, {@code state:car:PATH@0}. A plain
 * path (no known prefix) is a file whose kind is recognised from its content when it is opened
 * ({@link #recognised()} is false until then). Never holds a secret: a node's token is given
 * separately and never becomes part of the string.
 *
 * @param kind the kind
 * @param location a path, a URL or a demo scenario name
 * @param recognised false for a plain path whose kind is still to be read from the content
 */
public record SourceSpec(SourceKind kind, String location, boolean recognised) {
  public SourceSpec {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    if (location.isEmpty()) {
      throw new IllegalArgumentException("a " + kind.prefix() + " source needs a location");
    }
  }

  /**
   * Reads a source string. {@code rpc:} takes an {@code http://} or {@code https://} URL (a URL
   * alone, {@code http://…}, is an RPC source too); anything without a known prefix is a plain
   * path.
   *
   * @throws SourceException if a prefix is known but what follows is not a valid location
   */
  public static SourceSpec parse(String text) throws SourceException {
    Objects.requireNonNull(text, "text");
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new SourceException("empty source string");
    }
    if (trimmed.startsWith("http://") || trimmed.startsWith("https://")) {
      return new SourceSpec(SourceKind.RPC, trimmed, true);
    }
    int colon = trimmed.indexOf(':');
    Optional<SourceKind> kind =
        colon > 1 ? SourceKind.byPrefix(trimmed.substring(0, colon)) : Optional.empty();
    if (kind.isEmpty()) {
      return new SourceSpec(SourceKind.FILE, trimmed, false);
    }
    String location = trimmed.substring(colon + 1);
    if (location.isEmpty()) {
      throw new SourceException(
          "source \"" + trimmed + "\" names no location after " + kind.get().prefix() + ":");
    }
    if (kind.get() == SourceKind.RPC
        && !(location.startsWith("http://") || location.startsWith("https://"))) {
      throw new SourceException(
          "source \""
              + trimmed
              + "\": rpc: takes an http:// or https:// URL, e.g. rpc:http://127.0.0.1:1234/rpc/v1");
    }
    if (kind.get() == SourceKind.STATE) {
      StateLocation.parse(location);
    }
    return new SourceSpec(kind.get(), location, true);
  }

  /** A file source of a known kind, for a path. */
  public static SourceSpec of(SourceKind kind, Path path) {
    return new SourceSpec(kind, path.toString(), true);
  }

  /** The path of a file-like source. */
  public Path path() {
    if (kind == SourceKind.RPC || kind == SourceKind.DEMO || kind == SourceKind.STATE) {
      throw new IllegalStateException(kind.prefix() + " sources have no path");
    }
    return Path.of(location);
  }

  /** This source with its kind as recognised from the content. */
  public SourceSpec as(SourceKind recognisedKind) {
    return new SourceSpec(recognisedKind, location, true);
  }

  /** The string form: {@code prefix:location}, or the plain path while unrecognised. */
  @Override
  public String toString() {
    return recognised ? kind.prefix() + ":" + location : location;
  }
}
