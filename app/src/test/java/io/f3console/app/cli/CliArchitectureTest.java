package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The CLI runs without a display: it may use core, never JavaFX or the console's ui code. */
class CliArchitectureTest {
  @Test
  void cliImportsNeitherJavaFxNorTheUi() throws IOException {
    Path cli = Path.of("src", "main", "java", "io", "f3console", "app", "cli");
    assertThat(cli).isDirectory();
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(cli)) {
      offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
        try {
          String text = Files.readString(f);
          return text.contains("javafx.") || text.contains("io.f3console.app.ui");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).collect(Collectors.toList());
    }
    assertThat(offenders).isEmpty();
  }
}
