package io.f3console.app.ui.workspace;

import io.f3console.app.ui.Job;
import io.f3console.app.ui.SessionRecorder;
import io.f3console.app.ui.UiTaskRunner;
import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.inspect.ChainInspector;
import io.f3console.core.inspect.DataFile;
import io.f3console.core.inspect.PeekedInput;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.known.StoredTable;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.open.Sources;
import io.f3console.core.powertable.PowerTableDocument;
import io.f3console.core.rpc.RpcSource;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.source.SourcedTable;
import io.f3console.core.trust.DataNetwork;
import io.f3console.core.trust.NetworkIdentification;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.trust.TrustedValidation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Fills the {@link Workspace}: the demo network, files, a change of network. Reading, generating
 * and validating run in the background through the {@link UiTaskRunner}; the workspace changes on
 * the FX thread when the work is done. Every load leaves a session in the history, whether it
 * finished, failed or was cancelled.
 */
public final class WorkspaceLoader {
  private final Workspace workspace;
  private final UiTaskRunner runner;
  private final NetworkProfiles profiles;
  private final DemoNetwork demo;
  private final SessionRecorder sessions;
  private final PublishedTables published;
  private Consumer<String> notices = text -> {};
  private Consumer<String> withdraw = text -> {};

  /** The last notice a load gave, taken back when a later load has none. */
  private String lastNotice;

  private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
  private volatile NetworkProfile demoProfile;
  private final ObservableList<NetworkProfile> networks = FXCollections.observableArrayList();
  private TableArrivalChooser tableChooser = TableArrivalChooser.CHECK;

  /**
   * @param published the networks' published initial tables kept once seen, opened by {@link
   *     #openPublished}
   */
  public WorkspaceLoader(
      Workspace workspace,
      UiTaskRunner runner,
      NetworkProfiles profiles,
      DemoNetwork demo,
      SessionRecorder sessions,
      PublishedTables published) {
    this.published = Objects.requireNonNull(published, "published");
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.runner = Objects.requireNonNull(runner, "runner");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.demo = Objects.requireNonNull(demo, "demo");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.networks.setAll(profiles.all());
  }

  /**
   * Every network the selector offers: the known profiles, and the demo network first once it has
   * been generated (its profile needs the generated table's CID, which is not computed on the FX
   * thread).
   */
  public ObservableList<NetworkProfile> networks() {
    return FXCollections.unmodifiableObservableList(networks);
  }

  /**
   * The demo network's profile (its expected CID is the generated initial table's). Generates the
   * initial table the first time, unless a demo scenario has been opened already.
   */
  public NetworkProfile demoProfile() {
    NetworkProfile profile = demoProfile;
    if (profile == null) {
      try {
        profile =
            demoProfile(
                io.f3console.core.sim.SyntheticNetwork.of(demo.spec()).initialTable().cid());
      } catch (F3Exception e) {
        throw new IllegalStateException("the demo network cannot be generated", e);
      }
    }
    return profile;
  }

  private NetworkProfile demoProfile(Cid initialTableCid) {
    NetworkProfile profile = demoProfile;
    if (profile == null) {
      profile = demo.profile(initialTableCid);
      demoProfile = profile;
    }
    return profile;
  }

  /** Opens a demo scenario: generates it, validates it, and shows it. */
  public Job<Opened> openDemo(DemoNetwork.Scenario scenario) {
    List<String> asked = List.of(scenario.source());
    SessionRecord.Builder session =
        LoadSessions.begin("open " + scenario.source(), "", "demo network", asked);
    return recorded(
        session,
        asked,
        runner.run(
            "Generating " + scenario.title(),
            progress -> {
              progress.message("Generating the " + scenario.key() + " demo network…");
              SyntheticChain chain = demo.generate(scenario);
              NetworkProfile profile = demoProfile(chain.initialTable().cid());
              LoadedTable table =
                  new LoadedTable(
                      scenario.source(),
                      "Initial power table (synthetic)",
                      chain.initialTable(),
                      0,
                      trustOf(chain.initialTable(), 0, profile));
              LoadedChain loaded =
                  validate(
                      profile,
                      table,
                      new LoadedChain(scenario.source(), chain.certificates()),
                      progress);
              return new Opened(profile, table, Optional.of(loaded), true, Optional.empty());
            },
            this::show),
        List.of());
  }

