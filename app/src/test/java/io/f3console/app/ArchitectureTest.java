package io.f3console.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.f3console.core.testing.LayerTable;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure of the app drawn from its byte code (ArchUnit): the layers of docs/architecture.md,
 * no cycle between packages, a CLI that runs without a display and never reaches into the console
 * (nor the console into the CLI), and views that present what core decoded instead of decoding
 * bytes themselves.
 */
class ArchitectureTest {
  /** What decodes or encodes bytes: core's business, never a view's. */
  static final DescribedPredicate<JavaClass> CODECS =
      DescribedPredicate.describe(
          "codecs (CBOR, RLE+, varints, multibase, Merkle trees, CAR and snapshot readers and"
              + " writers, HAMT writers, native backends)",
          type -> {
            String pkg = type.getPackageName();
            String name = type.getSimpleName();
            return pkg.startsWith("io.f3console.core.cbor")
                || pkg.startsWith("io.f3console.core.merkle")
                || pkg.contains(".internal") && pkg.startsWith("io.f3console.core.")
                || pkg.startsWith("io.f3console.core.") && name.endsWith("Cbor")
                || Set.of(
                            "RlePlus",
                            "Varint",
                            "Base32",
                            "Base58",
                            "CarReader",
                            "CarWriter",
                            "F3SnapshotReader",
                            "F3SnapshotWriter",
                            "HamtWriter",
                            "Hamt")
                        .contains(name)
                    && pkg.startsWith("io.f3console.core.");
          });

  private static JavaClasses app;
  private static LayerTable layers;

  @BeforeAll
  static void importApp() {
    app =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.f3console.app");
    layers = LayerTable.read(LayerTable.document(), "io.f3console.app");
  }

  @Test
  void everyPackageUsesOnlyTheLayersBelowIt() {
    assertThat(app.size()).as("app classes imported").isGreaterThan(200);
    layers.rule().check(app);
  }

  @Test
  void theLayerTableNamesNoPackageThatDoesNotExist() {
    Set<String> packages = app.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
    assertThat(packages).containsAll(layers.layers().keySet());
  }

  @Test
  void noTwoPackagesDependOnEachOther() {
    slices().matching("io.f3console.app.(**)").should().beFreeOfCycles().check(app);
  }

  @Test
  void theCliRunsWithoutADisplayAndWithoutTheConsole() {
    noClasses()
        .that()
        .resideInAPackage("io.f3console.app.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.controlsfx..", "io.f3console.app.ui..")
        .check(app);
  }

  @Test
  void theConsoleDoesNotUseTheCli() {
    noClasses()
        .that()
        .resideInAPackage("io.f3console.app.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.f3console.app.cli..")
        .check(app);
  }

  @Test
  void onlyTheShellUsesControlsFx() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.f3console.app.ui.shell")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.controlsfx..")
        .because("ADR 0015 keeps ControlsFX for the status bar only")
        .check(app);
  }

  @Test
  void viewsUseNoCodec() {
    noClasses()
        .that()
        .resideInAPackage("io.f3console.app.ui..")
        .should()
        .dependOnClassesThat(CODECS)
        .check(app);
  }

  @Test
  void theCodecPredicateKnowsCodecsFromOtherCoreTypes() {
    JavaClasses types =
        new ClassFileImporter()
            .importClasses(
                io.f3console.core.cbor.CborReader.class,
                io.f3console.core.bitfield.RlePlus.class,
                io.f3console.core.certs.FinalityCertificateCbor.class,
                io.f3console.core.snapshot.CarReader.class,
                io.f3console.core.certs.FinalityCertificate.class,
                io.f3console.core.gpbft.PowerTable.class);

    assertThat(types.stream().filter(CODECS).map(JavaClass::getSimpleName))
        .containsExactlyInAnyOrder("CborReader", "RlePlus", "FinalityCertificateCbor", "CarReader");
  }
}
