package io.f3console.app.ui.certificates;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.ConsoleContext;
import io.f3console.app.ui.Styles;
import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.controls.TrustBadge;
import io.f3console.core.bootstrap.LateStart;
import io.f3console.core.bootstrap.LateStartPlan;
import io.f3console.core.bootstrap.LateStartResult;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.validation.ValidatorOptions;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Late start: from a power table the operator trusts (for example their own node's table for
 * instance N), find the first certificate that table validates and validate from there to the
 * newest certificate, as a node that starts late does. Runs the core's {@link LateStart} in the
 * background for the network selected in the console, and records each run in the history.
 */
public final class LateStartDialog {
  private final ConsoleContext context;
  private final BackgroundLane lane;
  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final TextField trusted = new TextField();
  private final TextField instance = new TextField();
  private final TextField certificates = new TextField();
  private final PasswordField token = new PasswordField();
  private final Label result = new Label();

  public LateStartDialog(ConsoleContext context) {
    this.context = context;
    this.lane = new BackgroundLane(context.runner(), "late-start");
    build();
  }

  private void build() {
    dialog.initOwner(context.window());
    dialog.setTitle("Late start");
    Label explanation = new Label("Start from a power table you trust (a source string; with an"
        + " instance, that source's committee of the instance), find the first certificate it"
        + " validates, and validate from there to the newest certificate of the certificate"
        + " source. Network: " + context.workspace().network().key() + ".");
    explanation.setWrapText(true);
    explanation.setMaxWidth(600);
    trusted.setId("late-trusted");
    trusted.setPromptText("e.g. rpc:http://127.0.0.1:1234/rpc/v1 or file:table.json");
    instance.setId("late-instance");
    instance.setPromptText("instance (optional)");
    certificates.setId("late-certificates");
    token.setId("late-token");
    token.setPromptText("node token (optional, never stored)");
    context.workspace().table().ifPresent(t -> trusted.setText(t.source()));
    context.workspace().chain().ifPresent(c -> certificates.setText(c.source()));
    result.setId("late-result");
    result.setWrapText(true);
    result.setMaxWidth(600);
    Button run = new Button("Run");
    run.setId("late-run");
    run.setOnAction(e -> run());
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.setPadding(new Insets(12));
    trusted.setPrefColumnCount(36);
    grid.addRow(0, new Label("Trusted table"), trusted);
    grid.addRow(1, new Label("Instance"), instance);
    grid.addRow(2, new Label("Certificates"), certificates);
    grid.addRow(3, new Label("Node token"), token);
    grid.add(run, 1, 4);
    dialog.getDialogPane().setContent(new VBox(10, explanation, grid, result));
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    lane.stateProperty().addListener((obs, old, state) -> {
      if (state == BackgroundLane.State.FAILED) {
        show("✘ " + context.dialogs().lastErrorProperty().get(), Styles.DANGER);
      }
    });
  }

  public void show() {
    dialog.show();
  }

  /** The dialog itself, for tests. */
  public Dialog<ButtonType> dialog() {
    return dialog;
  }

  private void run() {
    Optional<Long> at;
    try {
      at = instance.getText().isBlank() ? Optional.empty()
          : Optional.of(Long.parseUnsignedLong(instance.getText().strip()));
    } catch (NumberFormatException e) {
      show("✘ The instance must be a whole number.", Styles.DANGER);
      return;
    }
    NetworkProfile network = context.workspace().network();
    LateStartPlan plan = new LateStartPlan(NetworkSelection.of(network), trusted.getText(), at,
        certificates.getText());
    Optional<String> secret = token.getText() == null || token.getText().isBlank()
        ? Optional.empty() : Optional.of(token.getText().strip());
    SourceOptions options = secret.map(t -> SourceOptions.defaults().withToken(t))
        .orElse(SourceOptions.defaults());
    show("Searching and validating…", Styles.MUTED);
    SessionRecord.Builder session = LateStartSession.begin(network.key(), plan.trustedSource(),
        at, plan.certificateSource());
    context.history().track(lane.submit("Late start", progress -> plan.run(options,
        ValidatorOptions.defaults(), LateStart.Listener.NONE), done -> show(describe(done),
            styleOf(done))),
        session, (builder, done) -> LateStartSession.ran(builder, done, at),
        secret.map(List::of).orElse(List.of()));
  }

  /** The colour of a late start: green only for a valid chain from a verified table. */
  private static String styleOf(LateStartPlan.Run done) {
    if (!done.passed()) {
      return Styles.DANGER;
    }
    return done.trust().isVerified() ? Styles.SUCCESS : Styles.WARNING;
  }

  /** The result, then the trusted table's trust as core decided it. */
  static String describe(LateStartPlan.Run done) {
    LateStartResult result = done.result();
    String trust = "Trust: " + TrustBadge.icon(done.trust().state()) + " "
        + done.trust().state().word() + ": " + done.trust().explanation();
    if (result.valid() && done.trust().isMismatch()) {
      return "✘ The certificates are consistent, but the trusted table is not "
          + done.trust().network() + "'s. " + describe(result).substring(2) + "\n" + trust;
    }
    if (result.valid() && !done.trust().isVerified()) {
      return "? " + describe(result).substring(2) + "\n" + trust;
    }
    return describe(result) + "\n" + trust;
  }

  static String describe(LateStartResult result) {
    if (!result.found()) {
      return "✘ No certificate " + result.certificatesRead().map(r -> "in instances "
          + Formats.unsigned(r.first()) + "–" + Formats.unsigned(r.latest()) + " ").orElse("")
          + "is validated by the trusted table (CID " + result.trustedTableCid() + ").";
    }
    String start = "Started at instance " + Formats.unsigned(result.startInstance()) + " ("
        + result.startDescription() + "), reached instance "
        + Formats.unsigned(result.reachedInstance()) + " after "
        + Formats.integer(result.validated()) + " certificates; final table CID "
        + result.finalTableCid() + ".";
    return result.failure().map(f -> "✘ " + start + " Certificate "
        + Long.toUnsignedString(f.instance()) + " fails " + f.reason() + ": " + f.message())
        .orElse("✔ " + start);
  }

  private void show(String text, String style) {
    result.setText(text);
    result.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER,
        Styles.MUTED);
    result.getStyleClass().add(style);
  }
}