  /**
   * Opens a network's published initial table as the store keeps it (read and checked again, no
   * network access): the network's initial committee, judged as any table is (verified, since its
   * CID is the published one), with no certificates.
   */
  public Job<Opened> openPublished(StoredTable offered) {
    NetworkProfile network = offered.network();
    String source = source(offered.file());
    List<String> asked = List.of(source);
    SessionRecord.Builder session =
        LoadSessions.begin("open " + offered.title(), "", "remembered published table", asked);
    return recorded(
        session,
        asked,
        runner.run(
            "Opening " + offered.title(),
            progress -> {
              StoredTable stored =
                  published
                      .read(network)
                      .orElseThrow(
                          () ->
                              new F3Exception(network.key() + " publishes no initial power table"));
              if (!stored.found()) {
                throw new F3Exception(stored.detail());
              }
              PowerTable table = stored.table().orElseThrow();
              long instance = network.initialInstance();
              LoadedTable loaded =
                  new LoadedTable(
                      source, stored.title(), table, instance, trustOf(table, instance, network));
              return new Opened(network, loaded, Optional.empty(), false, Optional.empty());
            },
            this::show),
        List.of());
  }

  /** Where the loader says what it did by itself (a network switch): the status bar. */
  public void setNotices(Consumer<String> notices, Consumer<String> withdraw) {
    this.notices = Objects.requireNonNull(notices, "notices");
    this.withdraw = Objects.requireNonNull(withdraw, "withdraw");
  }

  /**
   * Who is asked what to do with a power table opened while certificates are open: replace
   * everything, check the open certificates against it, or open it beside the open table for
   * comparison. The shell sets a dialog; without one, the certificates are checked.
   */
  public void setTableChooser(TableArrivalChooser chooser) {
    this.tableChooser = Objects.requireNonNull(chooser, "chooser");
  }

  /**
   * Opens files (power tables and certificates, recognised from their content). A table from the
   * files becomes the starting table; otherwise a table from earlier files stays. When the files
   * are one power table and real certificates are open, the {@link TableArrivalChooser} is asked
   * first. The network is the one the table reveals (a known initial table), else the one selected
   * (never the demo network for real files); a switch is said in the status bar.
   */
  public Job<?> openFiles(List<Path> paths) {
    List<Path> files = List.copyOf(paths);
    Optional<LoadedChain> openChain = workspace.synthetic() ? Optional.empty() : workspace.chain();
    if (openChain.isEmpty()) {
      return loadFiles(files, Optional.empty(), TableArrival.CHECK);
    }
    List<String> asked = files.stream().map(WorkspaceLoader::source).toList();
    SessionRecord.Builder session =
        LoadSessions.begin("open files", String.join(" ", asked), "file", asked);
    Job<Optional<List<DataFile>>> read =
        runner.run(
            "Reading " + describe(files),
            progress -> {
              if (files.size() == 1) {
                progress.message("Reading " + files.get(0).getFileName());
                return recognised(files.get(0)).file().map(List::of);
              }
              List<DataFile> data = new ArrayList<>();
              for (Path path : files) {
                progress.message("Reading " + path.getFileName());
                data.add(DataFile.read(path));
              }
              return Optional.of(data);
            },
            data -> {
              boolean oneTable =
                  data.isPresent()
                      && data.get().size() == 1
                      && data.get().get(0).kind() == DataFile.Kind.POWER_TABLE;
              if (!oneTable) {
                loadFiles(files, data, TableArrival.CHECK);
                return;
              }
              tableChooser.choose(
                  files.get(0).getFileName().toString(),
                  openChain.get(),
                  choice -> {
                    if (choice == TableArrival.BESIDE) {
                      openBeside(files.get(0), data.get().get(0));
                    } else {
                      loadFiles(files, data, choice);
                    }
                  });
            });
    read.onFailed(
        error ->
            sessions.record(
                () -> io.f3console.app.ui.SessionFailures.failed(session, error).build()));
    return read;
  }

