package io.f3console.app.ui.certificates;

import io.f3console.app.ui.Styles;
import io.f3console.app.ui.controls.Tone;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One certificate in the list: the instance and its status on the first line, the epochs and the
 * signers on the second.
 */
final class CertificateCell extends ListCell<CertificateRow> {
  private final Label instance = new Label();
  private final Label status = new Label();
  private final Label epochs = new Label();
  private final Label signers = new Label();
  private final VBox content;

  CertificateCell() {
    getStyleClass().add("certificate-cell");
    setPrefWidth(0);
    instance.getStyleClass().addAll("certificate-instance", Styles.MONOSPACE);
    status.getStyleClass().addAll(Styles.BADGE, "certificate-status");
    status.setMinWidth(Region.USE_PREF_SIZE);
    epochs.getStyleClass().add("certificate-facts");
    signers.getStyleClass().add("certificate-facts");
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox first = new HBox(8, instance, gap, status);
    first.setAlignment(Pos.CENTER_LEFT);
    Region space = new Region();
    HBox.setHgrow(space, Priority.ALWAYS);
    signers.setMinWidth(Region.USE_PREF_SIZE);
    HBox second = new HBox(8, epochs, space, signers);
    content = new VBox(2, first, second);
  }

  @Override
  protected void updateItem(CertificateRow row, boolean empty) {
    super.updateItem(row, empty);
    setText(null);
    if (empty || row == null) {
      setGraphic(null);
      return;
    }
    instance.setText("#" + row.instance());
    status.setText(row.statusText());
    status.getStyleClass().removeAll(Tone.styleClasses());
    status.getStyleClass().add(row.tone().styleClass());
    epochs.setText("epochs " + row.epochs());
    signers.setText(row.signers() + " signers");
    setGraphic(content);
  }
}
