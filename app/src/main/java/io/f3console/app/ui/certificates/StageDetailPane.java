package io.f3console.app.ui.certificates;

import io.f3console.app.ui.Styles;
import io.f3console.app.ui.certificates.StageDetail.CidComparison;
import io.f3console.app.ui.certificates.StageDetail.DeltaRow;
import io.f3console.app.ui.certificates.StageDetail.DeltaTable;
import io.f3console.app.ui.certificates.StageDetail.DetailRow;
import io.f3console.app.ui.certificates.StageDetail.FailureNote;
import io.f3console.app.ui.certificates.StageDetail.HexValue;
import io.f3console.app.ui.controls.Clipboards;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.controls.RowCopy;
import io.f3console.app.ui.controls.SelectableText;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The stage at the cursor: what it checks, its verdict, the failure and what it means, the stage's
 * own picture (quorum bar, annotated payload, keys, delta table, CIDs compared) and its inputs and
 * outputs. Rebuilt from a {@link StageDetail} on every step; builds nodes only.
 */
public final class StageDetailPane extends VBox {
  private final Consumer<String> notice;

  public StageDetailPane(Consumer<String> notice) {
    this.notice = notice;
    setId("stage-detail");
    getStyleClass().add("stage-detail");
  }

  /** Shows a stage; {@code null} shows nothing. */
  public void show(StageDetail detail) {
    getChildren().clear();
    if (detail == null) {
      Label empty =
          new Label(
              "Open finality certificates with the power table they start from"
                  + " (File ▸ Open files…), or a demo network (File ▸ Open demo network), to step"
                  + " through their validation stage by stage.");
      empty.setId("stage-detail-empty");
      empty.getStyleClass().add(Styles.MUTED);
      empty.setWrapText(true);
      getChildren().add(empty);
      return;
    }
    Label title = new Label(detail.stage().title());
    title.setId("stage-detail-title");
    title.getStyleClass().add(Styles.SUBHEADING);
    Label step = new Label(detail.step());
    step.setId("stage-step");
    step.getStyleClass().add(Styles.MUTED);
    HBox heading = new HBox(10, title, step);
    heading.setAlignment(Pos.BASELINE_LEFT);
    String what = detail.stage().description();
    Label description = new Label(Character.toUpperCase(what.charAt(0)) + what.substring(1) + ".");
    description.getStyleClass().add(Styles.MUTED);
    description.setWrapText(true);
    getChildren().addAll(heading, description, verdictLine(detail));
    detail.failure().ifPresent(f -> getChildren().add(failureBox(f)));
    if (!detail.summary().isEmpty()) {
      Label summary = new Label(detail.summary());
      summary.setId("stage-summary");
      summary.setWrapText(true);
      getChildren().add(summary);
    }
    detail
        .quorum()
        .ifPresent(
            q -> {
              QuorumBar bar = new QuorumBar();
              bar.show(q);
              getChildren().add(bar);
            });
    detail.roll().ifPresent(roll -> getChildren().add(RollTables.of(roll, notice)));
    if (!detail.payload().isEmpty()) {
      AnnotatedHex hex = new AnnotatedHex(notice);
      hex.show(detail.payload());
      getChildren().add(section("Signed bytes, field by field", hex));
    }
    for (HexValue value : detail.values()) {
      getChildren().add(section(value.title(), hexBlock(value)));
    }
    detail.deltas().ifPresent(d -> getChildren().add(deltas(d)));
    detail.cids().ifPresent(c -> getChildren().add(cids(c)));
    if (!detail.evidence().isEmpty()) {
      getChildren().add(section("Evidence", grid("stage-evidence", detail.evidence())));
    }
    if (!detail.inputs().isEmpty() || !detail.outputs().isEmpty()) {
      getChildren().add(inputsAndOutputs(detail));
    }
  }

  private Node verdictLine(StageDetail detail) {
    Label badge =
        new Label(StageNode.icon(detail.verdict()) + " " + StageNode.word(detail.verdict()));
    badge.setId("stage-verdict");
    badge.getStyleClass().addAll(Styles.BADGE, StageNode.tone(detail.verdict()).styleClass());
    badge.setMinWidth(Label.USE_PREF_SIZE);
    Label text = new Label(detail.verdictText());
    text.setId("stage-verdict-text");
    text.setWrapText(true);
    HBox line = new HBox(10, badge, text);
    line.getStyleClass().add("stage-verdict-line");
    if (!detail.timing().isEmpty()) {
      Label timing = new Label(detail.timing());
      timing.getStyleClass().add(Styles.MUTED);
      timing.setMinWidth(Label.USE_PREF_SIZE);
      timing.setTooltip(new Tooltip("How long this stage took when it was validated"));
      line.getChildren().add(timing);
    }
    return line;
  }

  private Node failureBox(FailureNote failure) {
    Label headline = new Label("✘ " + failure.headline());
    headline.setId("failure-headline");
    headline.getStyleClass().add("failure-headline");
    headline.setWrapText(true);
    SelectableText concrete = new SelectableText(failure.concrete());
    concrete.setId("failure-concrete");
    SelectableText meaning = new SelectableText("What it means: " + failure.meaning());
    meaning.setId("failure-meaning");
    VBox box = new VBox(6, headline, concrete, meaning);
    box.setId("failure-box");
    box.getStyleClass().addAll("failure-box", Styles.DANGER);
    return box;
  }

