package io.f3console.app.ui.doctor;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.SessionRecorder;
import io.f3console.app.ui.UiTaskRunner;
import io.f3console.app.ui.controls.CidMentions;
import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.core.F3Exception;
import io.f3console.core.bootstrap.CheckVerdict;
import io.f3console.core.bootstrap.ConsoleRemedies;
import io.f3console.core.bootstrap.Doctor;
import io.f3console.core.bootstrap.DoctorCheck;
import io.f3console.core.bootstrap.DoctorMarkdown;
import io.f3console.core.bootstrap.DoctorOptions;
import io.f3console.core.bootstrap.DoctorReport;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionOrigin;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.sessions.SessionOutcomes;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.trust.DataNetwork;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The bootstrap doctor against a node, for the network the node's manifest names (or one picked in
 * the view; never the demo network unless the node names it): the checks appear one by one as the
 * core's {@link Doctor} finishes them, then the overall verdict. Each run is recorded in the
 * history (never the token).
 */
public final class DoctorViewModel {
  private final ReadOnlyObjectWrapper<DoctorReport> report =
      new ReadOnlyObjectWrapper<>(this, "report");
  private final Workspace workspace;
  private final BackgroundLane lane;
  private final ObservableList<DoctorCheck> checks = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper verdict =
      new ReadOnlyStringWrapper(
          this, "verdict", "Give a node's JSON-RPC endpoint and run the checks.");
  private final ReadOnlyObjectWrapper<Tone> tone =
      new ReadOnlyObjectWrapper<>(this, "tone", Tone.MUTED);
  private final UiTaskRunner runner;
  private final DoctorOptions options;
  private final SessionRecorder history;
  private final PublishedTables published;
  private final List<NetworkProfile> networks;
  private final ObservableList<NetworkChoice> networkChoices = FXCollections.observableArrayList();
  private final ObjectProperty<NetworkChoice> network =
      new SimpleObjectProperty<>(this, "network", NetworkChoice.NODE);

  /**
   * @param workspace what is open: the node to suggest, the network to fall back on
   * @param known the known networks, offered in the Network box
   * @param offered the networks the console offers (the demo network among them once generated): a
   *     node naming the demo network is checked against it
   * @param runner where the checks run, off the UI thread
   * @param history where each run is recorded
   * @param published the networks' published initial tables kept, to compare a node's with
   * @param options the doctor's limits ({@link DoctorOptions#defaults()} in the window)
   */
  public DoctorViewModel(
      Workspace workspace,
      NetworkProfiles known,
      List<NetworkProfile> offered,
      UiTaskRunner runner,
      SessionRecorder history,
      PublishedTables published,
      DoctorOptions options) {
    this.workspace = java.util.Objects.requireNonNull(workspace, "workspace");
    this.networks = new java.util.ArrayList<>(known.all());
    offered.stream().filter(p -> p.key().equals(DemoNetwork.PROFILE_KEY)).forEach(networks::add);
    networkChoices.add(NetworkChoice.NODE);
    known.all().forEach(p -> networkChoices.add(new NetworkChoice(Optional.of(p))));
    this.runner = java.util.Objects.requireNonNull(runner, "runner");
    this.lane = new BackgroundLane(runner, "doctor");
    this.history = java.util.Objects.requireNonNull(history, "history");
    this.published = java.util.Objects.requireNonNull(published, "published");
    this.options = java.util.Objects.requireNonNull(options, "options");
  }

  /** The endpoint to suggest: the open node, else a local Lotus. */
  public String suggestedEndpoint() {
    for (String source : workspace.sources()) {
      if (source.startsWith(SourceKind.RPC.prefix() + ":")) {
        return source.substring(SourceKind.RPC.prefix().length() + 1);
      }
    }
    return "http://127.0.0.1:1234/rpc/v1";
  }

  /**
   * Runs the checks in the background; returns the problem with the input, if any, which the
   * verdict then shows too (in place of the last verdict) until the next run.
   *
   * @param endpoint the node's URL (or an {@code rpc:} source string); more URLs after it, spaces
   *     or commas between them, are the other nodes behind the same miners, whose participation
   *     leases are read too
   * @param token the node's token, blank for none; sent only to these nodes, never shown
   */
  public Optional<String> run(String endpoint, String token) {
    return run(endpoint, token, "");
  }