  private Job<Opened> loadFiles(
      List<Path> files, Optional<List<DataFile>> preRead, TableArrival arrival) {
    NetworkProfile selected = workspace.network();
    Optional<LoadedTable> previousTable =
        workspace.synthetic() ? Optional.empty() : workspace.table();
    Optional<LoadedChain> previousChain =
        workspace.synthetic() || arrival == TableArrival.REPLACE
            ? Optional.empty()
            : workspace.chain();
    List<String> asked = files.stream().map(WorkspaceLoader::source).toList();
    SessionRecord.Builder session =
        LoadSessions.begin("open files", String.join(" ", asked), "file", asked);
    return recorded(
        session,
        asked,
        runner.run(
            "Opening " + describe(files),
            progress -> {
              Optional<List<DataFile>> read = preRead;
              if (preRead.isEmpty() && files.size() == 1) {
                Recognised recognised = recognised(files.get(0));
                SourceKind kind = recognised.kind();
                read = recognised.file().map(List::of);
                if (kind != SourceKind.FILE) {
                  return readSource(
                      SourceSpec.of(kind, files.get(0).toAbsolutePath().normalize()),
                      SourceOptions.defaults(),
                      Optional.empty(),
                      selected,
                      previousTable,
                      progress);
                }
              }
              Optional<PowerTableDocument> document = Optional.empty();
              Optional<Path> tablePath = Optional.empty();
              Optional<Path> certificatesPath = Optional.empty();
              List<FinalityCertificate> certificates = List.of();
              for (int i = 0; i < files.size(); i++) {
                Path path = files.get(i);
                progress.message("Reading " + path.getFileName());
                DataFile file = read.isPresent() ? read.get().get(i) : DataFile.read(path);
                if (file.kind() == DataFile.Kind.POWER_TABLE) {
                  document = file.table();
                  tablePath = Optional.of(path);
                } else {
                  certificates = file.certificates();
                  certificatesPath = Optional.of(path);
                }
              }
              Optional<PowerTable> table =
                  document.isPresent()
                      ? Optional.of(document.get().toTable())
                      : previousTable.map(LoadedTable::table);
              Chosen network = chooseNetwork(table, Optional.empty(), selected);
              Optional<LoadedTable> loadedTable = Optional.empty();
              Optional<LoadedChain> chain =
                  certificatesPath.isPresent()
                      ? Optional.of(new LoadedChain(source(certificatesPath.get()), certificates))
                      : previousChain.map(LoadedChain::unvalidated);
              if (document.isPresent()) {
                List<FinalityCertificate> toValidate =
                    chain.map(LoadedChain::certificates).orElse(List.of());
                long instance =
                    TrustAssessor.of(network.profile())
                        .startInstance(
                            Optional.empty(),
                            document.get().instance(),
                            table.get().cid(),
                            toValidate.isEmpty()
                                ? Optional.empty()
                                : Optional.of(toValidate.get(0).instance()));
                loadedTable =
                    Optional.of(
                        new LoadedTable(
                            source(tablePath.get()),
                            tablePath.get().getFileName().toString(),
                            table.get(),
                            instance,
                            trustOf(table.get(), instance, network.profile())));
              } else if (previousTable.isPresent()) {
                loadedTable = Optional.of(retrust(previousTable.get(), network.profile()));
              }
              if (chain.isPresent() && loadedTable.isPresent()) {
                chain =
                    Optional.of(
                        validate(network.profile(), loadedTable.get(), chain.get(), progress));
              }
              return new Opened(
                  network.profile(), loadedTable.orElse(null), chain, false, network.notice());
            },
            this::show),
        List.of());
  }

  /**
   * Opens a power table beside the open one, for comparison, leaving what is open as it is: both
   * are kept for comparison and the comparison is asked for.
   */
  private Job<LoadedTable> openBeside(Path path, DataFile file) {
    NetworkProfile selected = workspace.network();
    Optional<LoadedTable> open = workspace.table();
    return runner.run(
        "Opening " + path.getFileName() + " for comparison",
        progress -> {
          PowerTableDocument document = file.table().orElseThrow();
          PowerTable table = document.toTable();
          long instance = document.instance().orElse(selected.initialInstance());
          return new LoadedTable(
              source(path),
              path.getFileName().toString(),
              table,
              instance,
              trustOf(table, instance, selected));
        },
        beside -> {
          open.ifPresent(workspace::keepForComparison);
          workspace.keepForComparison(beside);
          workspace.requestComparison(beside);
        });
  }

