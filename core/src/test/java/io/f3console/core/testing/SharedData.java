package io.f3console.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real mainnet and calibnet files that serve as test oracles. They are not part of the
 * repository: they are read in place from the {@code shared/data} folder beside the checkout.
 *
 * <p>Where that folder is: the system property {@code f3console.sharedData} (set by the build),
 * else the environment variable {@code F3CONSOLE_SHARED_DATA}, else {@code ../shared/data} searched
 * upwards from the working directory. With {@code CI=true} a missing file fails the test; otherwise
 * the test is skipped with a message saying which file was missing.
 */
public final class SharedData {
  private SharedData() {}

  /** The path of a data file, e.g. {@code mainnet_initial_power_table.json}. */
  public static Path file(String name) {
    refuseClassLevelCallers(name);
    Path dir = directory();
    Path path = dir == null ? Path.of(name) : dir.resolve(name);
    if (!Files.isRegularFile(path)) {
      String message =
          "shared test data file not found: "
              + name
              + (dir == null ? " (no shared/data folder found)" : " in " + dir);
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    return path;
  }

  public static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(file(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String name) {
    try {
      return Files.readString(file(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A missing file must skip (or, on CI, fail) the tests that need it. Asked from a class
   * initializer it breaks the class instead, and from a {@code @BeforeAll} method it aborts the
   * class, which surefire reports as "Tests run: 0": so both are refused outright, data or not.
   */
  private static void refuseClassLevelCallers(String name) {
    StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .forEach(
            frame -> {
              if (frame.getMethodName().equals("<clinit>")) {
                throw new IllegalStateException(
                    "SharedData.file(\""
                        + name
                        + "\") from the static"
                        + " initializer of "
                        + frame.getClassName()
                        + ": read it in a test instead");
              }
              for (java.lang.reflect.Method method :
                  frame.getDeclaringClass().getDeclaredMethods()) {
                if (method.getName().equals(frame.getMethodName())
                    && method.isAnnotationPresent(org.junit.jupiter.api.BeforeAll.class)) {
                  throw new IllegalStateException(
                      "SharedData.file(\""
                          + name
                          + "\") from @BeforeAll "
                          + frame.getClassName()
                          + "."
                          + method.getName()
                          + ": read it in a test or"
                          + " @BeforeEach instead");
                }
              }
            });
  }

  private static Path directory() {
    String configured = System.getProperty("f3console.sharedData");
    if (configured == null || configured.isBlank()) {
      configured = System.getenv("F3CONSOLE_SHARED_DATA");
    }
    if (configured != null && !configured.isBlank() && Files.isDirectory(Path.of(configured))) {
      return Path.of(configured).normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    return null;
  }
}