  /**
   * Runs the checks, with a check of each miner named in {@code miners} ("f01234 f05678", commas or
   * spaces between them; blank for none).
   */
  public Optional<String> run(String endpoint, String token, String miners) {
    List<ActorId> actors = new ArrayList<>();
    for (String word : (miners == null ? "" : miners).split("[,\\s]+")) {
      if (word.isBlank()) {
        continue;
      }
      try {
        ActorId actor = ActorId.parse(word);
        if (!actors.contains(actor)) {
          actors.add(actor);
        }
      } catch (IllegalArgumentException e) {
        return refuse("Miners: " + word + " is not a miner's actor ID (f01234).");
      }
    }
    List<URI> uris = new ArrayList<>();
    List<SourceSpec> specs = new ArrayList<>();
    try {
      for (String word : (endpoint == null ? "" : endpoint).strip().split("[,\\s]+")) {
        SourceSpec one = SourceSpec.parse(word);
        if (one.kind() != SourceKind.RPC) {
          return refuse("The doctor checks a node: give its http:// or https:// URL.");
        }
        URI address = URI.create(one.location());
        if (!uris.contains(address)) {
          uris.add(address);
          specs.add(one);
        }
      }
    } catch (F3Exception | IllegalArgumentException e) {
      return refuse(e.getMessage());
    }
    URI uri = uris.get(0);
    SourceSpec spec = specs.get(0);
    List<URI> others = List.copyOf(uris.subList(1, uris.size()));
    SourceOptions sourceOptions =
        token == null || token.isBlank()
            ? SourceOptions.defaults()
            : SourceOptions.defaults().withToken(token.strip());
    DoctorOptions chosen = options.withMiners(actors);
    Optional<NetworkProfile> picked =
        Optional.ofNullable(network.get()).flatMap(NetworkChoice::profile);
    NetworkProfiles known = NetworkProfiles.of(List.copyOf(networks));
    NetworkProfile fallback = fallbackNetwork();
    checks.clear();
    report.set(null);
    tone.set(Tone.MUTED);
    verdict.set("Checking " + uri + picked.map(p -> " for " + p.key()).orElse("") + "…");
    SessionRecord.Builder session =
        SessionRecord.builder(SessionOrigin.CONSOLE, SessionKind.DOCTOR, "Doctor view")
            .arguments(uri.toString())
            .network(picked.orElse(fallback).key())
            .source("node", spec.toString());
    specs.subList(1, specs.size()).forEach(other -> session.source("node", other.toString()));
    history.track(
        lane.submit(
            "Bootstrap doctor",
            progress -> {
              List<LotusRpcClient> more = new ArrayList<>();
              try (LotusRpcClient client = LotusRpcClient.connect(uri, sourceOptions)) {
                for (URI other : others) {
                  more.add(LotusRpcClient.connect(other, sourceOptions));
                }
                NetworkSelection selection =
                    picked
                        .map(NetworkSelection::of)
                        .orElseGet(() -> nodeNetwork(client, known, fallback));
                runner.post(
                    () ->
                        verdict.set(
                            "Checking "
                                + uri
                                + " for "
                                + selection
                                    .profile()
                                    .map(NetworkProfile::key)
                                    .orElse(selection.f3NetworkName())
                                + "…"));
                return ConsoleRemedies.phrase(
                    new Doctor(client, selection, chosen, Optional.of(published), more)
                        .run(
                            check -> runner.post(() -> checks.add(ConsoleRemedies.phrase(check)))));
              } finally {
                more.forEach(LotusRpcClient::close);
              }
            },
            this::show),
        session,
        SessionOutcomes::doctor,
        sourceOptions.token().map(List::of).orElse(List.of()));
    return Optional.empty();
  }

  /** Shows a problem with the input as the verdict, in the danger colour, and returns it. */
  private Optional<String> refuse(String problem) {
    tone.set(Tone.DANGER);
    verdict.set(icon(CheckVerdict.FAIL) + " " + problem);
    return Optional.of(problem);
  }