  /**
   * Opens a source (a file, an F3 snapshot, a CAR file, a node, the demo network): its starting
   * table and certificates, validated. A source without a table keeps the table open before it,
   * like certificate files.
   *
   * @param wanted the certificates to read; all the source holds (up to the console's limit) when
   *     empty
   */
  public Job<Opened> openSource(
      SourceSpec spec, SourceOptions options, Optional<InstanceRange> wanted) {
    NetworkProfile selected = workspace.network();
    Optional<LoadedTable> previousTable =
        workspace.synthetic() ? Optional.empty() : workspace.table();
    List<String> asked = List.of(spec.toString());
    SessionRecord.Builder session =
        LoadSessions.begin(
            "open " + spec,
            wanted
                .map(
                    range ->
                        "instances "
                            + Long.toUnsignedString(range.first())
                            + " to "
                            + Long.toUnsignedString(range.latest()))
                .orElse(""),
            "source",
            asked);
    return recorded(
        session,
        asked,
        runner.run(
            "Opening " + spec,
            progress -> readSource(spec, options, wanted, selected, previousTable, progress),
            opened -> {
              show(opened);
              if (spec.kind() == SourceKind.RPC) {
                workspace.connect(new NodeConnection(spec, options, opened.network()));
              }
            }),
        options.token().map(List::of).orElse(List.of()));
  }

  private Opened readSource(
      SourceSpec spec,
      SourceOptions options,
      Optional<InstanceRange> wanted,
      NetworkProfile selected,
      Optional<LoadedTable> previousTable,
      UiTaskRunner.Progress progress)
      throws F3Exception, InterruptedException {
    SourceReader.Read read;
    Optional<String> manifestName = Optional.empty();
    try (DataSource source = Sources.open(spec, options)) {
      if (source instanceof RpcSource node) {
        manifestName = Optional.of(node.manifest().networkName());
      }
      read = SourceReader.read(source, wanted, progress);
    }
    Optional<PowerTable> table =
        read.table().map(SourcedTable::table).or(() -> previousTable.map(LoadedTable::table));
    Chosen chosen = chooseNetwork(table, manifestName, selected);
    NetworkProfile network = chosen.profile();
    Optional<LoadedTable> loadedTable =
        read.table()
            .map(
                t ->
                    new LoadedTable(
                        spec.toString(),
                        "Power table from " + spec.kind().prefix() + " source (" + t.origin() + ")",
                        t.table(),
                        t.instance(),
                        trustOf(t.table(), t.instance(), network)))
            .or(() -> previousTable.map(t -> retrust(t, network)));
    Optional<LoadedChain> chain =
        read.certificates().isEmpty()
            ? Optional.empty()
            : Optional.of(new LoadedChain(spec.toString(), read.certificates()));
    if (chain.isPresent() && loadedTable.isPresent()) {
      chain = Optional.of(validate(network, loadedTable.get(), chain.get(), progress));
    }
    return new Opened(
        network, loadedTable.orElse(null), chain, spec.kind() == SourceKind.DEMO, chosen.notice());
  }

  /** Selects another network: recomputes trust and validates again against its name. */
  public Job<Opened> changeNetwork(NetworkProfile network) {
    Optional<LoadedTable> table = workspace.table();
    Optional<LoadedChain> chain = workspace.chain();
    boolean synthetic = workspace.synthetic();
    List<String> asked = List.copyOf(workspace.sources());
    SessionRecord.Builder session =
        LoadSessions.begin("select network " + network.key(), "", "open", asked);
    return recorded(
        session,
        asked,
        runner.run(
            "Validating for " + network.key(),
            progress -> {
              Optional<LoadedTable> retrusted = table.map(t -> retrust(t, network));
              Optional<LoadedChain> validated = chain;
              if (chain.isPresent() && retrusted.isPresent()) {
                validated = Optional.of(validate(network, retrusted.get(), chain.get(), progress));
              }
              return new Opened(
                  network, retrusted.orElse(null), validated, synthetic, Optional.empty());
            },
            this::show),
        List.of());
  }

