package io.f3console.app.ui.history;

import io.f3console.app.ui.Styles;
import io.f3console.app.ui.controls.CopyableText;
import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.controls.SelectableText;
import io.f3console.app.ui.controls.Tone;
import io.f3console.core.history.Fact;
import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.RecordedSource;
import io.f3console.core.history.SessionLabels;
import io.f3console.core.history.SessionNote;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionReport;
import io.f3console.core.history.StoredSession;
import io.f3console.core.history.TableReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One stored session, everything {@code history show} says: verdict and reason, trust state,
 * summary, what ran and when, sources, CIDs with their equal or differ marks, the power tables kept
 * (each with Open table), findings, notes and printed output.
 */
public final class SessionDetailsPane extends VBox {
  /** Below this width the facts and the CIDs are shown one above the other. */
  private static final double STACK_BELOW = 940;

  private final Label title = label("history-detail-title", Styles.SUBHEADING);
  private final Label verdict = label("history-detail-verdict", Styles.VERDICT);
  private final SelectableText summary = new SelectableText();
  private final GridPane facts = new GridPane();
  private final VBox sources = section("history-sources");
  private final GridPane cids = new GridPane();
  private final GridPane tables = new GridPane();
  private final VBox findings = section("history-findings");
  private final VBox notes = section("history-notes");
  private final TextArea output = new TextArea();
  private final VBox body;
  private final VBox left;
  private final VBox right;
  private boolean stacked;
  private final Label empty = label("history-detail-empty", Styles.MUTED);
  private Consumer<TableReference> onOpenTable = table -> {};
  private Consumer<String> notice = text -> {};

  public SessionDetailsPane() {
    setSpacing(10);
    summary.setId("history-detail-summary");
    summary.setMaxWidth(Double.MAX_VALUE);
    getStyleClass().add("history-details");
    facts.getStyleClass().add("history-grid");
    facts.setId("history-facts");
    cids.getStyleClass().add("history-grid");
    cids.setId("history-cids");
    tables.getStyleClass().add("history-grid");
    tables.setId("history-tables");
    output.setId("history-output");
    output.setEditable(false);
    output.setPrefRowCount(10);
    output.getStyleClass().add(Styles.MONOSPACE);
    left = new VBox(8, facts, heading("Sources"), sources);
    right =
        new VBox(
            8,
            heading("CIDs"),
            cids,
            heading("Power tables kept"),
            tables,
            heading("Findings"),
            findings);
    left.setPrefWidth(380);
    left.setMinWidth(300);
    right.setPrefWidth(620);
    HBox.setHgrow(left, Priority.ALWAYS);
    HBox.setHgrow(right, Priority.ALWAYS);
    body =
        new VBox(
            10,
            title,
            verdict,
            summary,
            heading("Notes"),
            notes,
            new HBox(24, left, right),
            heading("Output"),
            output);
    // in a narrow window the facts go above the CIDs, so that nothing needs scrolling sideways
    widthProperty().addListener((obs, old, width) -> arrange(width.doubleValue()));
    empty.setText("Select a session to see what it did.");
    getChildren().setAll(empty);
  }

  /** Side by side when wide enough, else the facts above the CIDs and tables. */
  private void arrange(double width) {
    boolean narrow = width > 0 && width < STACK_BELOW;
    if (narrow == stacked) {
      return;
    }
    stacked = narrow;
    int at = body.getChildren().indexOf(left.getParent());
    left.setPrefWidth(narrow ? Region.USE_COMPUTED_SIZE : 380);
    right.setPrefWidth(narrow ? Region.USE_COMPUTED_SIZE : 620);
    body.getChildren().set(at, narrow ? new VBox(12, left, right) : new HBox(24, left, right));
  }

  /** What Open table does with a kept table. */
  public void setOnOpenTable(Consumer<TableReference> action) {
    this.onOpenTable = action;
  }

  /** Where a copied CID is announced. */
  public void setNotice(Consumer<String> action) {
    this.notice = action;
  }

