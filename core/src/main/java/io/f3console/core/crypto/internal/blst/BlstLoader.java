package io.f3console.core.crypto.internal.blst;

import io.f3console.core.crypto.BlsException;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads blst's native library in one place, the first time it is needed.
 *
 * <p>jblst loads its library in the static initialiser of {@code supranational.blst.blstJNI}:
 * it extracts the bundled library for the current OS and architecture into a {@code blst@…}
 * directory under {@code java.io.tmpdir} and calls {@link System#load}. That would happen at an
 * uncontrolled moment (the first jblst call anywhere) and fail with an {@link Error}. Here the
 * class is initialised explicitly, by name, inside a lazy holder, so that merely referring to
 * this class loads nothing, and the outcome (success, or the cause of the failure) is computed
 * once and kept. A failure then becomes a {@link BlsException} with an operator-facing message on
 * every later call; a JVM cannot retry a failed class initialisation anyway.
 */
final class BlstLoader {
  static final String JNI_CLASS_NAME = "supranational.blst.blstJNI";

  private BlstLoader() {}

  private static final class Holder {
    static final Outcome OUTCOME = load(JNI_CLASS_NAME);
  }

  /** Loads the native library if that has not been tried yet; fails if it is unusable. */
  static void requireLoaded() throws BlsException {
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
        return new Outcome(Optional.of(new IllegalStateException(
            "blst self-test failed: the G1 generator is not reported in the subgroup")));
      }
      return new Outcome(Optional.empty());
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      // LinkageError covers UnsatisfiedLinkError and the ExceptionInInitializerError that wraps
      // the RuntimeException jblst throws when the extracted library cannot be loaded.
      return new Outcome(Optional.of(e));
    }
  }

  /** The memoised result of {@link #load(String)}. */
  record Outcome(Optional<Throwable> failure) {
    Outcome {
      Objects.requireNonNull(failure, "failure");
    }

    void throwIfFailed() throws BlsException {
      if (failure.isPresent()) {
        Throwable cause = failure.get();
        throw new BlsException("the BLS native library (blst, bundled in jblst) is not usable on "
            + System.getProperty("os.name") + "/" + System.getProperty("os.arch") + ": "
            + describe(cause) + ". Key and signature checks need it. If the temporary directory"
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
