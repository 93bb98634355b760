package io.f3console.app.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.f3console.app.ui.context.ConsoleContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep view-models testable without the toolkit (ADR 0011): a view-model takes the
 * services it uses, never the whole {@link ConsoleContext}, touches no scene graph, stage or {@code
 * Platform} (properties and observable lists are fine), and has a unit test of its own beside it.
 */
class ViewModelRulesTest {
  private static final Path MAIN = Path.of("src", "main", "java", "io", "f3console", "app", "ui");
  private static final Path TEST = Path.of("src", "test", "java", "io", "f3console", "app", "ui");

  @Test
  void viewModelsUseNeitherTheContextNorTheToolkit() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.f3console.app.ui");
    assertThat(classes.stream().filter(c -> c.getSimpleName().matches(".*(ViewModel|DialogModel)")))
        .as("view-models found")
        .hasSizeGreaterThan(10);

    noClasses()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .or()
        .haveSimpleNameEndingWith("DialogModel")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx.scene..", "javafx.stage..", "javafx.application..", "javafx.concurrent..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName(ConsoleContext.class.getName())
        .check(classes);
  }

  @Test
  void everyViewModelHasAUnitTestOfItsOwn() {
    List<String> untested =
        viewModels()
            .filter(
                file -> {
                  Path test =
                      TEST.resolve(MAIN.relativize(file))
                          .resolveSibling(
                              file.getFileName().toString().replace(".java", "Test.java"));
                  return !Files.isRegularFile(test) || read(test).contains("ApplicationExtension");
                })
            .map(file -> MAIN.relativize(file).toString())
            .toList();
    assertThat(untested).isEmpty();
  }

  private static Stream<Path> viewModels() {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files
          .filter(f -> f.getFileName().toString().matches(".*(ViewModel|DialogModel)" + "\\.java"))
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
