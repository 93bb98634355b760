package io.f3console.app.common;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * What this build is: the version and the git commit it was built from, as the build wrote them
 * into the jar's manifest. Run from classes (tests, an IDE) it is a development build.
 *
 * @param version the project version, if built into a jar
 * @param commit the abbreviated commit, if the build ran in a git checkout
 * @param dirty whether that checkout had uncommitted changes
 */
public record BuildInfo(Optional<String> version, Optional<String> commit, boolean dirty) {
  /** The manifest attribute naming the commit. */
  static final String COMMIT = "F3Console-Commit";

  /** The manifest attribute saying whether the checkout had uncommitted changes. */
  static final String DIRTY = "F3Console-Dirty";

  /** This build, read from the jar this class was loaded from. */
  public static BuildInfo current() {
    return manifest()
        .map(BuildInfo::of)
        .orElse(new BuildInfo(Optional.empty(), Optional.empty(), false));
  }

  /**
   * The build a manifest describes; a value the build could not fill in (outside a git checkout the
   * property stays {@code ${…}}) counts as missing.
   */
  static BuildInfo of(Manifest manifest) {
    Attributes main = manifest.getMainAttributes();
    return new BuildInfo(
        filled(main.getValue(Attributes.Name.IMPLEMENTATION_VERSION)),
        filled(main.getValue(COMMIT)),
        "true".equals(main.getValue(DIRTY)));
  }

  /** One line: "F3 Console 0.1.0 (commit 0123456789ab)". */
  public String line() {
    if (version.isEmpty()) {
      return "F3 Console (development build, run from classes)";
    }
    return "F3 Console "
        + version.get()
        + commit
            .map(c -> " (commit " + c + (dirty ? ", with uncommitted changes" : "") + ")")
            .orElse(" (commit unknown)");
  }

  private static Optional<String> filled(String value) {
    return value == null || value.isBlank() || value.startsWith("${")
        ? Optional.empty()
        : Optional.of(value);
  }

  private static Optional<Manifest> manifest() {
    try {
      Path location =
          Path.of(BuildInfo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(location)) {
        return Optional.empty();
      }
      try (JarFile jar = new JarFile(location.toFile())) {
        return Optional.ofNullable(jar.getManifest());
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
