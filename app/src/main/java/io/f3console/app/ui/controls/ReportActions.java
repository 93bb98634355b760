package io.f3console.app.ui.controls;

import io.f3console.app.ui.DialogService;
import io.f3console.app.ui.ReportFile;
import io.f3console.app.ui.UiTaskRunner;
import java.io.File;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * "Copy as Markdown" and "Export…" for a result on show (a diagnosis, a release check, a
 * comparison, a validation, a participation report): the report comes from the view model when
 * asked; copying puts it on the clipboard, exporting asks where (in the last folder used, a
 * Markdown file under the default name) and writes it in the background ({@link ReportFile}).
 */
public final class ReportActions {
  private final DialogService dialogs;
  private final UiTaskRunner runner;
  private final String name;
  private final String fileName;

  /**
   * @param name what the report is, e.g. "the validation report"
   * @param fileName the file name offered, e.g. {@code f3-validation.md}
   */
  public ReportActions(DialogService dialogs, UiTaskRunner runner, String name, String fileName) {
    this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    this.runner = Objects.requireNonNull(runner, "runner");
    this.name = Objects.requireNonNull(name, "name");
    this.fileName = Objects.requireNonNull(fileName, "fileName");
  }

  /** Copies the report, if there is one. */
  public void copy(Supplier<String> markdown) {
    String text = markdown.get();
    if (text == null || text.isEmpty()) {
      return;
    }
    Clipboards.put(text);
    dialogs.notice("Copied " + name + " as Markdown");
  }

  /** Asks where to save the report, if there is one, and writes it there. */
  public void export(Supplier<String> markdown, Window owner) {
    String text = markdown.get();
    if (text == null || text.isEmpty()) {
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save " + name);
    chooser.setInitialFileName(fileName);
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter("Markdown", ReportFile.EXTENSION));
    File file = dialogs.chooseToSave(chooser, owner);
    if (file != null) {
      ReportFile.save(runner, dialogs::notice, name, text, file.toPath());
    }
  }
}
