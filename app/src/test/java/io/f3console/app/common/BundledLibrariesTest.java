package io.f3console.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every library the build ships has its licence recorded, and the list is read right. */
class BundledLibrariesTest {
  @Test
  void everyShippedLibraryHasALicence() {
    List<BundledLibraries.Library> shipped = BundledLibraries.list();
    assertThat(shipped).as("the build's list of runtime libraries").isNotEmpty();
    assertThat(shipped)
        .extracting(BundledLibraries.Library::artifact)
        .contains("jblst", "sqlite-jdbc", "javafx-controls", "picocli", "bcprov-jdk18on");
    assertThat(shipped)
        .allSatisfy(
            library ->
                assertThat(library.licence())
                    .as("licence of %s:%s", library.group(), library.artifact())
                    .isPresent());
  }

  @Test
  void eachLibraryIsListedOnceWithItsVersion() {
    Properties licences = new Properties();
    licences.setProperty("org.openjfx:*", "GPL 2.0 with the Classpath Exception");
    List<BundledLibraries.Library> parsed =
        BundledLibraries.parse(
            """

        The following files have been resolved:
           org.openjfx:javafx-base:jar:21.0.12:compile -- module javafx.baseEmpty [auto]
           org.openjfx:javafx-base:jar:linux:21.0.12:compile -- module javafx.base
           org.example:unlisted:jar:1.0:runtime
           org.example:tests-only:jar:1.0:test
        """,
            licences);
    assertThat(parsed)
        .extracting(BundledLibraries.Library::line)
        .containsExactly(
            "javafx-base 21.0.12: GPL 2.0 with the Classpath Exception",
            "unlisted 1.0: licence not recorded");
  }
}