  /**
   * Selects the network with this key (one the data was found to belong to), validating again; says
   * so in the status bar.
   */
  public Optional<Job<Opened>> switchTo(String key) {
    Optional<NetworkProfile> profile = networks.stream().filter(p -> p.isCalled(key)).findFirst();
    profile.ifPresent(p -> notices.accept("Switched to " + p.key() + "."));
    return profile.map(this::changeNetwork);
  }

  /**
   * Opens a power table kept in the history as the workspace's table, on its own (no certificates).
   * The table open before stays beside it for comparison, as does every table reopened earlier. The
   * network is the one whose expected CID the table has, else the one the session was about, else
   * the one selected.
   */
  public Job<Opened> openKeptTable(KeptTable kept) {
    NetworkProfile selected = workspace.network();
    Optional<LoadedTable> before = workspace.table();
    return runner.run(
        "Opening " + kept.title(),
        progress -> {
          NetworkProfile network = keptNetwork(kept, selected);
          long instance = kept.instance().orElse(network.initialInstance());
          LoadedTable table =
              new LoadedTable(
                  kept.source(),
                  kept.title(),
                  kept.table(),
                  instance,
                  trustOf(kept.table(), instance, network));
          return new Opened(network, table, Optional.empty(), kept.synthetic(), Optional.empty());
        },
        opened -> {
          before.ifPresent(workspace::keepForComparison);
          workspace.keepForComparison(opened.table());
          show(opened);
        });
  }

  private NetworkProfile keptNetwork(KeptTable kept, NetworkProfile selected) {
    String cid = kept.table().cid().toString();
    Optional<NetworkProfile> byCid = profiles.byInitialPowerTableCid(cid);
    if (byCid.isPresent()) {
      return byCid.get();
    }
    if (kept.synthetic() || kept.network().filter(DemoNetwork.PROFILE_KEY::equals).isPresent()) {
      return demoProfile();
    }
    return kept.network()
        .flatMap(profiles::byKey)
        .orElseGet(
            () -> chooseNetwork(Optional.of(kept.table()), Optional.empty(), selected).profile());
  }

  /** Records how a load ends. FX thread, right after starting it. */
  private Job<Opened> recorded(
      SessionRecord.Builder session, List<String> asked, Job<Opened> task, List<String> secrets) {
    List<String> before = List.copyOf(workspace.sources());
    return sessions.track(
        task, session, (s, opened) -> LoadSessions.opened(s, asked, before, opened), secrets);
  }

  /**
   * Validates a chain from a table and judges it with the table's trust (core's {@link
   * TrustedValidation}); when signatures fail at the first certificate, asks core which known
   * network the data belongs to.
   */
  private LoadedChain validate(
      NetworkProfile network, LoadedTable table, LoadedChain chain, UiTaskRunner.Progress progress)
      throws F3Exception, InterruptedException {
    ChainInspection inspection =
        new ChainInspector(network.f3NetworkName(), threads)
            .inspect(table.table(), table.instance(), chain.certificates(), progress::update);
    Optional<NetworkIdentification.Finding> identification = Optional.empty();
    if (!inspection.result().valid()) {
      identification =
          new NetworkIdentification(known())
              .identify(
                  network.f3NetworkName(),
                  inspection.result(),
                  table.table(),
                  chain.certificates().stream().findFirst(),
                  table.trust());
    }
    return chain.withInspection(
        inspection, new TrustedValidation(inspection.result(), table.trust(), identification));
  }

  /** The networks data may be found to belong to: the built-in ones and the demo network. */
  private NetworkProfiles known() {
    List<NetworkProfile> all = new ArrayList<>(profiles.all());
    NetworkProfile demoNetwork = demoProfile;
    if (demoNetwork != null) {
      all.add(demoNetwork);
    }
    return NetworkProfiles.of(all);
  }

