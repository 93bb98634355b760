package io.f3console.app.ui.history;

import io.f3console.app.ui.Page;
import io.f3console.app.ui.Styles;
import io.f3console.app.ui.context.ConsoleContext;
import io.f3console.app.ui.controls.Tone;
import io.f3console.core.history.SessionReport;
import io.f3console.core.history.SessionSummary;
import io.f3console.core.history.SessionVerdict;
import io.f3console.core.history.StoredSession;
import io.f3console.core.trust.TrustState;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The session history: filters, the list of sessions, the selected one's details and notes. */
public final class HistoryView {
  private static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);

  private final ConsoleContext context;
  private final Runnable refresh = this::onRefresh;
  private HistoryViewModel model;

  @FXML private VBox root;
  @FXML private Label count;
  @FXML private Label status;
  @FXML private TextField filterField;
  @FXML private ComboBox<String> networkBox;
  @FXML private ComboBox<String> kindBox;
  @FXML private ComboBox<SinceChoice> sinceBox;
  @FXML private TableView<SessionSummary> table;
  @FXML private TableColumn<SessionSummary, String> idColumn;
  @FXML private TableColumn<SessionSummary, String> startedColumn;
  @FXML private TableColumn<SessionSummary, String> kindColumn;
  @FXML private TableColumn<SessionSummary, String> commandColumn;
  @FXML private TableColumn<SessionSummary, String> networkColumn;
  @FXML private TableColumn<SessionSummary, SessionVerdict> verdictColumn;
  @FXML private TableColumn<SessionSummary, TrustState> trustColumn;
  @FXML private TableColumn<SessionSummary, String> summaryColumn;
  @FXML private SessionDetailsPane details;
  @FXML private javafx.scene.layout.HBox actions;
  @FXML private javafx.scene.layout.HBox noteBar;
  @FXML private TextArea noteArea;
  @FXML private Label actionMessage;

  public HistoryView(ConsoleContext context) {
    this.context = context;
  }

  @FXML
  private void initialize() {
    model =
        new HistoryViewModel(
            context.history(),
            context.loader(),
            context.runner(),
            context.pageProperty().isEqualTo(Page.HISTORY),
            context.dialogs()::notice,
            context::navigate);
    root.getProperties().put(HistoryViewModel.class, model);
    count.textProperty().bind(model.countProperty());
    status.textProperty().bind(model.statusProperty());
    model.statusToneProperty().addListener((obs, old, tone) -> tone.applyTo(status));
    model.statusToneProperty().get().applyTo(status);
    model
        .file()
        .ifPresent(
            file ->
                status.setTooltip(
                    new javafx.scene.control.Tooltip(file.toAbsolutePath().toString())));
    bindFilters();
    bindTable();
    details.setOnOpenTable(model.actions()::openTable);
    details.setNotice(context.dialogs()::notice);
    model.detailsProperty().addListener((obs, old, session) -> showDetails(session));
    showDetails(model.detailsProperty().get());
    root.sceneProperty().addListener((obs, old, scene) -> moveShortcut(old, scene));
    moveShortcut(null, root.getScene());
  }

  private void bindFilters() {
    filterField.textProperty().bindBidirectional(model.filterTextProperty());
    filterField.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            filterField.clear();
          }
        });
    networkBox.setItems(model.networks());
    networkBox.valueProperty().bindBidirectional(model.networkProperty());
    kindBox.setItems(model.kinds());
    kindBox.valueProperty().bindBidirectional(model.kindProperty());
    sinceBox.getItems().setAll(SinceChoice.values());
    sinceBox.valueProperty().bindBidirectional(model.sinceProperty());
  }

  private void bindTable() {
    idColumn.setCellValueFactory(c -> text(s -> String.valueOf(s.id()), c.getValue()));
    startedColumn.setCellValueFactory(
        c -> text(s -> SessionReport.time(s.startedAt()).replace(" UTC", ""), c.getValue()));
    kindColumn.setCellValueFactory(c -> text(s -> s.kind().label(), c.getValue()));
    commandColumn.setCellValueFactory(c -> text(SessionSummary::command, c.getValue()));
    networkColumn.setCellValueFactory(c -> text(s -> s.network().orElse(""), c.getValue()));
    summaryColumn.setCellValueFactory(
        c -> text(s -> s.summary() + (s.notes() > 0 ? "  ✎ " + s.notes() : ""), c.getValue()));
    verdictColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().verdict()));
    verdictColumn.setCellFactory(column -> new VerdictCell());
    trustColumn.setCellValueFactory(
        c -> new ReadOnlyObjectWrapper<>(c.getValue().trust().orElse(null)));
    trustColumn.setCellFactory(column -> new TrustCell());
    table.setItems(model.sessions());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No session matches the filters."));
    // A refresh replaces the rows and clears the table's selection for a moment: the model
    // keeps the selected session by id, so only a person's choice is passed on.
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, session) -> {
              if (session != null) {
                model.selectedProperty().set(session);
              }
            });
    model
        .selectedProperty()
        .addListener(
            (obs, old, session) -> {
              if (session == null) {
                table.getSelectionModel().clearSelection();
              } else if (table.getSelectionModel().getSelectedItem() != session) {
                table.getSelectionModel().select(session);
              }
            });
  }

  private static ReadOnlyObjectWrapper<String> text(
      Function<SessionSummary, String> value, SessionSummary session) {
    return new ReadOnlyObjectWrapper<>(value.apply(session));
  }

  private void showDetails(StoredSession session) {
    details.show(session);
    actions.setDisable(session == null);
    noteBar.setDisable(session == null);
    actionMessage.setText("");
  }

  private void moveShortcut(Scene from, Scene to) {
    if (from != null) {
      from.getAccelerators().remove(REFRESH, refresh);
    }
    if (to != null) {
      to.getAccelerators().put(REFRESH, refresh);
    }
  }

  @FXML
  private void onRefresh() {
    model.refresh();
  }

  @FXML
  private void onAddNote() {
    model.actions().addNote(noteArea.getText(), noteArea::clear).ifPresent(this::problem);
  }

  @FXML
  private void onReopen() {
    model.actions().reopenSources().ifPresent(this::problem);
  }

  @FXML
  private void onExport() {
    StoredSession session = model.detailsProperty().get();
    if (session == null) {
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export session " + session.id());
    FileChooser.ExtensionFilter markdown = new FileChooser.ExtensionFilter("Markdown", "*.md");
    FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter("JSON", "*.json");
    chooser.getExtensionFilters().addAll(markdown, json);
    chooser.setInitialFileName("session-" + session.id() + ".md");
    File file = context.dialogs().chooseToSave(chooser, root.getScene().getWindow());
    if (file == null) {
      return;
    }
    Path path = file.toPath();
    SessionReport.Format format =
        chooser.getSelectedExtensionFilter() == json
                && !path.getFileName().toString().endsWith(".md")
            ? SessionReport.Format.JSON
            : SessionActions.formatOf(path);
    model.actions().export(path, format).ifPresent(this::problem);
  }

  private void problem(String message) {
    actionMessage.setText("✘ " + message);
    Tone.DANGER.applyTo(actionMessage);
    context.dialogs().notice(message);
  }

  /** The verdict as icon, word and colour token. */
  private static final class VerdictCell extends TableCell<SessionSummary, SessionVerdict> {
    private final Label badge = new Label();

    VerdictCell() {
      badge.getStyleClass().addAll(Styles.BADGE, "history-verdict-cell");
    }

    @Override
    protected void updateItem(SessionVerdict verdict, boolean empty) {
      super.updateItem(verdict, empty);
      if (verdict != null && !empty) {
        badge.setText(VerdictMarks.text(verdict));
        VerdictMarks.tone(verdict).applyTo(badge);
        setGraphic(badge);
        setText(null);
      } else {
        setGraphic(null);
        setText(null);
      }
    }
  }

  /** The trust state as the trust badge shows it: icon, word and colour token; none is blank. */
  private static final class TrustCell extends TableCell<SessionSummary, TrustState> {
    private final Label badge = new Label();

    TrustCell() {
      badge.getStyleClass().addAll(Styles.BADGE, "history-trust-cell");
    }

    @Override
    protected void updateItem(TrustState trust, boolean empty) {
      super.updateItem(trust, empty);
      if (trust != null && !empty) {
        VerdictMarks.showTrust(badge, trust);
        setGraphic(badge);
        setText(null);
      } else {
        setGraphic(null);
        setText(null);
      }
    }
  }

  static Optional<HistoryViewModel> modelOf(javafx.scene.Node view) {
    return Optional.ofNullable((HistoryViewModel) view.getProperties().get(HistoryViewModel.class));
  }
}
