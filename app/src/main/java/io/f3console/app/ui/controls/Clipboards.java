package io.f3console.app.ui.controls;

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
}
