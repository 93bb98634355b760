package io.f3console.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.f3console.core.cid.LayeringViolationExample;
import io.f3console.core.testing.LayerTable;
import io.f3console.core.testing.SharedData;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure of core drawn from its own byte code (ArchUnit): the layers of
 * docs/architecture.md, no cycle between any two packages, no JavaFX, and the native libraries each
 * confined to the one internal package that wraps it.
 */
class ArchitectureTest {
  private static JavaClasses core;
  private static LayerTable layers;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.f3console.core");
    layers = LayerTable.read(LayerTable.document(), "io.f3console.core");
  }

  @Test
  void everyPackageUsesOnlyTheLayersBelowIt() {
    assertThat(core.size()).as("core classes imported").isGreaterThan(300);
    layers.rule().check(core);
  }

  @Test
  void theLayerTableNamesNoPackageThatDoesNotExist() {
    Set<String> packages = core.stream().map(c -> c.getPackageName()).collect(Collectors.toSet());
    assertThat(packages).containsAll(layers.layers().keySet());
  }

  @Test
  void noTwoPackagesDependOnEachOther() {
    slices().matching("io.f3console.core.(**)").should().beFreeOfCycles().check(core);
  }

  @Test
  void coreUsesNoJavaFx() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.controlsfx..", "org.testfx..")
        .check(core);
  }

  @Test
  void jblstStaysInsideTheInternalBlstPackage() {
    confined("supranational.blst..", "io.f3console.core.crypto.internal.blst").check(core);
  }

  @Test
  void jnaStaysInsideTheInternalNativePackage() {
    confined("com.sun.jna..", "io.f3console.core.crypto.internal.nativeblst").check(core);
  }

  @Test
  void zstdJniStaysInsideTheInternalZstdPackage() {
    confined("com.github.luben..", "io.f3console.core.blocks.internal.zstd").check(core);
  }

  @Test
  void aLowLayerUsingAHighOneBreaksTheRuleNamingBoth() {
    JavaClasses offender = new ClassFileImporter().importClasses(LayeringViolationExample.class);

    EvaluationResult result = layers.rule().evaluate(offender);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains(
                        "io.f3console.core.cid (layer 2) uses io.f3console.core.store (layer 12)"));
  }

  @Test
  void aPackageTheTableDoesNotNameBreaksTheRule() {
    JavaClasses unlisted = new ClassFileImporter().importClasses(SharedData.class);

    EvaluationResult result = layers.rule().evaluate(unlisted);

    assertThat(result.getFailureReport().getDetails())
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("io.f3console.core.testing")
                    .contains("is in no layer of docs/architecture.md"));
  }

  private static ArchRule confined(String library, String wrapper) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(wrapper)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(library)
        .as("only " + wrapper + " uses " + library);
  }
}
