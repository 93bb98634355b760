package io.f3console.app.ui.workspace;

import io.f3console.app.ui.SessionRecorder;
import io.f3console.app.ui.UiTaskRunner;
import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.inspect.ChainInspector;
import io.f3console.core.inspect.DataFile;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.powertable.PowerTableDocument;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceKind;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.source.SourcedTable;
import io.f3console.core.source.Sources;
import io.f3console.core.sim.SyntheticChain;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Fills the {@link Workspace}: the demo network, files, a change of network. Reading,
 * generating and validating run in the background through the {@link UiTaskRunner}; the
 * workspace changes on the FX thread when the work is done. Every load leaves a session in the
 * history, whether it finished, failed or was cancelled.
 */
public final class WorkspaceLoader {
  private final Workspace workspace;
  private final UiTaskRunner runner;
  private final NetworkProfiles profiles;
  private final DemoNetwork demo;
  private final SessionRecorder sessions;
  private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
  private volatile NetworkProfile demoProfile;
  private final ObservableList<NetworkProfile> networks = FXCollections.observableArrayList();

  public WorkspaceLoader(Workspace workspace, UiTaskRunner runner, NetworkProfiles profiles,
      DemoNetwork demo, SessionRecorder sessions) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.runner = Objects.requireNonNull(runner, "runner");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.demo = Objects.requireNonNull(demo, "demo");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.networks.setAll(profiles.all());
  }

  /**
   * Every network the selector offers: the known profiles, and the demo network first once it
   * has been generated (its profile needs the generated table's CID, which is not computed on
   * the FX thread).
   */
  public ObservableList<NetworkProfile> networks() {
    return FXCollections.unmodifiableObservableList(networks);
  }

  /**
   * The demo network's profile (its expected CID is the generated initial table's). Generates
   * the initial table the first time, unless a demo scenario has been opened already.
   */
  public NetworkProfile demoProfile() {
    NetworkProfile profile = demoProfile;
    if (profile == null) {
      try {
        profile = demoProfile(io.f3console.core.sim.SyntheticNetwork.of(demo.spec())
            .initialTable().cid());
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
  public Task<Opened> openDemo(DemoNetwork.Scenario scenario) {
    List<String> asked = List.of(scenario.source());
    SessionRecord.Builder session = LoadSessions.begin("open " + scenario.source(), "",
        "demo network", asked);
    return recorded(session, asked, runner.run("Generating " + scenario.title(), progress -> {
      progress.message("Generating the " + scenario.key() + " demo network…");
      SyntheticChain chain = demo.generate(scenario);
      NetworkProfile profile = demoProfile(chain.initialTable().cid());
      LoadedTable table = new LoadedTable(scenario.source(), "Initial power table (synthetic)",
          chain.initialTable(), 0, trustOf(chain.initialTable(), 0, profile));
      ChainInspection inspection = new ChainInspector(profile.f3NetworkName(), threads)
          .inspect(chain.initialTable(), 0, chain.certificates(), progress::update);
      return new Opened(profile, table, Optional.of(new LoadedChain(scenario.source(),
          chain.certificates(), Optional.of(inspection))), true);
    }, this::show), List.of());
  }

  /**
   * Opens files (power tables and certificates, recognised from their content). A table from
   * the files becomes the starting table; otherwise a table from earlier files stays. The
   * network is the one whose expected CID the table has, else the one selected (never the
   * demo network for real files).
   */
  public Task<Opened> openFiles(List<Path> paths) {
    List<Path> files = List.copyOf(paths);
    NetworkProfile selected = workspace.network();
    Optional<LoadedTable> previousTable = workspace.synthetic() ? Optional.empty()
        : workspace.table();
    Optional<LoadedChain> previousChain = workspace.synthetic() ? Optional.empty()
        : workspace.chain();
    List<String> asked = files.stream().map(WorkspaceLoader::source).toList();
    SessionRecord.Builder session = LoadSessions.begin("open files", String.join(" ", asked),
        "file", asked);
    return recorded(session, asked, runner.run("Opening " + describe(files), progress -> {
      if (files.size() == 1) {
        SourceKind kind = Sources.recognise(files.get(0));
        if (kind != SourceKind.FILE) {
          return readSource(SourceSpec.of(kind, files.get(0).toAbsolutePath().normalize()),
              SourceOptions.defaults(), Optional.empty(), selected, previousTable, progress);
        }
      }
      Optional<PowerTableDocument> document = Optional.empty();
      Optional<Path> tablePath = Optional.empty();
      Optional<Path> certificatesPath = Optional.empty();
      List<FinalityCertificate> certificates = List.of();
      for (Path path : files) {
        progress.message("Reading " + path.getFileName());
        DataFile file = DataFile.read(path);
        if (file.kind() == DataFile.Kind.POWER_TABLE) {
          document = file.table();
          tablePath = Optional.of(path);
        } else {
          certificates = file.certificates();
          certificatesPath = Optional.of(path);
        }
      }
      Optional<PowerTable> table = document.isPresent()
          ? Optional.of(document.get().toTable())
          : previousTable.map(LoadedTable::table);
      NetworkProfile network = chooseNetwork(table, selected);
      Optional<LoadedTable> loadedTable = Optional.empty();
      if (document.isPresent()) {
        long instance = startInstance(document.get().instance(), table.get(), certificates,
            network);
        loadedTable = Optional.of(new LoadedTable(source(tablePath.get()),
            tablePath.get().getFileName().toString(), table.get(), instance,
            trustOf(table.get(), instance, network)));
      } else if (previousTable.isPresent()) {
        loadedTable = Optional.of(retrust(previousTable.get(), network));
      }
      Optional<LoadedChain> chain = certificatesPath.isPresent()
          ? Optional.of(new LoadedChain(source(certificatesPath.get()), certificates,
              Optional.empty()))
          : previousChain.map(c -> new LoadedChain(c.source(), c.certificates(),
              Optional.empty()));
      if (chain.isPresent() && loadedTable.isPresent()) {
        chain = Optional.of(chain.get().withInspection(inspect(network, loadedTable.get(),
            chain.get().certificates(), progress)));
      }
      return new Opened(network, loadedTable.orElse(null), chain, false);
    }, this::show), List.of());
  }

  /**
   * Opens a source (a file, an F3 snapshot, a CAR file, a node, the demo network): its
   * starting table and certificates, validated. A source without a table keeps the table open
   * before it, like certificate files.
   *
   * @param wanted the certificates to read; all the source holds (up to the console's limit)
   *     when empty
   */
  public Task<Opened> openSource(SourceSpec spec, SourceOptions options,
      Optional<InstanceRange> wanted) {
    NetworkProfile selected = workspace.network();
    Optional<LoadedTable> previousTable = workspace.synthetic() ? Optional.empty()
        : workspace.table();
    List<String> asked = List.of(spec.toString());
    SessionRecord.Builder session = LoadSessions.begin("open " + spec, wanted.map(range ->
        "instances " + Long.toUnsignedString(range.first()) + " to "
            + Long.toUnsignedString(range.latest())).orElse(""), "source", asked);
    return recorded(session, asked, runner.run("Opening " + spec, progress -> readSource(spec,
        options, wanted, selected, previousTable, progress), this::show),
        options.token().map(List::of).orElse(List.of()));
  }

  private Opened readSource(SourceSpec spec, SourceOptions options,
      Optional<InstanceRange> wanted, NetworkProfile selected,
      Optional<LoadedTable> previousTable, UiTaskRunner.Progress progress)
      throws F3Exception, InterruptedException {
    SourceReader.Read read;
    try (DataSource source = Sources.open(spec, options)) {
      read = SourceReader.read(source, wanted, progress);
    }
    Optional<PowerTable> table = read.table().map(SourcedTable::table)
        .or(() -> previousTable.map(LoadedTable::table));
    NetworkProfile network = chooseNetwork(table, selected);
    Optional<LoadedTable> loadedTable = read.table().map(t -> new LoadedTable(
        spec.toString(), "Power table from " + spec.kind().prefix() + " source (" + t.origin()
            + ")", t.table(), t.instance(), trustOf(t.table(), t.instance(), network)))
        .or(() -> previousTable.map(t -> retrust(t, network)));
    Optional<LoadedChain> chain = read.certificates().isEmpty() ? Optional.empty()
        : Optional.of(new LoadedChain(spec.toString(), read.certificates(), Optional.empty()));
    if (chain.isPresent() && loadedTable.isPresent()) {
      chain = Optional.of(chain.get().withInspection(inspect(network, loadedTable.get(),
          chain.get().certificates(), progress)));
    }
    return new Opened(network, loadedTable.orElse(null), chain,
        spec.kind() == SourceKind.DEMO);
  }

  /** Selects another network: recomputes trust and validates again against its name. */
  public Task<Opened> changeNetwork(NetworkProfile network) {
    Optional<LoadedTable> table = workspace.table();
    Optional<LoadedChain> chain = workspace.chain();
    boolean synthetic = workspace.synthetic();
    List<String> asked = List.copyOf(workspace.sources());
    SessionRecord.Builder session = LoadSessions.begin("select network " + network.key(), "",
        "open", asked);
    return recorded(session, asked, runner.run("Validating for " + network.key(), progress -> {
      Optional<LoadedTable> retrusted = table.map(t -> retrust(t, network));
      Optional<LoadedChain> validated = chain;
      if (chain.isPresent() && retrusted.isPresent()) {
        validated = Optional.of(chain.get().withInspection(inspect(network, retrusted.get(),
            chain.get().certificates(), progress)));
      }
      return new Opened(network, retrusted.orElse(null), validated, synthetic);
    }, this::show), List.of());
  }

  /**
   * Opens a power table kept in the history as the workspace's table, on its own (no
   * certificates). The table open before stays beside it for comparison, as does every table
   * reopened earlier. The network is the one whose expected CID the table has, else the one the
   * session was about, else the one selected.
   */
  public Task<Opened> openKeptTable(KeptTable kept) {
    NetworkProfile selected = workspace.network();
    Optional<LoadedTable> before = workspace.table();
    return runner.run("Opening " + kept.title(), progress -> {
      NetworkProfile network = keptNetwork(kept, selected);
      long instance = kept.instance().orElse(network.initialInstance());
      LoadedTable table = new LoadedTable(kept.source(), kept.title(), kept.table(), instance,
          trustOf(kept.table(), instance, network));
      return new Opened(network, table, Optional.empty(), kept.synthetic());
    }, opened -> {
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
    return kept.network().flatMap(profiles::byKey)
        .orElseGet(() -> chooseNetwork(Optional.of(kept.table()), selected));
  }

  /** Records how a load ends. FX thread, right after starting it. */
  private Task<Opened> recorded(SessionRecord.Builder session, List<String> asked,
      Task<Opened> task, List<String> secrets) {
    List<String> before = List.copyOf(workspace.sources());
    return sessions.track(task, session, (s, opened) -> LoadSessions.opened(s, asked, before,
        opened), secrets);
  }

  private ChainInspection inspect(NetworkProfile network, LoadedTable table,
      List<FinalityCertificate> certificates, UiTaskRunner.Progress progress)
      throws F3Exception, InterruptedException {
    return new ChainInspector(network.f3NetworkName(), threads)
        .inspect(table.table(), table.instance(), certificates, progress::update);
  }

  private NetworkProfile chooseNetwork(Optional<PowerTable> table, NetworkProfile selected) {
    if (table.isPresent()) {
      Optional<NetworkProfile> byCid = profiles.byInitialPowerTableCid(
          table.get().cid().toString());
      if (byCid.isPresent()) {
        return byCid.get();
      }
    }
    if (selected == null || selected.key().equals(DemoNetwork.PROFILE_KEY)) {
      return profiles.byKey("mainnet").orElse(profiles.all().get(0));
    }
    return selected;
  }

  /**
   * The instance a table is the committee of: what its file says, else the network's initial
   * instance when its CID is the expected initial one, else the first certificate's instance.
   */
  private static long startInstance(Optional<Long> declared, PowerTable table,
      List<FinalityCertificate> certificates, NetworkProfile network) {
    if (declared.isPresent()) {
      return declared.get();
    }
    boolean initial = network.initialPowerTableCid()
        .map(cid -> cid.equals(table.cid().toString())).orElse(false);
    if (initial || certificates.isEmpty()) {
      return network.initialInstance();
    }
    return certificates.get(0).instance();
  }

  private static LoadedTable retrust(LoadedTable table, NetworkProfile network) {
    return new LoadedTable(table.source(), table.title(), table.table(), table.instance(),
        trustOf(table.table(), table.instance(), network));
  }

  static Trust trustOf(PowerTable table, long instance, NetworkProfile network) {
    return TrustAssessor.of(network).table(table.cid(), instance);
  }

  private void show(Opened opened) {
    if (!networks.contains(opened.network())) {
      networks.add(0, opened.network());
    }
    workspace.replace(opened.network(), opened.table(), opened.chain().orElse(null),
        opened.synthetic());
    if (opened.chain().flatMap(LoadedChain::inspection).isPresent()) {
      ChainInspection inspection = opened.chain().get().inspection().get();
      workspace.selectedCertificateProperty().set(
          inspection.firstFailureIndex().orElse(0));
    }
  }

  /** The source string of a file: {@code file:} and its absolute, normalised path. */
  static String source(Path path) {
    return "file:" + path.toAbsolutePath().normalize();
  }

  private static String describe(List<Path> files) {
    return files.size() == 1 ? files.get(0).getFileName().toString()
        : files.size() + " files";
  }

  /**
   * What a load produced, applied to the workspace on the FX thread.
   *
   * @param network the network to select
   * @param table the starting table, or null when none is open
   * @param chain the certificates, when any are open
   * @param synthetic whether it is the demo network
   */
  public record Opened(NetworkProfile network, LoadedTable table, Optional<LoadedChain> chain,
      boolean synthetic) {}
}