  private Node inputsAndOutputs(StageDetail detail) {
    GridPane both = new GridPane();
    both.getStyleClass().add("stage-io");
    ColumnConstraints half = new ColumnConstraints();
    half.setPercentWidth(50);
    both.getColumnConstraints().addAll(half, half);
    both.add(
        section(
            "Inputs", detail.inputs().isEmpty() ? none() : grid("stage-inputs", detail.inputs())),
        0,
        0);
    both.add(
        section(
            "Outputs",
            detail.outputs().isEmpty() ? none() : grid("stage-outputs", detail.outputs())),
        1,
        0);
    return both;
  }

  private GridPane grid(String id, List<DetailRow> rows) {
    GridPane grid = new GridPane();
    grid.setId(id);
    grid.getStyleClass().add("detail-grid");
    ColumnConstraints names = new ColumnConstraints();
    names.setMinWidth(Label.USE_PREF_SIZE);
    ColumnConstraints values = new ColumnConstraints();
    values.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(names, values);
    for (int i = 0; i < rows.size(); i++) {
      DetailRow row = rows.get(i);
      Label name = new Label(row.label());
      name.getStyleClass().addAll("detail-name", Styles.MUTED);
      grid.add(name, 0, i);
      if (row.copyable()) {
        CopyableText value = new CopyableText();
        value.setValue(row.value(), row.label());
        value.setNotice(notice);
        grid.add(value, 1, i);
      } else {
        SelectableText value = new SelectableText(row.value());
        value.getStyleClass().add("detail-value");
        grid.add(value, 1, i);
      }
    }
    return grid;
  }

  private Node hexBlock(HexValue value) {
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < value.hex().length(); i += 16) {
      if (i > 0) {
        grouped.append(i % 64 == 0 ? "\n" : " ");
      }
      grouped.append(value.hex(), i, Math.min(value.hex().length(), i + 16));
    }
    Label block = new Label(grouped.toString());
    block.getStyleClass().addAll("hex-block", Styles.MONOSPACE, Styles.COPYABLE);
    block.setCursor(Cursor.HAND);
    block.getProperties().put("hex", value.hex());
    block.setTooltip(new Tooltip(value.hex().length() / 2 + " bytes (click to copy)"));
    block.setOnMouseClicked(e -> Clipboards.copy(value.what(), value.hex(), notice));
    return block;
  }

  private Node deltas(DeltaTable table) {
    Label sizes =
        new Label(
            "Entries before: "
                + table.entriesBefore()
                + (table.entriesAfter().isEmpty() ? "" : " → after: " + table.entriesAfter()));
    sizes.setId("delta-sizes");
    if (table.rows().isEmpty()) {
      Label none = new Label("No changes: the next instance has the same committee.");
      none.getStyleClass().add(Styles.MUTED);
      return section("Power-table changes", new VBox(6, sizes, none));
    }
    TableView<DeltaRow> view = new TableView<>();
    view.setId("delta-table");
    view.getStyleClass().add("delta-table");
    view.getColumns().add(column("Participant", 110, DeltaRow::participant));
    TableColumn<DeltaRow, String> power = column("Power change", 130, DeltaRow::delta);
    power.getStyleClass().add("numeric");
    view.getColumns().add(power);
    TableColumn<DeltaRow, String> key =
        column(
            "New worker key", 240, r -> r.newKey().isEmpty() ? "—" : Formats.shorten(r.newKey()));
    view.getColumns().add(key);
    view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    view.getItems().setAll(table.rows());
    view.setFixedCellSize(26);
    view.setPrefHeight(Math.min(table.rows().size(), 10) * 26 + 32);
    view.setMinHeight(view.getPrefHeight());
    view.setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(DeltaRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(
                    empty || row == null
                        ? null
                        : new Tooltip(
                            row.participant()
                                + ": "
                                + row.exactDelta()
                                + (row.newKey().isEmpty() ? "" : "\nnew key " + row.newKey())));
              }
            });
    new RowCopy<DeltaRow>(notice)
        .value("Copy participant", "participant", DeltaRow::participant)
        .value("Copy new worker key", "key", DeltaRow::newKey)
        .install(view);
    return section("Power-table changes (" + table.rows().size() + ")", new VBox(6, sizes, view));
  }

  private static TableColumn<DeltaRow, String> column(
      String title, double width, Function<DeltaRow, String> value) {
    TableColumn<DeltaRow, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setSortable(false);
    column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    return column;
  }

  private Node cids(CidComparison cids) {
    VBox rows =
        new VBox(
            2,
            muted("Committed to by the certificate (its supplemental data)"),
            cid("expected-cid", cids.expected()),
            muted("Computed: the CID of the power table after applying the delta"),
            cid("computed-cid", cids.computed()));
    rows.getStyleClass().add("cid-compare");
    Label verdict =
        new Label(
            cids.equal()
                ? "✔ equal: the next committee is the one signed for"
                : "✘ differ from character " + (cids.firstDifference() + 1) + " on");
    verdict.setId("cid-verdict");
    verdict.getStyleClass().addAll(Styles.BADGE, cids.equal() ? Styles.SUCCESS : Styles.DANGER);
    return section("Next power-table CID", new VBox(8, rows, verdict));
  }

  private CopyableText cid(String id, String value) {
    CopyableText text = new CopyableText(120, 0);
    text.setMinWidth(Label.USE_PREF_SIZE);
    text.setId(id);
    text.setValue(value, "CID");
    text.setNotice(notice);
    return text;
  }

  private static Label muted(String text) {
    Label label = new Label(text);
    label.getStyleClass().add(Styles.MUTED);
    return label;
  }

  private static Label none() {
    return muted("—");
  }

  private static VBox section(String title, Node content) {
    Label heading = new Label(title);
    heading.getStyleClass().add("detail-section-title");
    VBox box = new VBox(6, heading, content);
    box.getStyleClass().add("detail-section");
    return box;
  }
}
