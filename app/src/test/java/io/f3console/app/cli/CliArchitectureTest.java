package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CLI runs without a display: it may use core, never JavaFX or the console's ui code; and the
 * console never reaches into the CLI's commands (what both need sits in the app's root package,
 * e.g. the console's flags).
 */
class CliArchitectureTest {
  @Test
  void cliImportsNeitherJavaFxNorTheUi() throws IOException {
    assertThat(filesMentioning("cli", "javafx.", "io.f3console.app.ui")).isEmpty();
  }

  @Test
  void theConsoleDoesNotImportTheCli() throws IOException {
    assertThat(filesMentioning("ui", "io.f3console.app.cli")).isEmpty();
  }

  private static List<Path> filesMentioning(String pkg, String... texts) throws IOException {
    Path root = Path.of("src", "main", "java", "io", "f3console", "app", pkg);
    assertThat(root).isDirectory();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(
              f -> {
                try {
                  String text = Files.readString(f);
                  return Stream.of(texts).anyMatch(text::contains);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .collect(Collectors.toList());
    }
  }
}
