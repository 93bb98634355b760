package io.f3console.core.crypto.internal.blst;

import io.f3console.core.crypto.internal.BackendUnavailableException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads blst's native library in one place, the first time it is needed.
 *
 * <p>jblst loads its library in the static initialiser of {@code supranational.blst.blstJNI}: it
 * extracts the bundled library for the current OS and architecture into a {@code blst@…} directory
 * under {@code java.io.tmpdir} and calls {@link System#load}. That would happen at an uncontrolled
 * moment (the first jblst call anywhere) and fail with an {@link Error}. Here the class is
 * initialised explicitly, by name, inside a lazy holder, so that merely referring to this class
 * loads nothing, and the outcome (success, or the cause of the failure) is computed once and kept.
 * A failure then becomes a {@link BackendUnavailableException} with an operator-facing message on
 * every later call; a JVM cannot retry a failed class initialisation anyway.
 */
final class BlstLoader {
  static final String JNI_CLASS_NAME = "supranational.blst.blstJNI";

  /** The property jblst reads to override the resource path of its bundled library. */
  static final String RESOURCE_PROPERTY = "supranational.blst.jniResource";

  private BlstLoader() {}

  private static final class Holder {
    static final Outcome OUTCOME = load(JNI_CLASS_NAME);
  }

  /** Loads the native library if that has not been tried yet; fails if it is unusable. */
  static void requireLoaded() throws BackendUnavailableException {
    Holder.OUTCOME.throwIfFailed();
  }

  static boolean isLoaded() {
    return Holder.OUTCOME.failure().isEmpty();
  }

  /**
   * Initialises the named JNI class and runs a one-line self-test through it. Separate from the
   * holder so that tests can observe a failure (with a class name that does not exist) without
   * disturbing the real, memoised outcome.
   */
  static Outcome load(String jniClassName) {
    try {
      Class.forName(jniClassName, true, BlstLoader.class.getClassLoader());
      if (!BlstG1.generatorIsInGroup()) {
        return new Outcome(
            Optional.of(
                new IllegalStateException(
                    "blst self-test failed: the G1 generator is not reported in the subgroup")));
      }
      return new Outcome(Optional.empty());
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      // LinkageError covers UnsatisfiedLinkError and the ExceptionInInitializerError that wraps
      // the RuntimeException jblst throws when the extracted library cannot be loaded.
      return new Outcome(Optional.of(e));
    }
  }

  /**
   * The class-path resource of jblst's bundled library for this platform: jblst's override property
   * if set, else {@code /supranational/blst/<OS>/<arch>/<file>} as the jar lays it out (Linux and
   * macOS on x86-64 and ARM64, Windows on x86-64).
   */
  static Optional<String> bundledLibraryResource() {
    String configured = System.getProperty(RESOURCE_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Optional.of(configured);
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
    boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
    String base = "/supranational/blst/";
    if (os.startsWith("linux") && (x64 || arm64)) {
      return Optional.of(base + "Linux/" + (x64 ? "amd64" : "aarch64") + "/libblst.so");
    }
    if ((os.startsWith("mac") || os.startsWith("darwin")) && (x64 || arm64)) {
      return Optional.of(base + "Mac/" + (x64 ? "x86_64" : "aarch64") + "/libblst.dylib");
    }
    if (os.startsWith("windows") && x64) {
      return Optional.of(base + "Windows/amd64/blst.dll");
    }
    return Optional.empty();
  }

  /** The memoised result of {@link #load(String)}. */
  record Outcome(Optional<Throwable> failure) {
    Outcome {
      Objects.requireNonNull(failure, "failure");
    }

    void throwIfFailed() throws BackendUnavailableException {
      if (failure.isPresent()) {
        Throwable cause = failure.get();
        throw new BackendUnavailableException(
            "the BLS native library (blst, bundled in jblst) is not usable on "
                + System.getProperty("os.name")
                + "/"
                + System.getProperty("os.arch")
                + ": "
                + describe(cause)
                + ". Key and signature checks need it. If the temporary directory"
                + " does not allow executing files, start with -Djava.io.tmpdir=<another directory>.",
            cause);
      }
    }

    private static String describe(Throwable cause) {
      Throwable root = cause;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String text = root.getMessage() == null ? "" : ": " + root.getMessage();
      return root.getClass().getSimpleName() + text;
    }
  }
}
