package io.f3console.core.crypto.internal.nativeblst;

import com.sun.jna.NativeLibrary;
import io.f3console.core.crypto.internal.blst.BlstBackend;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads a private copy of the blst library that jblst bundles, through JNA, the first time it is
 * needed.
 *
 * <p>jblst's own copy is loaded with {@link System#load} for its JNI glue, and JNA cannot reach
 * symbols in it by name. So the same class-path resource (its location comes from {@link
 * BlstBackend#bundledLibraryResource()}) is copied to a fresh temporary file and opened with JNA: a
 * second, independent instance of the same code (the library is linked with {@code DT_SYMBOLIC} and
 * has no relocations against its own {@code blst_} symbols, checked for Linux x86-64, so neither
 * copy's calls can be bound to the other's). On Linux and macOS the file is deleted at once after
 * loading (the mapping stays); elsewhere it is deleted when the JVM exits.
 *
 * <p>The outcome is computed once. Any failure (JNA missing, no library for this platform, a
 * temporary directory mounted {@code noexec}, a missing symbol, a failed self-test) becomes an
 * {@link Optional} reason, never an error: callers fall back to the Java paths.
 */
final class NativeLibraryLoader {
  private static final String GENERATOR_HEX =
      "97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb";

  private NativeLibraryLoader() {}

  /** The loaded functions, or why there are none. */
  record Outcome(Optional<BlstFunctions> functions, String description) {}

  private static final class Holder {
    static final Outcome OUTCOME = load();
  }

  static Outcome outcome() {
    return Holder.OUTCOME;
  }

  private static Outcome load() {
    Optional<String> resource = BlstBackend.bundledLibraryResource();
    if (resource.isEmpty()) {
      return failed("no bundled blst library for " + platform());
    }
    try {
      Path file = extract(resource.get());
      NativeLibrary library = NativeLibrary.getInstance(file.toString());
      if (!isWindows()) {
        Files.deleteIfExists(file);
      }
      BlstFunctions functions = new BlstFunctions(library);
      if (!selfTestPasses(functions)) {
        return failed("self-test failed: blst's G1 generator did not compress as expected");
      }
      return new Outcome(
          Optional.of(functions),
          "blst " + resource.get() + " through JNA " + com.sun.jna.Native.VERSION);
    } catch (IOException e) {
      return failed("cannot copy " + resource.get() + " to a temporary file: " + e.getMessage());
    } catch (LinkageError | RuntimeException e) {
      // NoClassDefFoundError when JNA is absent, UnsatisfiedLinkError for a library or symbol
      // that cannot be loaded; JNA reports some loading problems as IllegalStateException.
      return failed(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static boolean selfTestPasses(BlstFunctions functions) {
    byte[] compressed = new byte[BlstFunctions.G1_COMPRESSED_SIZE];
    functions.p1AffineCompress(compressed, functions.p1AffineGenerator());
    return HexFormat.of().formatHex(compressed).equals(GENERATOR_HEX);
  }

  private static Path extract(String resource) throws IOException {
    try (InputStream in = NativeLibraryLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("resource not found on the class path");
      }
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      String suffix = name.substring(name.lastIndexOf('.'));
      Path file = Files.createTempFile("f3console-blst-", suffix);
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    }
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }

  private static String platform() {
    return System.getProperty("os.name") + "/" + System.getProperty("os.arch");
  }

  private static Outcome failed(String reason) {
    return new Outcome(Optional.empty(), "native blst not usable: " + reason);
  }
}
