package io.f3console.core.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Starts a class's main method in a new JVM with this test run's class path. */
public final class ChildJava {
  private ChildJava() {}

  /** A child with a 128 MiB heap, its standard error discarded and no standard input. */
  public static Process start(Class<?> main, String... args) throws IOException {
    return new ProcessBuilder(command(List.of("-Xmx128m"), main, args))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
        .start();
  }

  /** The command line that runs {@code main} with these JVM options and this class path. */
  public static List<String> command(List<String> jvmOptions, Class<?> main, String... args) {
    String classPath = System.getProperty("surefire.test.class.path");
    if (classPath == null || classPath.isBlank()) {
      classPath = System.getProperty("java.class.path");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath);
    command.add(main.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** The file that reads as empty: for a child that must not wait on standard input. */
  public static File nullDevice() {
    boolean windows =
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    return new File(windows ? "NUL" : "/dev/null");
  }

  /**
   * Collects the child's output lines into {@code lines} as they come (notifying waiters on it), on
   * a daemon thread that ends with the output (a killed child's output simply ends).
   */
  public static Thread readLines(Process process, List<String> lines, String name) {
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                  }
                }
              } catch (IOException ignored) {
                // The process was killed: its output simply ends.
              }
            },
            name);
    reader.setDaemon(true);
    reader.start();
    return reader;
  }
}