  /** Shows {@code session}; null shows the hint to select one. */
  public void show(StoredSession session) {
    if (session == null) {
      getChildren().setAll(empty);
      return;
    }
    SessionRecord r = session.record();
    title.setText("Session " + session.id() + " · " + r.command());
    verdict.setText(
        VerdictMarks.text(r.verdict())
            + r.reason().map(reason -> " · " + SessionLabels.of(reason)).orElse(""));
    VerdictMarks.tone(r.verdict()).applyTo(verdict);
    summary.setText(r.summary());
    showFacts(session);
    sources
        .getChildren()
        .setAll(
            r.sources().isEmpty()
                ? List.of(none())
                : r.sources().stream().map(SessionDetailsPane::source).toList());
    showCids(r.cids());
    showTables(session.tables());
    findings
        .getChildren()
        .setAll(
            r.facts().isEmpty()
                ? List.of(none())
                : r.facts().stream().map(SessionDetailsPane::finding).toList());
    notes
        .getChildren()
        .setAll(
            session.notes().isEmpty()
                ? List.of(none())
                : session.notes().stream().map(SessionDetailsPane::note).toList());
    output.setText(r.output().orElse(""));
    boolean printed = r.output().filter(o -> !o.isBlank()).isPresent();
    Node outputHeading = body.getChildren().get(body.getChildren().indexOf(output) - 1);
    for (Node node : new Node[] {output, outputHeading}) {
      node.setVisible(printed);
      node.setManaged(printed);
    }
    getChildren().setAll(body);
  }

  private void showFacts(StoredSession session) {
    SessionRecord r = session.record();
    facts.getChildren().clear();
    int row = 0;
    row = fact(row, "Kind", "kind", r.kind().label());
    row = fact(row, "Ran from", "origin", r.origin().label());
    if (!r.arguments().isEmpty()) {
      row = fact(row, "Arguments", "arguments", r.arguments());
    }
    row = fact(row, "Network", "network", r.network().orElse("—"));
    row = fact(row, "Started", "started", SessionReport.time(r.startedAt()));
    row = fact(row, "Took", "took", SessionReport.took(r));
    if (r.reason().isPresent()) {
      row = fact(row, "Reason", "reason", r.reason().get());
    }
    if (r.trust().isPresent()) {
      Label trust = factLabel(row, "Trust", "trust", "");
      VerdictMarks.showTrust(trust, r.trust().get());
      trust.getStyleClass().add(Styles.BADGE);
      trust.setWrapText(false);
      trust.setMaxWidth(Region.USE_PREF_SIZE);
      row++;
    }
    if (r.exitCode().isPresent()) {
      row = fact(row, "Exit status", "exit", String.valueOf(r.exitCode().get()));
    }
    if (r.instanceReached().isPresent()) {
      Label key = new Label("Instance reached");
      key.getStyleClass().add(Styles.MUTED);
      CopyableText instance =
          copyable(Long.toUnsignedString(r.instanceReached().get()), "instance");
      instance.setId("history-detail-instance");
      facts.addRow(row, key, instance);
    }
  }

  private int fact(int row, String name, String id, String value) {
    factLabel(row, name, id, value);
    return row + 1;
  }

  private Label factLabel(int row, String name, String id, String value) {
    Label key = new Label(name);
    key.getStyleClass().add(Styles.MUTED);
    Label text = new Label(value);
    text.setId("history-detail-" + id);
    text.setWrapText(true);
    facts.addRow(row, key, text);
    return text;
  }