  /**
   * The network to judge data for: the one the data reveals (core's {@link DataNetwork}: a known
   * initial table, a node's manifest), else the one selected; never the demo network for real data.
   * A change is said.
   */
  private Chosen chooseNetwork(
      Optional<PowerTable> table, Optional<String> manifestName, NetworkProfile selected) {
    NetworkProfiles recognised = known();
    DataNetwork data = new DataNetwork(recognised);
    Optional<String> key = Optional.ofNullable(selected).map(NetworkProfile::key);
    Optional<DataNetwork.Revealed> revealed =
        table
            .flatMap(t -> data.ofTable(t.cid(), key))
            .or(() -> manifestName.flatMap(name -> data.ofManifest(name, key)));
    if (revealed.isPresent()) {
      return new Chosen(revealed.get().network(), Optional.of(revealed.get().switched()));
    }
    boolean revealsSelected =
        table.flatMap(t -> recognised.byInitialPowerTableCid(t.cid().toString())).isPresent()
            || manifestName.flatMap(recognised::byF3NetworkName).isPresent();
    if (selected == null || !revealsSelected && selected.key().equals(DemoNetwork.PROFILE_KEY)) {
      NetworkProfile mainnet = profiles.byKey("mainnet").orElse(profiles.all().get(0));
      return new Chosen(
          mainnet,
          Optional.of(
              "Judged for "
                  + mainnet.key()
                  + ": the demo"
                  + " network is for generated data only; choose the data's network in the Network"
                  + " box if it is not "
                  + mainnet.key()
                  + "."));
    }
    return new Chosen(selected, Optional.empty());
  }

  /** A network chosen for data, and what to say about the choice. */
  private record Chosen(NetworkProfile profile, Optional<String> notice) {}

  private static LoadedTable retrust(LoadedTable table, NetworkProfile network) {
    return new LoadedTable(
        table.source(),
        table.title(),
        table.table(),
        table.instance(),
        trustOf(table.table(), table.instance(), network));
  }

  static Trust trustOf(PowerTable table, long instance, NetworkProfile network) {
    return TrustAssessor.of(network).table(table.cid(), instance);
  }

  private void show(Opened opened) {
    if (!networks.contains(opened.network())) {
      networks.add(0, opened.network());
    }
    // a load's notice replaces the one the load before gave, which spoke of other data
    if (lastNotice != null) {
      withdraw.accept(lastNotice);
      lastNotice = null;
    }
    opened
        .notice()
        .ifPresent(
            text -> {
              notices.accept(text);
              lastNotice = text;
            });
    workspace.replace(
        opened.network(), opened.table(), opened.chain().orElse(null), opened.synthetic());
    if (opened.chain().flatMap(LoadedChain::inspection).isPresent()) {
      ChainInspection inspection = opened.chain().get().inspection().get();
      workspace.selectedCertificateProperty().set(inspection.firstFailureIndex().orElse(0));
    }
  }

  /** The source string of a file: {@code file:} and its absolute, normalised path. */
  static String source(Path path) {
    return "file:" + path.toAbsolutePath().normalize();
  }

  /** One path's kind, and its data when it is a data file rather than a snapshot, CAR or node. */
  private record Recognised(SourceKind kind, Optional<DataFile> file) {}

  /** Opens {@code path} once: a pipe is recognised and read on the same stream. */
  private static Recognised recognised(Path path) throws F3Exception, IOException {
    try (PeekedInput peeked = Sources.peek(path)) {
      SourceKind kind = Sources.recognise(peeked.head());
      return new Recognised(
          kind, kind == SourceKind.FILE ? Optional.of(DataFile.read(peeked)) : Optional.empty());
    }
  }

  private static String describe(List<Path> files) {
    return files.size() == 1 ? files.get(0).getFileName().toString() : files.size() + " files";
  }

  /**
   * What a load produced, applied to the workspace on the FX thread.
   *
   * @param network the network to select
   * @param table the starting table, or null when none is open
   * @param chain the certificates, when any are open
   * @param synthetic whether it is the demo network
   * @param notice what to tell the person about the network chosen (a switch the data made)
   */
  public record Opened(
      NetworkProfile network,
      LoadedTable table,
      Optional<LoadedChain> chain,
      boolean synthetic,
      Optional<String> notice) {}
}
