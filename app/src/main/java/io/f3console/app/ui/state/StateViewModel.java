package io.f3console.app.ui.state;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.Job;
import io.f3console.app.ui.SessionRecorder;
import io.f3console.app.ui.UiTaskRunner;
import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.controls.TrustMarks;
import io.f3console.app.ui.workspace.LoadedChain;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.core.F3Exception;
import io.f3console.core.blocks.BlockException;
import io.f3console.core.blocks.BlockSource;
import io.f3console.core.blocks.CarBlockSource;
import io.f3console.core.blocks.ForwardingBlockSource;
import io.f3console.core.blocks.RpcBlockSource;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.TipSet;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.rpc.TipSetSummary;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.state.Address;
import io.f3console.core.state.AddressFormatException;
import io.f3console.core.statepower.ClaimDecision;
import io.f3console.core.statepower.ComputedTableTrust;
import io.f3console.core.statepower.Decision;
import io.f3console.core.statepower.PowerTableComputation;
import io.f3console.core.statepower.PowerTableComputationException;
import io.f3console.core.statepower.StatePowerTable;
import io.f3console.core.trust.TrustState;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Chain state as a source: the power table of a tipset computed from its state as Lotus does
 * (core's {@link PowerTableComputation}), from a CAR file (its roots are the tipset) or from the
 * connected node at an epoch (by default the bootstrap tipset, {@code BootstrapEpoch − Finality},
 * or the newest tipset a loaded certificate signs). Runs in the background with the blocks read as
 * progress and Cancel; shows every claim's decision, and the table against the CID a certificate or
 * the manifest signs for the tipset (core's {@link ComputedTableTrust}). Each computation is
 * recorded in the history.
 */
public final class StateViewModel {
  private final Workspace workspace;
  private final BackgroundLane lane;
  private final SessionRecorder history;
  private final ObservableList<ClaimDecision> decisions = FXCollections.observableArrayList();
  private final FilteredList<ClaimDecision> shown = new FilteredList<>(decisions, d -> true);
  private final ObjectProperty<Decision> decisionFilter =
      new SimpleObjectProperty<>(this, "decisionFilter");
  private final StringProperty search = new SimpleStringProperty(this, "search", "");
  private final ReadOnlyObjectWrapper<StateResult> result =
      new ReadOnlyObjectWrapper<>(this, "result");
  private final ReadOnlyStringWrapper verdict =
      new ReadOnlyStringWrapper(
          this,
          "verdict",
          "Open a CAR file of chain state (a .car or .car.zst, such as a Lotus genesis) or give a"
              + " node, and compute the power table of its tipset.");
  private final ReadOnlyObjectWrapper<Tone> tone =
      new ReadOnlyObjectWrapper<>(this, "tone", Tone.MUTED);
  private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
  private final ReadOnlyStringWrapper explanation =
      new ReadOnlyStringWrapper(this, "explanation", "");
  private Job<StateResult> running;

  /**
   * @param workspace gives the network, the open node and the loaded certificates
   * @param history where each computation is recorded
   */
  public StateViewModel(Workspace workspace, UiTaskRunner runner, SessionRecorder history) {
    this.workspace = workspace;
    this.lane = new BackgroundLane(runner, "chain-state");
    this.history = history;
    decisionFilter.addListener((obs, old, value) -> refilter());
    search.addListener((obs, old, value) -> refilter());
  }

  /** The node open in the workspace, as a source string, if any. */
  public Optional<String> openNode() {
    return workspace.sources().stream()
        .filter(s -> s.startsWith(SourceKind.RPC.prefix() + ":"))
        .findFirst();
  }

  /**
   * The epoch a node is asked for when none is given: the newest tipset a loaded certificate signs,
   * else the network's bootstrap tipset ({@code BootstrapEpoch − Finality}).
   */
  public java.util.OptionalLong defaultEpoch() {
    Optional<TipSet> signed =
        workspace
            .chain()
            .map(LoadedChain::certificates)
            .filter(c -> !c.isEmpty())
            .map(c -> c.get(c.size() - 1).chain().head());
    if (signed.isPresent()) {
      return java.util.OptionalLong.of(signed.get().epoch());
    }
    NetworkProfile network = workspace.network();
    return network == null
        ? java.util.OptionalLong.empty()
        : java.util.OptionalLong.of(network.powerTableEpoch());
  }

  /**
   * Computes the table in the background; returns the problem with the input, if any.
   *
   * @param sourceText a CAR path ({@code car:PATH} or a plain path), or a node ({@code rpc:URL} or
   *     an http(s) URL); blank for the open node
   * @param epochText the node's epoch; blank for {@link #defaultEpoch()} (a CAR gives its own)
   */
  public Optional<String> compute(String sourceText, String epochText) {
    return compute(sourceText, epochText, "");
  }

  /**
   * Computes the table in the background; returns the problem with the input, if any.
   *
   * @param token the node's token, blank for none; sent only to that node, never shown or recorded
   */
  public Optional<String> compute(String sourceText, String epochText, String token) {
    Optional<String> problem = start(sourceText, epochText, token == null ? "" : token.strip());
    problem.ifPresent(
        message -> {
          tone.set(Tone.DANGER);
          verdict.set("✘ " + message);
        });
    return problem;
  }

  private Optional<String> start(String sourceText, String epochText, String token) {
    String text = sourceText == null ? "" : sourceText.strip();
    if (text.isEmpty()) {
      Optional<String> node = openNode();
      if (node.isEmpty()) {
        return Optional.of("Give a CAR file of chain state, or a node (rpc:URL).");
      }
      text = node.get();
    }
    NetworkProfile profile = workspace.network();
    if (profile == null) {
      return Optional.of(
          "Choose the network in the toolbar first: its consensus minimum"
              + " decides who is in the table.");
    }
    NetworkSelection network = NetworkSelection.of(profile);
    List<FinalityCertificate> certificates =
        workspace.chain().map(LoadedChain::certificates).orElse(List.of());
    String spec;
    UiTaskRunner.Work<StateResult> work;
    String arguments;
    if (isNode(text)) {
      URI uri;
      try {
        uri = URI.create(text.startsWith("rpc:") ? text.substring(4) : text);
      } catch (IllegalArgumentException e) {
        return Optional.of("Not a node URL: " + text);
      }
      long epoch;
      try {
        epoch =
            epochText == null || epochText.isBlank()
                ? defaultEpoch().orElseThrow()
                : Long.parseLong(epochText.strip());
      } catch (NumberFormatException e) {
        return Optional.of("The epoch must be a whole number: " + epochText);
      }
      if (epoch < 0) {
        return Optional.of("The epoch must not be negative: " + epoch);
      }
      spec = "rpc:" + uri;
      arguments = spec + " --epoch " + epoch;
      SourceOptions options =
          token.isEmpty() ? SourceOptions.defaults() : SourceOptions.defaults().withToken(token);
      work = p -> fromNode(spec, uri, epoch, options, network, certificates, p);
    } else {
      Path path = Path.of(text.startsWith("car:") ? text.substring(4) : text);
      if (!Files.isRegularFile(path)) {
        return Optional.of("No such file: " + path);
      }
      spec = "car:" + path;
      arguments = spec;
      work = p -> fromCar(spec, path, network, certificates, p);
    }
    decisions.clear();
    explanation.set("");
    result.set(null);
    tone.set(Tone.MUTED);
    verdict.set("Computing the power table from " + spec + " for " + profile.key() + "…");
    progress.set("Reading state…");
    running = lane.submit("Computing from chain state", work, this::show);
    running.onCancelled(
        () -> {
          tone.set(Tone.WARNING);
          verdict.set("⚠ Cancelled: the table from " + spec + " was not computed.");
        });
    history.track(
        running,
        StateSession.begin(profile.key(), spec, arguments),
        StateSession::finished,
        token.isEmpty() ? List.of() : List.of(token));
    return Optional.empty();
  }

  /** Stops the computation (interrupts it). */
  public void cancel() {
    if (running != null && !running.isDone()) {
      running.cancel();
    }
  }

  static boolean isNode(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.startsWith("rpc:") || lower.startsWith("http://") || lower.startsWith("https://");
  }

  private StateResult fromCar(
      String spec,
      Path path,
      NetworkSelection network,
      List<FinalityCertificate> certificates,
      UiTaskRunner.Progress progressSink)
      throws InterruptedException {
    try (CarBlockSource car = CarBlockSource.open(path)) {
      if (car.roots().isEmpty()) {
        return StateResult.failed(
            spec,
            "The CAR file has no roots, so no tipset to compute" + " the table of.",
            Optional.of("BAD_TIPSET"),
            true);
      }
      return compute(spec, new Counted(car, progressSink), car.roots(), network, certificates);
    } catch (F3Exception e) {
      return StateResult.failed(
          spec,
          "Cannot read " + path.getFileName() + ": " + e.getMessage(),
          Optional.of(reasonOf(e)),
          true);
    } catch (IOException e) {
      return StateResult.failed(
          spec,
          "Cannot read " + path.getFileName() + ": " + e.getMessage(),
          Optional.of("IO_ERROR"),
          true);
    }
  }

  private StateResult fromNode(
      String spec,
      URI uri,
      long epoch,
      SourceOptions options,
      NetworkSelection network,
      List<FinalityCertificate> certificates,
      UiTaskRunner.Progress progressSink)
      throws InterruptedException {
    try (LotusRpcClient client = LotusRpcClient.connect(uri, options);
        RpcBlockSource blocks = RpcBlockSource.of(client)) {
      TipSetSummary tipset = client.tipSetByHeight(epoch);
      progressSink.message(
          "Tipset at " + tipset.height() + " (asked for " + epoch + "): reading its state…");
      return compute(spec, new Counted(blocks, progressSink), tipset.cids(), network, certificates);
    } catch (F3Exception e) {
      return StateResult.failed(
          spec,
          "The node could not give the state at epoch " + epoch + ": " + e.getMessage(),
          Optional.of(reasonOf(e)),
          !(e instanceof RpcException));
    }
  }

  private static StateResult compute(
      String spec,
      BlockSource blocks,
      List<Cid> tipset,
      NetworkSelection network,
      List<FinalityCertificate> certificates)
      throws InterruptedException {
    try {
      StatePowerTable table =
          PowerTableComputation.compute(blocks, tipset, network.profile().orElseThrow());
      return StateResult.computed(
          spec, table, ComputedTableTrust.judge(table, network, certificates));
    } catch (PowerTableComputationException e) {
      String where =
          e.actor().map(a -> " (" + a + ")").orElse("")
              + e.cid().map(c -> " at block " + c).orElse("");
      return StateResult.failed(
          spec,
          (e.reason().unreadableInput()
                  ? "The state cannot be read"
                  : "Lotus would give no table from this state")
              + where
              + ": "
              + e.getMessage(),
          Optional.of(e.reason().name()),
          e.reason().unreadableInput());
    }
  }

  private static String reasonOf(F3Exception e) {
    if (e instanceof RpcException rpc) {
      return rpc.reason().name();
    }
    if (e instanceof BlockException block) {
      return block.reason().name();
    }
    return "UNREADABLE";
  }

  private void show(StateResult value) {
    result.set(value);
    progress.set("");
    if (value.table().isEmpty()) {
      tone.set(Tone.DANGER);
      verdict.set("✘ " + value.error().orElse("No table."));
      return;
    }
    StatePowerTable table = value.table().get();
    decisions.setAll(table.decisions());
    progress.set(table.blocksRead() + " blocks read, each checked against its CID.");
    String computed =
        "The table computed from the state at height "
            + table.height()
            + " has "
            + table.table().size()
            + " entries, CID "
            + table.cid()
            + ".";
    Optional<ComputedTableTrust> trust = value.trust();
    if (trust.isEmpty()) {
      tone.set(Tone.WARNING);
      verdict.set(
          "? "
              + computed
              + " No certificate or manifest signs a CID for this tipset,"
              + " so nothing to compare it with.");
      return;
    }
    TrustState state = trust.get().trust().state();
    tone.set(TrustMarks.tone(state));
    verdict.set(
        TrustMarks.icon(state)
            + " "
            + computed
            + " "
            + trust.get().trust().explanation()
            + " (signed by "
            + trust.get().signedBy()
            + ")");
  }

  /**
   * Why an actor is or is not in the table, as the core's decision says it.
   *
   * @param actorText an actor such as {@code f01000}
   */
  public void explain(String actorText) {
    StateResult current = result.get();
    if (current == null || current.table().isEmpty()) {
      explanation.set("Compute a table first.");
      return;
    }
    StatePowerTable table = current.table().get();
    Address actor;
    try {
      actor = Address.parse(actorText.strip());
    } catch (AddressFormatException | RuntimeException e) {
      explanation.set("Not an actor address: " + actorText);
      return;
    }
    explanation.set(
        table
            .decision(actor)
            .map(d -> d.explain(table.height()))
            .orElse(
                actor
                    + " has no claim in the power actor's state at height "
                    + table.height()
                    + ", so it is not in the table."));
  }

  /** Explains a decision picked in the table. */
  public void explain(ClaimDecision decision) {
    StateResult current = result.get();
    if (decision == null || current == null || current.table().isEmpty()) {
      return;
    }
    explanation.set(decision.explain(current.table().get().height()));
  }

  private void refilter() {
    Decision wanted = decisionFilter.get();
    String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
    shown.setPredicate(
        d ->
            (wanted == null || d.decision() == wanted)
                && (text.isEmpty()
                    || d.miner().toString().toLowerCase(Locale.ROOT).contains(text)));
  }

  /** How many claims got each decision, those with none left out: "3 INCLUDED, 1 FEE_DEBT". */
  static String counts(StatePowerTable table) {
    return table.counts().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .map(e -> e.getValue() + " " + e.getKey().name())
            .collect(Collectors.joining(", "))
        + " ("
        + table.decisions().size()
        + " claims)";
  }

  public FilteredList<ClaimDecision> decisions() {
    return shown;
  }

  public ObjectProperty<Decision> decisionFilterProperty() {
    return decisionFilter;
  }

  public StringProperty searchProperty() {
    return search;
  }

  public ReadOnlyObjectProperty<StateResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty verdictProperty() {
    return verdict.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Tone> toneProperty() {
    return tone.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty explanationProperty() {
    return explanation.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<BackgroundLane.State> stateProperty() {
    return lane.stateProperty();
  }

  /** A block source that reports the blocks read as progress and stops when interrupted. */
  private static final class Counted extends ForwardingBlockSource {
    private final UiTaskRunner.Progress sink;

    Counted(BlockSource inner, UiTaskRunner.Progress sink) {
      super(inner);
      this.sink = sink;
    }

    @Override
    public byte[] block(Cid cid) throws BlockException, InterruptedException {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      byte[] bytes = inner.block(cid);
      long read = inner.blocksRead();
      if (read % 64 == 1) {
        sink.message("Computing from chain state: " + read + " blocks read");
      }
      return bytes;
    }

    @Override
    public void close() {
      // the caller closes the source it opened
    }
  }
}