  private void showCids(List<RecordedCid> recorded) {
    cids.getChildren().clear();
    if (recorded.isEmpty()) {
      cids.add(none(), 0, 0);
      return;
    }
    boolean expected = SessionReport.hasExpected(recorded);
    List<Node> headers = new ArrayList<>(List.of(header("What"), header("Computed")));
    if (expected) {
      headers.add(header("Expected"));
    }
    headers.add(header(""));
    cids.addRow(0, headers.toArray(Node[]::new));
    int row = 1;
    for (RecordedCid cid : recorded) {
      Label role = new Label(cid.label());
      role.setId("history-cid-role-" + (row - 1));
      role.setWrapText(true);
      role.setMaxWidth(220);
      role.setMinWidth(Math.min(220, role.prefWidth(-1)));
      Label mark = new Label(cid.matches().map(m -> m ? "✔ equal" : "✘ differ").orElse(""));
      mark.setId("history-cid-mark-" + (row - 1));
      cid.matches().ifPresent(m -> (m ? Tone.SUCCESS : Tone.DANGER).applyTo(mark));
      mark.getStyleClass().add(Styles.BADGE);
      mark.setMinWidth(Region.USE_PREF_SIZE);
      mark.setVisible(cid.matches().isPresent());
      List<Node> cells = new ArrayList<>(List.of(role, copyable(cid.computed().orElse(""), "CID")));
      if (expected) {
        cells.add(copyable(cid.expected().orElse(""), "CID"));
      }
      cells.add(mark);
      cids.addRow(row++, cells.toArray(Node[]::new));
    }
  }

  private void showTables(List<TableReference> kept) {
    tables.getChildren().clear();
    if (kept.isEmpty()) {
      tables.add(none(), 0, 0);
      return;
    }
    tables.addRow(
        0, header("Role"), header("Instance"), header("Entries"), header("CID"), header(""));
    for (int i = 0; i < kept.size(); i++) {
      TableReference table = kept.get(i);
      Button open = new Button("Open table");
      open.setId("history-open-table-" + i);
      open.setMinWidth(Region.USE_PREF_SIZE);
      open.setOnAction(e -> onOpenTable.accept(table));
      tables.addRow(
          i + 1,
          whole(table.role()),
          table
              .instance()
              .<Node>map(n -> copyable(Long.toUnsignedString(n), "instance"))
              .orElseGet(() -> whole("—")),
          whole(Formats.integer(table.entries())),
          copyable(table.cid(), "CID"),
          open);
    }
  }

  /** A value to copy; {@code what} names it in the confirmation ("CID", "instance"). */
  private CopyableText copyable(String value, String what) {
    CopyableText text = new CopyableText();
    text.setMinWidth(Region.USE_PREF_SIZE);
    text.setNotice(notice);
    text.setValue(value, what);
    return text;
  }

  /** A source read, selectable (a path or a node's URL people copy). */
  private static SelectableText source(RecordedSource source) {
    SelectableText text = new SelectableText(source.role() + ": " + source.spec());
    text.getStyleClass().add(Styles.MONOSPACE);
    return text;
  }

  /** A finding, selectable: it is evidence people quote. */
  private static SelectableText finding(Fact fact) {
    return new SelectableText(fact.label() + ": " + fact.value());
  }

  private static Label note(SessionNote note) {
    Label label = new Label(SessionReport.time(note.createdAt()) + " — " + note.text());
    label.setWrapText(true);
    label.getStyleClass().add("history-note");
    return label;
  }

  private static Label none() {
    Label label = new Label("none");
    label.getStyleClass().add(Styles.MUTED);
    return label;
  }

  private static Label header(String text) {
    Label label = new Label(text);
    label.getStyleClass().add(Styles.MUTED);
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }

  /** A short value that is never cut (a narrow window scrolls the details instead). */
  private static Label whole(String text) {
    Label label = new Label(text);
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }

  private static Label heading(String text) {
    Label label = new Label(text);
    label.getStyleClass().add(Styles.SUBHEADING);
    return label;
  }

  private static VBox section(String id) {
    VBox box = new VBox(4);
    box.setId(id);
    return box;
  }

  private static Label label(String id, String style) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.setMaxWidth(Double.MAX_VALUE);
    if (style != null) {
      label.getStyleClass().add(style);
    }
    return label;
  }
}
