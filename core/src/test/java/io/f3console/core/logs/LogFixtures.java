package io.f3console.core.logs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The log fixtures under {@code src/test/resources/logs} (see the README there). */
final class LogFixtures {
  static final List<String> ALL =
      List.of(
          "lotus-12785-lease-loop.log",
          "forest-5042.log",
          "doc-quoted.log",
          "dictionary-lines.log",
          "mixed.log");

  private LogFixtures() {}

  static InputStream open(String name) {
    InputStream in = LogFixtures.class.getResourceAsStream("/logs/" + name);
    if (in == null) {
      throw new IllegalStateException("missing fixture " + name);
    }
    return in;
  }

  static List<String> lines(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
