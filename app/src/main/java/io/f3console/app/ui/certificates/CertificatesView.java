package io.f3console.app.ui.certificates;

import io.f3console.app.ui.ConsoleContext;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Placeholder until the view lands. */
public final class CertificatesView {
  @FXML private Label title;

  public CertificatesView(ConsoleContext context) {}
}
