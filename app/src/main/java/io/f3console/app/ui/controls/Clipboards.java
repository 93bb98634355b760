package io.f3console.app.ui.controls;

import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The system clipboard, as every copy action of the console fills it (FX thread only). */
public final class Clipboards {
  private Clipboards() {}

  /** Puts {@code text} on the clipboard as plain text. */
  public static void put(String text) {
    ClipboardContent content = new ClipboardContent();
    content.putString(text);
    Clipboard.getSystemClipboard().setContent(content);
  }

  /**
   * Puts a value on the clipboard and says so: "Copied {@code what} {@code value}" with the value
   * on one line and shortened in the middle. Null or empty text copies nothing.
   */
  public static void copy(String what, String text, Consumer<String> notice) {
    if (text == null || text.isEmpty()) {
      return;
    }
    put(text);
    notice.accept(
        "Copied "
            + what
            + " "
            + Formats.shortenMiddle(text.strip().replaceAll("\\s+", " "), 16, 7));
  }
}
