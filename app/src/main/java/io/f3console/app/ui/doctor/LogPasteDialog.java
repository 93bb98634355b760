package io.f3console.app.ui.doctor;

import io.f3console.app.ui.DialogService;
import io.f3console.app.ui.Styles;
import io.f3console.app.ui.UiTaskRunner;
import io.f3console.app.ui.controls.EmptyState;
import io.f3console.core.PrintableText;
import io.f3console.core.logs.KnownLogLine;
import io.f3console.core.logs.LogRow;
import java.io.File;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The Doctor's <em>Paste logs…</em> window: a text area to paste log lines into (or a log file to
 * open), read by {@link LogPasteViewModel}, and one row per distinct F3 line: class, count, time
 * span, message, what it means and what to do. Every control is reached with Tab; Ctrl+Enter in the
 * text area reads it.
 */
final class LogPasteDialog {
  private LogPasteDialog() {}

  /** Opens the window, owned by {@code owner} and styled like it (both themes). */
  static Dialog<ButtonType> show(Window owner, UiTaskRunner runner, DialogService dialogs) {
    LogPasteViewModel model = new LogPasteViewModel(runner);
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.initModality(Modality.NONE);
    dialog.setTitle("Paste logs");
    dialog.setHeaderText("Which F3 log lines are noise, worth a look, or a problem");
    dialog.setResizable(true);
    dialog.getDialogPane().setId("logs-dialog");
    Scene ownerScene = owner == null ? null : owner.getScene();
    if (ownerScene != null) {
      Bindings.bindContent(dialog.getDialogPane().getStylesheets(), ownerScene.getStylesheets());
    }

    TextArea input = new TextArea();
    input.setId("logs-input");
    input.setPromptText(
        "Paste lines of a Lotus, Forest or go-f3 log here, with or without their timestamps,"
            + " then Read (Ctrl+Enter).");
    input.setPrefRowCount(8);
    input.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
            model.read(input.getText());
            event.consume();
          }
        });
    Button read = new Button("Read the lines");
    read.setId("logs-read");
    read.setOnAction(event -> model.read(input.getText()));
    Button open = new Button("Open file…");
    open.setId("logs-open");
    open.setOnAction(
        event -> {
          FileChooser chooser = new FileChooser();
          chooser.setTitle("Open a log file");
          File file = dialogs.chooseToOpen(chooser, dialog.getDialogPane().getScene().getWindow());
          if (file != null) {
            model.read(file.toPath());
          }
        });
    Label summary = new Label();
    summary.setId("logs-summary");
    summary.getStyleClass().add(Styles.VERDICT);
    summary.setWrapText(true);
    summary.setMinHeight(Label.USE_PREF_SIZE);
    summary.textProperty().bind(model.summaryProperty());
    model.toneProperty().addListener((obs, old, tone) -> tone.applyTo(summary));
    model.toneProperty().get().applyTo(summary);

    TableView<LogRow> table = new TableView<>(model.rows());
    table.setId("logs-rows");
    table.setPlaceholder(
        EmptyState.of("Each distinct F3 line appears here once read, the worst first."));
    table.getColumns().add(classColumn());
    table.getColumns().add(column("Count", 60, row -> Long.toString(row.count())));
    table.getColumns().add(column("Over", 60, LogPasteViewModel::span));
    table.getColumns().add(column("Message", 260, row -> PrintableText.line(row.message())));
    table.getColumns().add(column("What it means", 300, LogPasteDialog::meaning));
    table.getColumns().add(column("What to do", 260, LogPasteDialog::action));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPrefSize(1000, 380);
    VBox.setVgrow(table, Priority.ALWAYS);

    VBox content = new VBox(8, input, new HBox(8, read, open), summary, table);
    content
        .getStylesheets()
        .add(
            java.util.Objects.requireNonNull(LogPasteDialog.class.getResource("doctor.css"))
                .toExternalForm());
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    dialog.show();
    input.requestFocus();
    return dialog;
  }

  private static String meaning(LogRow row) {
    return row.entry()
        .map(KnownLogLine::meaning)
        .orElse("Not a line F3 Console knows. First seen at line " + row.firstLineNumber() + ".");
  }

  private static String action(LogRow row) {
    return row.entry()
        .map(KnownLogLine::action)
        .orElse(
            "Read it yourself, and look it up in the Lotus, Forest or go-f3 issue trackers before"
                + " acting on it.");
  }

  private static TableColumn<LogRow, LogRow> classColumn() {
    TableColumn<LogRow, LogRow> column = new TableColumn<>("Class");
    column.setPrefWidth(150);
    column.setSortable(false);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(LogRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                  setGraphic(null);
                  setText(null);
                  return;
                }
                Label badge =
                    new Label(
                        LogPasteViewModel.icon(row.logClass()) + " " + row.logClass().label());
                badge.getStyleClass().add(Styles.BADGE);
                LogPasteViewModel.toneOf(row.logClass()).applyTo(badge);
                setGraphic(badge);
                setText(null);
              }
            });
    return column;
  }

  private static TableColumn<LogRow, String> column(
      String title, double width, Function<LogRow, String> value) {
    TableColumn<LogRow, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setSortable(false);
    column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    column.setCellFactory(
        c ->
            new TableCell<>() {
              private final Text text = new Text();

              {
                // a Text wraps to the column and makes the row as tall as its lines
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                text.getStyleClass().add("logs-cell-text");
              }

              @Override
              protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty ? null : item);
                setGraphic(empty ? null : text);
                setText(null);
              }
            });
    return column;
  }
}
