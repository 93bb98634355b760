package io.f3console.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Layering rules of docs/architecture.md, checked over core's sources. */
class CoreArchitectureTest {
  private static final Path SOURCES = Path.of("src", "main", "java");

  private static List<Path> sources() throws IOException {
    assertThat(SOURCES).as("core sources (tests run in the core module directory)").isDirectory();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList());
    }
  }

  private static List<Path> sourcesMatching(Pattern pattern) throws IOException {
    return sources().stream()
        .filter(
            f -> {
              try {
                return pattern.matcher(Files.readString(f)).find();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
        .collect(Collectors.toList());
  }

  @Test
  void coreUsesNoJavaFx() throws IOException {
    assertThat(sources()).hasSizeGreaterThan(10);
    assertThat(sourcesMatching(Pattern.compile("\\bjavafx\\."))).isEmpty();
  }

  @Test
  void jblstTypesStayInsideTheInternalBlstPackage() throws IOException {
    Path internal =
        SOURCES.resolve(Path.of("io", "f3console", "core", "crypto", "internal", "blst"));
    List<Path> users = sourcesMatching(Pattern.compile("\\bsupranational\\.blst\\b"));
    assertThat(users).isNotEmpty().allSatisfy(path -> assertThat(path).startsWith(internal));
  }

  @Test
  void jnaTypesStayInsideTheInternalNativePackage() throws IOException {
    Path internal =
        SOURCES.resolve(Path.of("io", "f3console", "core", "crypto", "internal", "nativeblst"));
    List<Path> users = sourcesMatching(Pattern.compile("\\bcom\\.sun\\.jna\\b"));
    assertThat(users).isNotEmpty().allSatisfy(path -> assertThat(path).startsWith(internal));
  }

  @Test
  void zstdJniTypesStayInsideTheInternalZstdPackage() throws IOException {
    Path internal =
        SOURCES.resolve(Path.of("io", "f3console", "core", "blocks", "internal", "zstd"));
    List<Path> users = sourcesMatching(Pattern.compile("\\bcom\\.github\\.luben\\b"));
    assertThat(users).isNotEmpty().allSatisfy(path -> assertThat(path).startsWith(internal));
  }
}
