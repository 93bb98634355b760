package io.f3console.core.history;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the history database lives: {@code --db} first, then {@value #ENVIRONMENT_VARIABLE}, then
 * the user's data directory:
 *
 * <ul>
 *   <li>Linux and other Unix: {@code $XDG_DATA_HOME/f3console/history.db}, or {@code
 *       ~/.local/share/f3console/history.db} when {@code XDG_DATA_HOME} is unset or not absolute
 *       (as the XDG Base Directory specification says);
 *   <li>macOS: {@code ~/Library/Application Support/F3 Console/history.db};
 *   <li>Windows: {@code %LOCALAPPDATA%\F3 Console\history.db} (else {@code %APPDATA%}).
 * </ul>
 */
public final class HistoryLocation {
  /** The environment variable that names the database file. */
  public static final String ENVIRONMENT_VARIABLE = "F3CONSOLE_DB";

  static final String FILE_NAME = "history.db";

  private HistoryLocation() {}

  /** The database file of this process: {@code explicit} when given, else the default. */
  public static Path resolve(Path explicit) {
    if (explicit != null) {
      return explicit;
    }
    return resolve(
        System.getenv(),
        System.getProperty("os.name", ""),
        Path.of(System.getProperty("user.home")));
  }

  /** The default for this environment, operating system name and home directory. */
  public static Path resolve(Map<String, String> environment, String osName, Path home) {
    String named = environment.get(ENVIRONMENT_VARIABLE);
    if (named != null && !named.isBlank()) {
      return Path.of(named);
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String base = firstSet(environment, "LOCALAPPDATA", "APPDATA");
      Path dir = base != null ? Path.of(base) : home.resolve("AppData").resolve("Local");
      return dir.resolve("F3 Console").resolve(FILE_NAME);
    }
    if (os.startsWith("mac")) {
      return home.resolve("Library")
          .resolve("Application Support")
          .resolve("F3 Console")
          .resolve(FILE_NAME);
    }
    String xdg = environment.get("XDG_DATA_HOME");
    Path dir =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : home.resolve(".local").resolve("share");
    return dir.resolve("f3console").resolve(FILE_NAME);
  }

  private static String firstSet(Map<String, String> environment, String... names) {
    for (String name : names) {
      String value = environment.get(name);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
