package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.bootstrap.CheckVerdict;
import io.f3console.core.bootstrap.Doctor;
import io.f3console.core.bootstrap.DoctorCheck;
import io.f3console.core.bootstrap.DoctorOptions;
import io.f3console.core.bootstrap.DoctorReport;
import io.f3console.core.bootstrap.SnapshotDoctor;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.ParticipationTicket;
import io.f3console.core.sessions.SessionOutcomes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code f3console doctor}: the bootstrap checklist for a node and a network. */
@Command(
    name = "doctor",
    header = "Diagnose a Lotus or Forest node's F3 bootstrap for a network.",
    mixinStandardHelpOptions = true,
    description = {
      "Diagnose a Lotus or Forest node's F3 bootstrap for a network: the node answers, F3",
      "runs, the network names and the initial power-table CID are the network's,",
      "certificate 0 starts at BootstrapEpoch - Finality and validates against the table",
      "the node serves, the current committee is the one the certificates commit to, and",
      "each miner's participation lease is held by one node (give several --rpc for the",
      "nodes behind a miner). --miner ACTOR checks a miner's committee entry, key, recent",
      "signatures and lease. With --snapshot FILE it checks a snapshot CAR instead.",
      "Each check says what it saw and what to do about it. The first lines say where F3",
      "stands (pending, bootstrapping, catching up, in sync, stalled, not running); with",
      "--ready that is all it says, for health checks (exit 0 in sync, 1 otherwise, 3",
      "unreachable; --wait waits for in sync).",
      "With --log FILE (- for standard input) it reads a Lotus, Forest or go-f3 log instead",
      "and says of each distinct F3 line whether it is noise, worth a look or a problem.",
      "Exit 0 when no check fails (warnings allowed), 1 when one fails, 2 on bad input, 3",
      "when the node cannot be reached (connection refused, a timeout, an HTTP error).",
      "With --log: exit 0 when no line is a problem (lines worth a look and unknown lines",
      "are printed but pass), 1 when one is, 2 when the file cannot be read."
    })
final class DoctorCommand implements Callable<Integer> {
  @CommandLine.Mixin OptionalNetworkOption network;

  @Option(
      names = "--log",
      paramLabel = "FILE",
      description =
          "Read a Lotus, Forest or go-f3 log (- for standard input) instead of checking a node:"
              + " each distinct F3 line with what it means and what to do.")
  String log;

  @Option(
      names = "--snapshot",
      paramLabel = "FILE",
      description =
          "Check a Filecoin snapshot CAR instead of a node: v2 with F3 data, go-f3's"
              + " import checks, every signature, and what Lotus and Forest do on import.")
  Path snapshot;

  @Option(
      names = "--initial-power-table",
      paramLabel = "CID",
      description = "The initial power-table CID to expect (default: the profile's).")
  String initialPowerTable;

  @Option(
      names = "--progress-pause",
      paramLabel = "SECONDS",
      defaultValue = "3",
      description = "Pause between the two F3GetProgress samples (default: ${DEFAULT-VALUE}).")
  double progressPauseSeconds;

  @Option(
      names = "--max-lag",
      paramLabel = "EPOCHS",
      defaultValue = "20",
      description =
          "How far the latest certificate may be behind the chain head and F3 still be in sync"
              + " (default: ${DEFAULT-VALUE}).")
  long maxLagEpochs;

  @Option(
      names = "--ready",
      description =
          "Only say where the node's F3 stands, for health checks: pending, bootstrapping,"
              + " catching up, in sync, stalled or not running, with the evidence. Exit 0 in"
              + " sync, 1 in any other phase, 3 when the node cannot be reached.")
  boolean ready;

  @Option(
      names = "--wait",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "With --ready: ask again every second until F3 is in sync or DURATION (e.g. 10m)"
              + " has passed.")
  Duration waitFor;

  @Option(
      names = "--miner",
      paramLabel = "ACTOR",
      description =
          "Also check this miner (f01234; repeatable): its entry in the current committee"
              + " (power, share, worker key), its signatures over the last --recent instances"
              + " and its participation lease.")
  List<String> miners = new ArrayList<>();

  @Option(
      names = "--ticket",
      paramLabel = "BASE64",
      description =
          "A miner's participation ticket (base64, as F3GetOrRenewParticipationTicket gives"
              + " it; repeatable): its issuer is compared with each node's peer ID.")
  List<String> tickets = new ArrayList<>();

