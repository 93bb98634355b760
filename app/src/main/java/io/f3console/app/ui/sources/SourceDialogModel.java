package io.f3console.app.ui.sources;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.DialogService;
import io.f3console.app.ui.Job;
import io.f3console.app.ui.UiTaskRunner;
import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.controls.TonedText;
import io.f3console.app.ui.workspace.WorkspaceLoader;
import io.f3console.core.F3Exception;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.rpc.ApiInfo;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the source dialog does, without the dialog: the source string (or a node's URL) and token as
 * typed; Test looks at the source in the background and says what it holds, or why it could not;
 * Open hands the source to the {@link WorkspaceLoader}. The token, typed or taken from {@code
 * FULLNODE_API_INFO} for the same node, goes only into the request. UI thread only.
 */
public final class SourceDialogModel {
  static final String LANE = "source-test";
  static final String DEFAULT_NODE = "http://127.0.0.1:1234/rpc/v1";

  private final boolean node;
  private final NetworkProfiles profiles;
  private final WorkspaceLoader loader;
  private final Map<String, String> environment;
  private final BackgroundLane probe;
  private final StringProperty location = new SimpleStringProperty(this, "location", "");
  private final StringProperty token = new SimpleStringProperty(this, "token", "");
  private final TonedText result = new TonedText();
  private final BooleanBinding canTest;

  /**
   * @param node whether the source is a Lotus or Forest node (a URL and a token) rather than any
   *     source string
   * @param profiles the networks whose initial tables a tested source is compared with
   * @param loader where an opened source goes
   * @param environment the process environment ({@code FULLNODE_API_INFO})
   */
  public SourceDialogModel(
      boolean node,
      UiTaskRunner runner,
      NetworkProfiles profiles,
      WorkspaceLoader loader,
      Map<String, String> environment) {
    this.node = node;
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.loader = Objects.requireNonNull(loader, "loader");
    this.environment = Map.copyOf(environment);
    this.probe = new BackgroundLane(runner, LANE);
    if (node) {
      location.set(environmentNode().map(info -> info.endpoint().toString()).orElse(DEFAULT_NODE));
    }
    canTest =
        Bindings.createBooleanBinding(
            () ->
                location.get() != null
                    && !location.get().isBlank()
                    && probe.stateProperty().get() != BackgroundLane.State.WORKING,
            location,
            probe.stateProperty());
  }

  /** Whether this is the dialog for a node. */
  public boolean forNode() {
    return node;
  }

  /** The source string, or the node's URL. */
  public StringProperty locationProperty() {
    return location;
  }

  /** The node's token as typed; never shown or recorded. */
  public StringProperty tokenProperty() {
    return token;
  }

  /** What the last test found, or why the source cannot be tested or opened, in its colour. */
  public TonedText result() {
    return result;
  }

  /** Whether Test can start: something typed and no test under way. */
  public BooleanBinding canTestProperty() {
    return canTest;
  }

  /**
   * Looks at the source in the background; empty (with the reason in the result) when the string is
   * not a source this dialog opens.
   */
  public Optional<Job<SourceProbe>> test() {
    Optional<SourceSpec> spec = spec();
    if (spec.isEmpty()) {
      return Optional.empty();
    }
    show("Looking at " + spec.get() + "…", Tone.MUTED);
    SourceOptions options = options();
    Job<SourceProbe> job =
        probe.submit(
            "Testing " + spec.get(),
            progress -> SourceProbe.of(spec.get(), options, profiles),
            found -> show(found.describe(), Tone.SUCCESS),
            UiTaskRunner.Failures.SAID_BY_CALLER);
    job.onFailed(error -> show("✘ " + DialogService.plainMessage(error), Tone.DANGER));
    job.onCancelled(() -> show("Cancelled.", Tone.MUTED));
    return Optional.of(job);
  }

  /**
   * Whether what is typed is a source this dialog opens; says why not in the result. The dialog
   * asks before it closes, so a bad string keeps it open.
   */
  public boolean canOpen() {
    return spec().isPresent();
  }

  /**
   * Opens the source into the workspace; empty when the string is not a source. A file (a {@code
   * file:} string or a plain path) opens as files do, so that a power table opened while
   * certificates are open asks what to do with them.
   */
  public Optional<Job<?>> open() {
    return spec()
        .map(
            spec ->
                spec.kind() == SourceKind.FILE
                    ? loader.openFiles(List.of(spec.path()))
                    : loader.openSource(spec, options(), Optional.empty()));
  }

  private Optional<SourceSpec> spec() {
    try {
      SourceSpec spec = SourceSpec.parse(location.get() == null ? "" : location.get());
      if (node && spec.kind() != SourceKind.RPC) {
        show("✘ A node's URL starts with http:// or https://.", Tone.DANGER);
        return Optional.empty();
      }
      return Optional.of(spec);
    } catch (F3Exception e) {
      show("✘ " + DialogService.plainMessage(e), Tone.DANGER);
      return Optional.empty();
    }
  }

  /**
   * The token typed, else the one {@code FULLNODE_API_INFO} gives for the same endpoint (never for
   * another node).
   */
  SourceOptions options() {
    SourceOptions options = SourceOptions.defaults();
    if (token.get() != null && !token.get().isBlank()) {
      return options.withToken(token.get().strip());
    }
    String typed = location.get() == null ? "" : location.get().strip();
    Optional<String> fromEnvironment =
        environmentNode()
            .filter(
                info -> {
                  try {
                    return info.pointsTo(URI.create(typed));
                  } catch (IllegalArgumentException e) {
                    return false;
                  }
                })
            .flatMap(ApiInfo::token);
    return fromEnvironment.map(options::withToken).orElse(options);
  }

  /** The node {@code FULLNODE_API_INFO} names, if it is set and well formed. */
  private Optional<ApiInfo> environmentNode() {
    try {
      return ApiInfo.fromEnvironment(environment);
    } catch (F3Exception e) {
      return Optional.empty();
    }
  }

  private void show(String text, Tone value) {
    result.set(text, value);
  }
}
