package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.history.HistoryException;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.SessionKind;
import io.f3console.core.history.SessionQuery;
import io.f3console.core.history.SessionReport;
import io.f3console.core.history.SessionSummary;
import io.f3console.core.trust.TrustState;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code f3console history list}: the recorded sessions, newest first. */
@Command(
    name = "list",
    header = "List the recorded sessions, newest first.",
    mixinStandardHelpOptions = true,
    description = {
      "List the recorded sessions, newest first: id, when it started (UTC), kind, command,",
      "network, verdict, reason, trust, notes and summary. Filters combine. 'history show ID'",
      "tells all about one session."
    })
final class HistoryListCommand implements Callable<Integer> {
  private static final int SUMMARY_WIDTH = 72;

  /**
   * Sessions about this network: a profile key or alias, an F3 network name, or demo; taken as
   * typed (not resolved), since a session may name a network no profile knows.
   */
  @CommandLine.Mixin OptionalNetworkOption network;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      converter = HistoryFilters.KindConverter.class,
      description =
          "Sessions of this kind: inspection, check, comparison, validation, doctor,"
              + " release-check, late-start, fetch, conversion, simulation, benchmark.")
  SessionKind kind;

  @Option(
      names = "--trust",
      paramLabel = "STATE",
      converter = HistoryFilters.TrustConverter.class,
      description =
          "Sessions that judged a power table or chain with this trust: verified,"
              + " unverified or mismatch.")
  TrustState trust;

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      converter = HistoryFilters.SinceConverter.class,
      description =
          "Sessions started then or later: a date (2026-11-01, midnight UTC), a date"
              + " and time (2026-11-01T14:30 in UTC, or with Z or an offset), or a span back from"
              + " now (30m, 24h, 7d).")
  Instant since;

  @Option(
      names = "--grep",
      paramLabel = "TEXT",
      description =
          "Sessions whose command, summary, reason, network, sources or CIDs contain"
              + " TEXT (ignoring case).")
  String grep;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description = "At most N sessions (default: ${DEFAULT-VALUE}).")
  int limit;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > SessionQuery.DEFAULT_LIMIT * 100) {
      throw new F3Exception("--limit must be between 1 and " + SessionQuery.DEFAULT_LIMIT * 100);
    }
    List<SessionSummary> sessions = List.of();
    if (HistoryDatabase.exists(output)) {
      try (HistoryStore store = HistoryDatabase.open(output)) {
        sessions = query(store);
      }
    }
    boolean more = sessions.size() > limit;
    output.print(
        new Result(
            HistoryDatabase.file(output),
            more ? sessions.subList(0, limit) : sessions,
            more,
            filtered()));
    return ExitCodes.OK;
  }

  private boolean filtered() {
    return network.name().isPresent()
        || kind != null
        || trust != null
        || since != null
        || grep != null;
  }

  /** One more than asked, to know whether there are more; every name the network may carry. */
  private List<SessionSummary> query(HistoryStore store) throws HistoryException {
    SessionQuery query =
        SessionQuery.all().kind(kind).trust(trust).since(since).text(grep).limit(limit + 1);
    if (network.name().isEmpty()) {
      return store.list(query);
    }
    Map<Long, SessionSummary> found = new LinkedHashMap<>();
    for (String name : HistoryNetworks.matching(network.name().get())) {
      store.list(query.network(name)).forEach(s -> found.putIfAbsent(s.id(), s));
    }
    List<SessionSummary> merged = new ArrayList<>(found.values());
    merged.sort(Comparator.comparingLong(SessionSummary::id).reversed());
    return merged.size() > limit + 1 ? merged.subList(0, limit + 1) : merged;
  }

  static String shorten(String text) {
    String line = text.replace('\n', ' ');
    return line.length() <= SUMMARY_WIDTH ? line : line.substring(0, SUMMARY_WIDTH - 1) + "…";
  }

  /**
   * The sessions listed, newest first, from {@code database}; {@code more} when older ones match
   * too; {@code filtered} when a filter was given (which changes how an empty list is said).
   */
  record Result(Path database, List<SessionSummary> sessions, boolean more, boolean filtered)
      implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      if (sessions.isEmpty()) {
        out.println("No sessions " + (filtered ? "match in " : "recorded in ") + database + ".");
        return;
      }
      TextTable table =
          new TextTable(
              new String[] {
                "id",
                "started (UTC)",
                "kind",
                "command",
                "network",
                "verdict",
                "reason",
                "trust",
                "notes",
                "summary"
              },
              new boolean[] {true, false, false, false, false, false, false, false, true, false});
      for (SessionSummary s : sessions) {
        String started = SessionReport.time(s.startedAt());
        table.add(
            String.valueOf(s.id()),
            started.substring(0, started.length() - 4),
            s.kind().label(),
            s.command(),
            s.network().orElse("-"),
            s.verdict().label(),
            s.reason().orElse("-"),
            s.trust().map(TrustState::word).orElse("-"),
            s.notes() == 0 ? "" : String.valueOf(s.notes()),
            shorten(s.summary()));
      }
      table.print(out);
      if (more) {
        out.println(
            "… older sessions not shown: raise --limit, or narrow with --since, --kind,"
                + " --network, --trust or --grep");
      }
    }

    @Override
    public JsonFields toJson() {
      return JsonFields.object()
          .text("database", database.toString())
          .objects("sessions", sessions, Result::json)
          .bool("more", more);
    }

    private static JsonFields json(SessionSummary s) {
      return JsonFields.object()
          .number("id", s.id())
          .text("startedAt", s.startedAt().toString())
          .number("durationMillis", s.durationMillis())
          .text("origin", s.origin().label())
          .text("kind", s.kind().label())
          .text("command", s.command())
          .text("network", s.network())
          .text("verdict", s.verdict().name())
          .text("reason", s.reason())
          .text("trust", s.trust().map(TrustState::word))
          .text("summary", s.summary())
          .uint64("instanceReached", s.instanceReached())
          .number("notes", s.notes());
    }
  }
}
