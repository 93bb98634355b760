package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.F3Exception;
import io.f3console.core.bootstrap.CheckVerdict;
import io.f3console.core.bootstrap.Doctor;
import io.f3console.core.bootstrap.DoctorCheck;
import io.f3console.core.bootstrap.DoctorOptions;
import io.f3console.core.bootstrap.DoctorReport;
import io.f3console.core.bootstrap.SnapshotDoctor;
import io.f3console.core.cid.Cid;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.known.PublishedTables;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.sessions.SessionOutcomes;
import io.f3console.core.validation.Detail;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
      "the node serves, F3 keeps up with the chain, and the current committee is the one",
      "the certificates commit to. With --snapshot FILE it checks a snapshot CAR instead.",
      "Each check says what it saw and what to do about it.",
      "Exit 0 when no check fails (warnings allowed), 1 when one fails, 2 on bad input, 3",
      "when the node cannot be reached (connection refused, a timeout, an HTTP error)."
    })
final class DoctorCommand implements Callable<Integer> {
  @Option(
      names = "--network",
      required = true,
      paramLabel = "NAME",
      description = "Profile key (mainnet, calibnet, …) or F3 network name (filecoin, …).")
  String network;

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
          "How far F3 may be behind the chain head before it is a warning"
              + " (default: ${DEFAULT-VALUE}).")
  long maxLagEpochs;

  @CommandLine.Mixin NodeOptions node;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    NetworkSelection selection;
    try {
      selection = NetworkProfiles.builtIn().resolveTyped(network);
    } catch (IllegalArgumentException e) {
      throw new F3Exception("--network: " + e.getMessage());
    }
    SessionRecord.Builder session = output.session();
    SessionFacts.network(session, selection);
    DoctorOptions options = options();
    DoctorReport report;
    if (snapshot != null) {
      session.source("snapshot", snapshot.toString());
      if (node.rpc != null) {
        throw new F3Exception("give --rpc or --snapshot, not both");
      }
      if (!Files.isRegularFile(snapshot)) {
        throw new F3Exception(snapshot + ": no such file");
      }
      SnapshotDoctor doctor = new SnapshotDoctor(snapshot, selection, options);
      report =
          output.json
              ? doctor.run(check -> {})
              : doctor.run(new TextChecklist(output.out(), snapshot.toString(), selection)::print);
      return finish(report);
    }
    try (LotusRpcClient client = node.connect()) {
      session.source("node", "rpc:" + client.displayEndpoint());
      Doctor doctor =
          new Doctor(
              client,
              selection,
              options,
              Optional.of(PublishedTables.besideHistory(output.root().historyFile())));
      report =
          output.json
              ? doctor.run()
              : doctor.run(
                  new TextChecklist(output.out(), client.displayEndpoint(), selection)::print);
    }
    return finish(report);
  }

  private int finish(DoctorReport report) {
    SessionOutcomes.doctor(output.session(), report);
    if (report.profile().isEmpty()) {
      output.session().network(HistoryNetworks.recorded(report.f3NetworkName()));
    }
    if (output.json) {
      JsonOutput.print(output.out(), json(report));
    } else {
      TextChecklist.summary(output.out(), report);
    }
    if (report.nodeUnreachable()) {
      return ExitCodes.UNREACHABLE;
    }
    return report.nothingFailed() ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
  }

  private DoctorOptions options() throws F3Exception {
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
    return options;
  }

  static ObjectNode json(DoctorReport report) {
    ObjectNode node =
        JsonOutput.object()
            .put("target", report.target())
            .put("f3NetworkName", report.f3NetworkName())
            .put("profile", report.profile().orElse(null))
            .put("overall", report.overall().name())
            .put("nodeUnreachable", report.nodeUnreachable());
    ArrayNode checks = node.putArray("checks");
    for (DoctorCheck check : report.checks()) {
      ObjectNode item =
          checks
              .addObject()
              .put("id", check.id())
              .put("title", check.title())
              .put("verdict", check.verdict().name());
      ArrayNode evidence = item.putArray("evidence");
      check.evidence().forEach(evidence::add);
      ObjectNode details = item.putObject("details");
      for (Detail detail : check.details()) {
        details.put(detail.name(), detail.value());
      }
      item.put("reason", check.reason().map(Enum::name).orElse(null));
      item.set("consequences", CliJson.strings(check.consequences()));
      item.put("remedy", check.remedy().orElse(null));
    }
    return node;
  }

  /** The checklist as text, printed check by check as the doctor runs. */
  static final class TextChecklist {
    private static final int WIDTH = 96;
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
      StringBuilder line = new StringBuilder(first);
      boolean empty = true;
      for (String word : text.split(" ")) {
        if (!empty && line.length() + 1 + word.length() > WIDTH) {
          out.println(line);
          line = new StringBuilder(rest);
          empty = true;
        }
        if (!empty) {
          line.append(' ');
        }
        line.append(word);
        empty = false;
      }
      out.println(line);
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
