package io.f3console.app.ui.overview;

import io.f3console.app.ui.ConsoleContext;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Placeholder until the view lands. */
public final class OverviewView {
  @FXML private Label title;

  public OverviewView(ConsoleContext context) {}
}
