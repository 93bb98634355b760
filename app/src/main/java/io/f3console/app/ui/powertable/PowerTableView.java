package io.f3console.app.ui.powertable;

import io.f3console.app.ui.ConsoleContext;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Placeholder until the view lands. */
public final class PowerTableView {
  @FXML private Label title;

  public PowerTableView(ConsoleContext context) {}
}
