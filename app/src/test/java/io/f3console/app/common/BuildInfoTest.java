package io.f3console.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/** The version line from what the build wrote into the manifest, and from what it could not. */
class BuildInfoTest {
  private static Manifest manifest(String version, String commit, String dirty) {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    if (version != null) {
      main.put(Attributes.Name.IMPLEMENTATION_VERSION, version);
    }
    if (commit != null) {
      main.putValue(BuildInfo.COMMIT, commit);
    }
    if (dirty != null) {
      main.putValue(BuildInfo.DIRTY, dirty);
    }
    return manifest;
  }

  @Test
  void aBuildFromACleanCheckoutNamesItsCommit() {
    assertThat(BuildInfo.of(manifest("1.2.0", "0123456789ab", "false")).line())
        .isEqualTo("F3 Console 1.2.0 (commit 0123456789ab)");
  }

  @Test
  void uncommittedChangesAreSaid() {
    assertThat(BuildInfo.of(manifest("1.2.0", "0123456789ab", "true")).line())
        .isEqualTo("F3 Console 1.2.0 (commit 0123456789ab, with uncommitted changes)");
  }

  @Test
  void aBuildOutsideGitSaysTheCommitIsUnknownRatherThanPrintingAPlaceholder() {
    BuildInfo info = BuildInfo.of(manifest("1.2.0", "${git.commit.id.abbrev}", "${git.dirty}"));
    assertThat(info.commit()).isEmpty();
    assertThat(info.dirty()).isFalse();
    assertThat(info.line()).isEqualTo("F3 Console 1.2.0 (commit unknown)");
  }

  @Test
  void classesWithoutAJarAreADevelopmentBuild() {
    assertThat(BuildInfo.of(manifest(null, null, null)).line())
        .isEqualTo("F3 Console (development build, run from classes)");
    // the tests run from classes, so this build is one
    assertThat(BuildInfo.current().version()).isEmpty();
  }
}
