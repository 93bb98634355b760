package io.f3console.app.ui.keys;

import io.f3console.app.ui.ConsoleContext;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Placeholder until the view lands. */
public final class WorkerKeysView {
  @FXML private Label title;

  public WorkerKeysView(ConsoleContext context) {}
}