  @Option(
      names = "--recent",
      paramLabel = "N",
      defaultValue = "20",
      description =
          "How many of the newest instances a miner's signatures are counted over: from the"
              + " certificate store when it holds them, else fetched from the node and validated"
              + " (default: ${DEFAULT-VALUE}).")
  int recent;

  @Option(
      names = "--store",
      paramLabel = "FILE",
      description =
          "The certificate store to count a miner's signatures from (default: the network's"
              + " store beside the history, when it exists).")
  Path store;

  @CommandLine.Mixin NodeOptions node;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    if (log != null) {
      if (node.named() || snapshot != null) {
        throw new F3Exception("give --log, or --rpc or --snapshot, not both");
      }
      return DoctorLogReading.run(log, output);
    }
    NetworkSelection selection =
        network.selection().orElseThrow(() -> new F3Exception("--network NAME is required"));
    SessionRecord.Builder session = output.session();
    SessionFacts.network(session, selection);
    DoctorOptions options = options(selection);
    if (waitFor != null && !ready) {
      throw new F3Exception("--wait goes with --ready");
    }
    if (ready) {
      return ready(options, selection);
    }
    DoctorReport report;
    if (snapshot != null) {
      session.source("snapshot", snapshot.toString());
      if (node.named()) {
        throw new F3Exception("give --rpc or --snapshot, not both");
      }
      SnapshotFile.requireSnapshotFile(snapshot);
      Optional<TextChecklist> live = live(snapshot.toString(), selection);
      report =
          new SnapshotDoctor(snapshot, selection, options)
              .run(check -> live.ifPresent(text -> text.print(check)));
      return finish(new Result(report, snapshot.toString(), selection), live.isPresent());
    }
    List<NodeOptions.Node> nodes = node.resolveAll();
    List<LotusRpcClient> others = new ArrayList<>();
    try (LotusRpcClient client =
        LotusRpcClient.connect(nodes.get(0).endpoint(), nodes.get(0).options())) {
      session.source("node", "rpc:" + client.displayEndpoint());
      for (NodeOptions.Node other : nodes.subList(1, nodes.size())) {
        LotusRpcClient more = LotusRpcClient.connect(other.endpoint(), other.options());
        others.add(more);
        session.source("node", "rpc:" + more.displayEndpoint());
      }
      Doctor doctor =
          new Doctor(
              client,
              selection,
              options,
              Optional.of(PublishedTables.besideHistory(output.root().historyFile())),
              others);
      Optional<TextChecklist> live = live(client.displayEndpoint(), selection);
      report = doctor.run(check -> live.ifPresent(text -> text.print(check)));
      return finish(new Result(report, client.displayEndpoint(), selection), live.isPresent());
    } finally {
      others.forEach(LotusRpcClient::close);
    }
  }

  private int ready(DoctorOptions options, NetworkSelection selection) throws Exception {
    if (snapshot != null) {
      throw new F3Exception("--ready asks a node: give --rpc, not --snapshot");
    }
    if (waitFor != null && (waitFor.isNegative() || waitFor.compareTo(Duration.ofDays(7)) > 0)) {
      throw new F3Exception("--wait must be between 0 and 7 days");
    }
    try (LotusRpcClient client = node.connect()) {
      output.session().source("node", "rpc:" + client.displayEndpoint());
      SessionFacts.network(output.session(), selection);
      return new DoctorReadiness(output)
          .run(
              client,
              options.progressPause(),
              options.maxLagEpochs(),
              Optional.ofNullable(waitFor));
    }
  }

  /**
   * In text, the checklist printed check by check as the doctor runs (a slow node shows where it
   * stands), with the same lines {@link Result#printText} prints whole; nothing under --json.
   */
  private Optional<TextChecklist> live(String target, NetworkSelection selection) {
    return output.json
        ? Optional.empty()
        : Optional.of(new TextChecklist(output.out(), target, selection));
  }

  private int finish(Result result, boolean checksPrinted) {
    DoctorReport report = result.report();
    SessionOutcomes.doctor(output.session(), report);
    if (report.profile().isEmpty()) {
      output.session().network(HistoryNetworks.recorded(report.f3NetworkName()));
    }
    if (checksPrinted) {
      TextChecklist.summary(output.out(), report);
    } else {
      output.print(result);
    }
    if (report.nodeUnreachable()) {
      return ExitCodes.UNREACHABLE;
    }
    return report.nothingFailed() ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
  }

  private DoctorOptions options(NetworkSelection selection) throws F3Exception {
    if (!(progressPauseSeconds >= 0) || progressPauseSeconds > 300) {
      throw new F3Exception("--progress-pause must be between 0 and 300 seconds");
    }
    if (maxLagEpochs < 0) {
      throw new F3Exception("--max-lag must not be negative");
    }
    DoctorOptions options =
        DoctorOptions.defaults()
            .withProgressPause(Duration.ofMillis(Math.round(progressPauseSeconds * 1000)))
            .withMaxLagEpochs(maxLagEpochs);
    if (initialPowerTable != null) {
      options = options.withInitialPowerTable(Cid.fromString(initialPowerTable.strip()));
    }
    if (recent < 1 || recent > DoctorOptions.MAX_RECENT_INSTANCES) {
      throw new F3Exception("--recent must be between 1 and " + DoctorOptions.MAX_RECENT_INSTANCES);
    }
    List<ActorId> actors = new ArrayList<>();
    for (String miner : miners) {
      try {
        ActorId actor = ActorId.parse(miner);
        if (!actors.contains(actor)) {
          actors.add(actor);
        }
      } catch (IllegalArgumentException e) {
        throw new F3Exception("--miner " + miner + ": not a miner's actor ID (f01234)");
      }
    }
    List<ParticipationTicket> decoded = new ArrayList<>();
    for (String ticket : tickets) {
      try {
        decoded.add(ParticipationTicket.fromBase64(ticket.strip()));
      } catch (ParticipationTicket.FormatException e) {
        throw new F3Exception("--ticket: " + e.getMessage());
      }
    }
    return options
        .withTickets(decoded)
        .withMiners(actors)
        .withRecentInstances(recent)
        .withCertificateStore(StoreFiles.of(store, selection, output.root().database));
  }

  /**
   * The checklist a doctor run found, for the node or snapshot it examined: every check with its
   * verdict, evidence, consequences and remedy, and the overall verdict.
   */
  record Result(DoctorReport report, String target, NetworkSelection selection)
      implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      TextChecklist checklist = new TextChecklist(out, target, selection);
      report.checks().forEach(checklist::print);
      TextChecklist.summary(out, report);
    }

    @Override
    public JsonFields toJson() {
      return JsonFields.object()
          .text("target", report.target())
          .text("f3NetworkName", report.f3NetworkName())
          .text("profile", report.profile())
          .text("overall", report.overall().name())
          .bool("nodeUnreachable", report.nodeUnreachable())
          .objects("checks", report.checks(), Result::check);
    }

    private static JsonFields check(DoctorCheck check) {
      return JsonFields.object()
          .text("id", check.id())
          .text("title", check.title())
          .text("verdict", check.verdict().name())
          .strings("evidence", check.evidence())
          .object("details", JsonFields.details(check.details()))
          .text("reason", check.reason().map(Enum::name))
          .strings("consequences", check.consequences())
          .text("remedy", check.remedy());
    }
  }

  /** The checklist as text. */
  static final class TextChecklist {
    private final PrintWriter out;

    TextChecklist(PrintWriter out, String endpoint, NetworkSelection selection) {
      this.out = out;
      out.println(
          "F3 doctor for "
              + endpoint
              + ", network "
              + selection.f3NetworkName()
              + selection.profile().map(p -> " (profile " + p.key() + ")").orElse(" (no profile)"));
      out.println();
      out.flush();
    }

    static String mark(CheckVerdict verdict) {
      return switch (verdict) {
        case PASS -> "✔";
        case WARN -> "⚠";
        case FAIL -> "✘";
        case SKIPPED -> "–";
      };
    }

    void print(DoctorCheck check) {
      out.println(mark(check.verdict()) + " " + check.title());
      check.evidence().forEach(sentence -> wrap("    ", "    ", sentence));
      if (!check.consequences().isEmpty()) {
        out.println("    Consequences:");
        check.consequences().forEach(sentence -> wrap("      ↳ ", "        ", sentence));
      }
      check.remedy().ifPresent(remedy -> wrap("    → ", "      ", remedy));
      out.flush();
    }

    private void wrap(String first, String rest, String text) {
      WrappedText.print(out, first, rest, text);
    }

    static void summary(PrintWriter out, DoctorReport report) {
      out.println();
      out.println(
          "Result: "
              + report.overall()
              + " ("
              + report.count(CheckVerdict.PASS)
              + " passed, "
              + report.count(CheckVerdict.WARN)
              + " warned, "
              + report.count(CheckVerdict.FAIL)
              + " failed, "
              + report.count(CheckVerdict.SKIPPED)
              + " skipped)");
      out.flush();
    }
  }
}
