package io.f3console.app.ui.certificates;

import io.f3console.app.ui.Styles;
import io.f3console.app.ui.controls.CopyableCell;
import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.controls.RowCopy;
import io.f3console.core.participation.InstanceRoll;
import io.f3console.core.participation.InstanceRoll.Member;
import io.f3console.core.participation.ParticipationReport;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The signers and the absentees of one certificate side by side, each with its scaled power and
 * share, most power first; actor IDs copy on a click, from the context menu or with Ctrl+C. Shown
 * at the signers and quorum stages.
 */
final class RollTables {
  private static final double ROW = 24;
  private static final int VISIBLE_ROWS = 8;

  private RollTables() {}

  static Node of(InstanceRoll roll, Consumer<String> notice) {
    GridPane both = new GridPane();
    both.setId("stage-roll");
    both.setHgap(12);
    ColumnConstraints half = new ColumnConstraints();
    half.setPercentWidth(50);
    both.getColumnConstraints().addAll(half, half);
    both.add(
        side(
            "Signed: "
                + Formats.integer(roll.signers().size())
                + ", "
                + Formats.integer(roll.signedScaledPower())
                + " scaled",
            "roll-signers",
            roll.signers(),
            notice),
        0,
        0);
    both.add(
        side(
            "Absent: "
                + Formats.integer(roll.absentees().size())
                + ", "
                + Formats.integer(roll.absentScaledPower())
                + " scaled",
            "roll-absentees",
            roll.absentees(),
            notice),
        1,
        0);
    Label caveat = new Label(ParticipationReport.CAVEAT);
    caveat.setId("roll-caveat");
    caveat.getStyleClass().add(Styles.MUTED);
    caveat.setWrapText(true);
    Label heading =
        new Label(
            "Who signed, and who in the committee did not (of "
                + Formats.integer(roll.scaledTotal())
                + " scaled power)");
    heading.getStyleClass().add("detail-section-title");
    heading.setWrapText(true);
    heading.setMinHeight(Label.USE_PREF_SIZE);
    VBox box = new VBox(6, heading, both, caveat);
    box.getStyleClass().add("detail-section");
    return box;
  }

  private static Node side(String title, String id, List<Member> members, Consumer<String> notice) {
    TableView<Member> table = new TableView<>();
    table.setId(id);
    TableColumn<Member, Member> actor = new TableColumn<>("Actor");
    actor.setSortable(false);
    actor.setPrefWidth(90);
    actor.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    actor.setCellFactory(c -> new CopyableCell<>(m -> m.actor().address(), "actor", 24, notice));
    TableColumn<Member, String> power = new TableColumn<>("Scaled");
    power.setSortable(false);
    power.setPrefWidth(90);
    power.getStyleClass().add("numeric");
    power.setCellValueFactory(
        c -> new ReadOnlyStringWrapper(Formats.integer(c.getValue().scaledPower())));
    TableColumn<Member, String> share = new TableColumn<>("Share");
    share.setSortable(false);
    share.setPrefWidth(70);
    share.setCellValueFactory(
        c -> new ReadOnlyStringWrapper(Formats.percent(c.getValue().share())));
    table.getColumns().addAll(List.of(actor, power, share));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getItems().setAll(members);
    new RowCopy<Member>(notice)
        .value("Copy actor", "actor", m -> m.actor().address())
        .install(table);
    table.setFixedCellSize(ROW);
    table.setPlaceholder(new Label("nobody"));
    table.setPrefHeight((Math.min(Math.max(members.size(), 1), VISIBLE_ROWS) + 1.2) * ROW);
    table.setMinHeight(table.getPrefHeight());
    Label heading = new Label(title);
    heading.setId(id + "-title");
    return new VBox(4, heading, table);
  }
}
