package io.f3console.app.ui.certificates;

import io.f3console.app.ui.Styles;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.core.inspect.PayloadAnnotation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Signed bytes as a hex dump, sixteen bytes a row, each field of the payload in its own colour
 * token, with a legend that names the fields, decodes them and says why each is signed.
 */
public final class AnnotatedHex extends VBox {
  /** Style class of every byte cell; the field label is in the cell's properties. */
  public static final String BYTE = "hex-byte";

  /** Key of the field label in a byte cell's properties. */
  public static final String FIELD = "payload-field";

  private static final int PER_ROW = 16;

  private final GridPane dump = new GridPane();
  private final GridPane legend = new GridPane();
  private final Consumer<String> notice;

  public AnnotatedHex(Consumer<String> notice) {
    this.notice = notice;
    getStyleClass().add("annotated-hex");
    dump.setId("payload-hex");
    dump.getStyleClass().add("hex-dump");
    legend.setId("payload-legend");
    legend.getStyleClass().add("hex-legend");
    ColumnConstraints chip = new ColumnConstraints();
    chip.setMinWidth(150);
    ColumnConstraints value = new ColumnConstraints();
    value.setHgrow(Priority.ALWAYS);
    ColumnConstraints size = new ColumnConstraints();
    size.setHalignment(HPos.RIGHT);
    legend.getColumnConstraints().addAll(chip, value, size);
    getChildren().addAll(legend, dump);
  }

  /** Shows the payload's fields; their hex together is the whole payload. */
  public void show(List<PayloadAnnotation.Part> parts) {
    dump.getChildren().clear();
    legend.getChildren().clear();
    List<Label> cells = new ArrayList<>();
    List<Character> text = new ArrayList<>();
    int colour = 0;
    int legendRow = 0;
    for (PayloadAnnotation.Part part : parts) {
      String style = part.separator() ? "hex-separator" : "hex-" + (colour++ % 4 + 1);
      Tooltip tip =
          new Tooltip(
              part.title()
                  + " · bytes "
                  + part.offset()
                  + "–"
                  + (part.offset() + part.length() - 1)
                  + "\n"
                  + part.value()
                  + "\n"
                  + part.meaning());
      for (int i = 0; i < part.length(); i++) {
        String hex = part.hex().substring(2 * i, 2 * i + 2);
        Label cell = new Label(hex);
        cell.getStyleClass().addAll(BYTE, style, Styles.MONOSPACE);
        cell.getProperties().put(FIELD, part.label());
        Tooltip.install(cell, tip);
        cells.add(cell);
        int b = Integer.parseInt(hex, 16);
        text.add(b >= 0x20 && b < 0x7f ? (char) b : '·');
      }
      if (!part.separator()) {
        addLegendRow(legendRow++, part, style, tip);
      }
    }
    Region gap = new Region();
    gap.setMinWidth(8);
    dump.add(gap, PER_ROW / 2 + 1, 0);
    for (int i = 0; i < cells.size(); i++) {
      int row = i / PER_ROW;
      int column = i % PER_ROW;
      if (column == 0) {
        Label offset = new Label(String.format("%04x", i));
        offset.getStyleClass().addAll("hex-offset", Styles.MONOSPACE, Styles.MUTED);
        dump.add(offset, 0, row);
        StringBuilder ascii = new StringBuilder();
        for (int j = i; j < Math.min(i + PER_ROW, cells.size()); j++) {
          ascii.append(text.get(j));
        }
        Label printable = new Label(ascii.toString());
        printable.getStyleClass().addAll("hex-ascii", Styles.MONOSPACE, Styles.MUTED);
        dump.add(printable, PER_ROW + 2, row);
      }
      dump.add(cells.get(i), column + 1 + (column >= PER_ROW / 2 ? 1 : 0), row);
    }
  }

  /** The byte cells in order (for tests and copying). */
  public List<Label> byteCells() {
    List<Label> cells = new ArrayList<>();
    dump.getChildren().stream()
        .filter(n -> n.getStyleClass().contains(BYTE))
        .sorted(
            (a, b) -> {
              int rowA = GridPane.getRowIndex(a);
              int rowB = GridPane.getRowIndex(b);
              return rowA != rowB
                  ? Integer.compare(rowA, rowB)
                  : Integer.compare(GridPane.getColumnIndex(a), GridPane.getColumnIndex(b));
            })
        .forEach(n -> cells.add((Label) n));
    return cells;
  }

  private void addLegendRow(int row, PayloadAnnotation.Part part, String style, Tooltip tip) {
    Label chip = new Label(part.title());
    chip.getStyleClass().addAll("hex-chip", style);
    Tooltip.install(chip, tip);
    legend.add(chip, 0, row);
    if (part.value().length() > 24) {
      CopyableText value = new CopyableText();
      value.setValue(part.value(), part.title());
      value.setNotice(notice);
      legend.add(value, 1, row);
    } else {
      Label value = new Label(part.value());
      value.getStyleClass().add(Styles.MONOSPACE);
      legend.add(value, 1, row);
    }
    Label size = new Label(part.length() + (part.length() == 1 ? " byte" : " bytes"));
    size.getStyleClass().add(Styles.MUTED);
    legend.add(size, 2, row);
  }
}
