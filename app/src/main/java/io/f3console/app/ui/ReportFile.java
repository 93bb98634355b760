package io.f3console.app.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Saving a Markdown report (a diagnosis, a comparison, a validation) to a file: written in the
 * background through the runner, confirmed as "Saved the report to file.md" through the notices
 * when written; a failure is reported by the runner. The one place reports are written.
 */
public final class ReportFile {
  /** The extension a saved report gets, and the file chooser filters on. */
  public static final String EXTENSION = "*.md";

  private ReportFile() {}

  /**
   * Writes {@code markdown} to {@code file} in the background, unless it is empty.
   *
   * @param name what the report is, e.g. "the comparison"
   */
  public static void save(
      UiTaskRunner runner, Consumer<String> notices, String name, String markdown, Path file) {
    if (markdown.isEmpty()) {
      return;
    }
    runner.run(
        "report-export",
        "Saving " + name,
        progress -> {
          Files.writeString(file, markdown, StandardCharsets.UTF_8);
          return file;
        },
        written -> notices.accept("Saved " + name + " to " + written.getFileName()));
  }
}
