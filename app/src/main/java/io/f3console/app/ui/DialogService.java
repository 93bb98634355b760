package io.f3console.app.ui;

import io.f3console.core.F3Exception;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Owns every dialog and notice the console shows. Errors get a plain-language sentence first
 * and the technical detail (the exception chain) one click away, in the dialog's expandable
 * area. Short notices ("copied") go to the status bar, never to a modal.
 */
public final class DialogService {
  private final Supplier<Window> owner;
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
  private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper(this, "lastError", "");

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
    TextArea detail = new TextArea(stackTrace(error));
    detail.setEditable(false);
    detail.setWrapText(false);
    detail.setId("error-detail");
    alert.getDialogPane().setExpandableContent(detail);
    alert.show();
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
    if (error instanceof java.io.IOException) {
      return "Reading or writing failed: " + error.getMessage();
    }
    if (error instanceof OutOfMemoryError) {
      return "The console ran out of memory. Start it with a larger heap"
          + " (F3CONSOLE_JAVA_OPTIONS=-Xmx4g).";
    }
    return "An unexpected error occurred (" + error.getClass().getSimpleName() + "): "
        + error.getMessage() + ". The detail below helps a bug report.";
  }

  private static String stackTrace(Throwable error) {
    StringWriter out = new StringWriter();
    if (error != null) {
      error.printStackTrace(new PrintWriter(out));
    }
    return out.toString();
  }
}
