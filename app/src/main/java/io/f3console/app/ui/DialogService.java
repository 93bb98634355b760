package io.f3console.app.ui;

import io.f3console.core.F3Exception;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Owns every dialog and notice the console shows. Errors get a plain-language sentence first and
 * the technical detail (the exception chain) one click away, in the dialog's expandable area. Short
 * notices ("copied") go to the status bar, never to a modal.
 */
public final class DialogService {
  private final Supplier<Window> owner;
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
  private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper(this, "lastError", "");

  /** Where the next file chooser opens: the folder of the last file chosen, at first here. */
  private File lastFolder = new File(System.getProperty("user.dir"));

  public DialogService(Supplier<Window> owner) {
    this.owner = Objects.requireNonNull(owner, "owner");
  }

  /** Shows an error: what failed, the plain reason, and the detail behind an expander. */
  public void showError(String what, Throwable error) {
    String plain = plainMessage(error);
    lastError.set(what + ": " + plain);
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.initOwner(owner.get());
    alert.setTitle("F3 Console");
    alert.setHeaderText(what);
    Label message = new Label(plain);
    message.setWrapText(true);
    message.setId("error-message");
    alert.getDialogPane().setContent(new VBox(message));
    alert.getDialogPane().setExpandableContent(details(error));
    alert.show();
  }

  /** Shows {@code chooser} to open one file, in the last folder used; null when cancelled. */
  public File chooseToOpen(FileChooser chooser, Window window) {
    return remember(startIn(chooser).showOpenDialog(window));
  }

  /** Shows {@code chooser} to open files, in the last folder used; empty when cancelled. */
  public List<File> chooseToOpenMany(FileChooser chooser, Window window) {
    List<File> files = startIn(chooser).showOpenMultipleDialog(window);
    if (files == null || files.isEmpty()) {
      return List.of();
    }
    remember(files.get(0));
    return List.copyOf(files);
  }

  /** Shows {@code chooser} to save a file, in the last folder used; null when cancelled. */
  public File chooseToSave(FileChooser chooser, Window window) {
    return remember(startIn(chooser).showSaveDialog(window));
  }

  /** The folder the next file chooser opens in. */
  public File lastFolder() {
    return lastFolder;
  }

  private FileChooser startIn(FileChooser chooser) {
    if (lastFolder.isDirectory()) {
      chooser.setInitialDirectory(lastFolder);
    }
    return chooser;
  }

  /** Keeps {@code chosen}'s folder for the next chooser; returns {@code chosen}. */
  File remember(File chosen) {
    if (chosen != null && chosen.getAbsoluteFile().getParentFile() != null) {
      lastFolder = chosen.getAbsoluteFile().getParentFile();
    }
    return chosen;
  }

  /** A short message in the status bar, e.g. after copying a value. */
  public void notice(String text) {
    notice.set(text);
  }

  /** Takes a notice back, if it is still the one shown (a later one stays). */
  public void withdrawNotice(String text) {
    if (text.equals(notice.get())) {
      notice.set("");
    }
  }

  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** The last error shown, as one line (for the status bar and tests). */
  public ReadOnlyStringProperty lastErrorProperty() {
    return lastError.getReadOnlyProperty();
  }

  /**
   * The sentence a person sees for {@code error}: the project's own exceptions already speak
   * plainly; anything else is named, since it is a bug or an environment problem.
   */
  public static String plainMessage(Throwable error) {
    if (error == null) {
      return "An unknown error occurred.";
    }
    if (error instanceof F3Exception || error instanceof IllegalArgumentException) {
      return error.getMessage();
    }
    if (error instanceof java.nio.file.FileSystemException
        || error instanceof java.net.ConnectException
        || error instanceof java.net.UnknownHostException) {
      String plain = plainCause(error);
      return Character.toUpperCase(plain.charAt(0)) + plain.substring(1) + ".";
    }
    if (error instanceof java.io.IOException) {
      return "Reading or writing failed: " + error.getMessage();
    }
    if (error instanceof OutOfMemoryError) {
      return "The console ran out of memory. Start it with a larger heap"
          + " (F3CONSOLE_JAVA_OPTIONS=-Xmx4g).";
    }
    return "An unexpected error occurred ("
        + error.getClass().getSimpleName()
        + "): "
        + error.getMessage()
        + ". The detail below helps a bug report.";
  }

  /**
   * What "Show details" opens: the causes behind the message, one plain line each, and only below
   * them, folded, the technical text a bug report needs.
   */
  private static VBox details(Throwable error) {
    List<String> causes = causes(error);
    Label because =
        new Label(
            causes.isEmpty()
                ? "No further cause was given."
                : "Because:\n" + String.join("\n", causes.stream().map(c -> "• " + c).toList()));
    because.setWrapText(true);
    because.setId("error-causes");
    TextArea trace = new TextArea(stackTrace(error));
    trace.setEditable(false);
    trace.setWrapText(false);
    trace.setId("error-detail");
    TitledPane technical = new TitledPane("Technical detail (for a bug report)", trace);
    technical.setExpanded(false);
    technical.setId("error-technical");
    VBox box = new VBox(8, because, technical);
    box.setMaxWidth(Double.MAX_VALUE);
    return box;
  }

  /** The causes of {@code error}, outermost first, each in plain words (at most eight). */
  static List<String> causes(Throwable error) {
    List<String> causes = new ArrayList<>();
    String said = error == null ? null : plainMessage(error);
    for (Throwable cause = error == null ? null : error.getCause();
        cause != null && causes.size() < 8;
        cause = cause.getCause()) {
      if (cause.getCause() != null
          && Objects.equals(cause.getMessage(), cause.getCause().toString())) {
        continue; // a wrapper that only repeats its cause (UncheckedIOException and the like)
      }
      String plain = plainCause(cause);
      if (!plain.equals(said) && !causes.contains(plain)) {
        causes.add(plain);
      }
      said = plain;
    }
    return List.copyOf(causes);
  }

  private static String plainCause(Throwable cause) {
    String subject = cause.getMessage() == null ? "" : cause.getMessage();
    if (cause instanceof java.nio.file.NoSuchFileException) {
      return "there is no file " + subject;
    }
    if (cause instanceof java.nio.file.AccessDeniedException) {
      return "permission to read or write " + subject + " was denied";
    }
    if (cause instanceof java.nio.file.NotDirectoryException) {
      return subject + " is not a folder";
    }
    if (cause instanceof java.net.ConnectException) {
      return "nothing answered the connection" + (subject.isEmpty() ? "" : " (" + subject + ")");
    }
    if (cause instanceof java.net.UnknownHostException) {
      return "the host name " + subject + " is not known";
    }
    if (cause instanceof java.net.http.HttpTimeoutException
        || cause instanceof java.net.SocketTimeoutException) {
      return "the other side did not answer in time";
    }
    if (cause instanceof java.nio.file.FileSystemException files) {
      return "the system refused "
          + files.getFile()
          + (files.getReason() == null ? "" : ": " + files.getReason());
    }
    return plainMessage(cause);
  }

  private static String stackTrace(Throwable error) {
    StringWriter out = new StringWriter();
    if (error != null) {
      error.printStackTrace(new PrintWriter(out));
    }
    return out.toString();
  }
}