  /**
   * The network a node runs, as its manifest names it: a known network's profile (the demo network
   * only when the node names it), else that F3 name as a custom network. When the node gives no
   * manifest, {@code fallback}: the doctor's first checks then say why.
   */
  static NetworkSelection nodeNetwork(
      LotusRpcClient client, NetworkProfiles known, NetworkProfile fallback) {
    try {
      String name = client.manifest().networkName();
      return new DataNetwork(known)
          .named(name)
          .map(NetworkSelection::of)
          .orElseGet(() -> NetworkSelection.raw(name));
    } catch (F3Exception e) {
      return NetworkSelection.of(fallback);
    }
  }

  /** The network selected in the toolbar, unless it is the demo network; then mainnet. */
  private NetworkProfile fallbackNetwork() {
    NetworkProfile selected = workspace.network();
    if (selected != null && !selected.key().equals(DemoNetwork.PROFILE_KEY)) {
      return selected;
    }
    return networks.stream()
        .filter(p -> p.key().equals("mainnet"))
        .findFirst()
        .orElse(networks.get(0));
  }

  /**
   * What the Doctor's Network box offers: the node's own network (read from its manifest) or one of
   * the known networks.
   *
   * @param profile the network chosen; empty for the node's own
   */
  public record NetworkChoice(Optional<NetworkProfile> profile) {
    /** The node's network, as its manifest names it. */
    public static final NetworkChoice NODE = new NetworkChoice(Optional.empty());

    @Override
    public String toString() {
      return profile
          .map(p -> p.key() + " (" + p.f3NetworkName() + ")")
          .orElse("the node's network (from its manifest)");
    }
  }

  /** The networks the Doctor can run for: the node's own first, then the known ones. */
  public ObservableList<NetworkChoice> networkChoices() {
    return networkChoices;
  }

  /** The network the next run is for. */
  public ObjectProperty<NetworkChoice> networkProperty() {
    return network;
  }

  private void show(DoctorReport report) {
    this.report.set(report);
    checks.setAll(report.checks());
    CheckVerdict overall = report.overall();
    tone.set(toneOf(overall));
    verdict.set(
        icon(overall)
            + " "
            + switch (overall) {
              case PASS -> "Every check passed: F3 can bootstrap on this node.";
              case WARN ->
                  "Nothing failed, but "
                      + report.count(CheckVerdict.WARN)
                      + " check(s) need attention.";
              case FAIL ->
                  report.count(CheckVerdict.FAIL) + " check(s) failed: see the remedies below.";
              case SKIPPED -> "Nothing could be checked.";
            });
  }

  /** The icon of a verdict: never colour alone. */
  public static String icon(CheckVerdict verdict) {
    return switch (verdict) {
      case PASS -> "✔";
      case WARN -> "⚠";
      case FAIL -> "✘";
      case SKIPPED -> "–";
    };
  }

  /** The colour token of a verdict. */
  public static Tone toneOf(CheckVerdict verdict) {
    return switch (verdict) {
      case PASS -> Tone.SUCCESS;
      case WARN -> Tone.WARNING;
      case FAIL -> Tone.DANGER;
      case SKIPPED -> Tone.MUTED;
    };
  }

  /**
   * The CIDs a check names, to copy with one click: in its evidence, its consequences, its remedy,
   * then its details, each once.
   */
  public static List<String> cidsOf(DoctorCheck check) {
    List<String> texts = new java.util.ArrayList<>(check.evidence());
    texts.addAll(check.consequences());
    check.remedy().ifPresent(texts::add);
    check.details().forEach(detail -> texts.add(detail.value()));
    return CidMentions.in(texts);
  }

  /** The checks so far, in the order they ran. */
  public ObservableList<DoctorCheck> checks() {
    return checks;
  }

  /** The last finished diagnosis; null before the first and while one runs. */
  public ReadOnlyObjectProperty<DoctorReport> reportProperty() {
    return report.getReadOnlyProperty();
  }

  /** The last diagnosis as Markdown (empty before the first). */
  public String markdown() {
    return report.get() == null ? "" : DoctorMarkdown.of(report.get());
  }

  public ReadOnlyStringProperty verdictProperty() {
    return verdict.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Tone> toneProperty() {
    return tone.getReadOnlyProperty();
  }
}
