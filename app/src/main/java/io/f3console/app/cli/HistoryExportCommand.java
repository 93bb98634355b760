package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.history.HistoryStore;
import io.f3console.core.history.SessionReport;
import io.f3console.core.history.StoredSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code f3console history export ID --format md|json}: a session as a report. */
@Command(
    name = "export",
    header = "Write a session as a Markdown report or as JSON.",
    mixinStandardHelpOptions = true,
    description = {
      "Write a session as a Markdown report (for people: tickets, release notes) or as JSON",
      "(for programs), to standard output or to --out FILE. The same facts as 'history",
      "show', from the database alone. Exit 2 when there is no such session."
    })
final class HistoryExportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ID", description = "The session's id (history list).")
  long id;

  @Option(
      names = "--format",
      paramLabel = "md|json",
      defaultValue = "md",
      converter = FormatConverter.class,
      description = "md (Markdown) or json (default: ${DEFAULT-VALUE}).")
  SessionReport.Format format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path out;

  @Option(names = "--force", description = "Overwrite FILE if it exists.")
  boolean force;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    if (out != null && Files.exists(out) && !force) {
      throw new F3Exception(out + ": already exists (use --force to overwrite)");
    }
    StoredSession session;
    try (HistoryStore store = HistoryDatabase.open(output)) {
      session = HistoryDatabase.session(store, id);
    }
    Result result = new Result(session, format, Optional.ofNullable(out));
    if (out != null) {
      try {
        Files.writeString(out, result.report(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new F3Exception(out + ": cannot write: " + e.getMessage(), e);
      }
    }
    output.print(result);
    return ExitCodes.OK;
  }

  /**
   * One session as a report in {@code format}, written to {@code file} or, when there is none,
   * printed. In JSON, the report is {@code markdown} (a string) or {@code report} (the session's
   * object, as {@code history show --json} prints it), the other one {@code null}.
   */
  record Result(StoredSession session, SessionReport.Format format, Optional<Path> file)
      implements CommandResult {
    /** The report itself: Markdown, or the session's JSON. */
    String report() {
      return format == SessionReport.Format.JSON
          ? SessionReport.json(session)
          : SessionReport.markdown(session);
    }

    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      if (file.isEmpty()) {
        out.print(report());
        return;
      }
      out.println(
          "Wrote session "
              + session.id()
              + " as "
              + (format == SessionReport.Format.JSON ? "JSON" : "Markdown")
              + " to "
              + file.get());
    }

    @Override
    public JsonFields toJson() {
      boolean json = format == SessionReport.Format.JSON;
      return JsonFields.object()
          .number("session", session.id())
          .text("format", format.extension())
          .text("file", file.map(Path::toString))
          .text("markdown", json ? Optional.empty() : Optional.of(report()))
          .object(
              "report",
              json
                  ? Optional.of(JsonFields.wrapping(SessionReport.jsonTree(session)))
                  : Optional.empty());
    }
  }

  /** {@code md} or {@code markdown}, {@code json}. */
  static final class FormatConverter implements CommandLine.ITypeConverter<SessionReport.Format> {
    @Override
    public SessionReport.Format convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "md", "markdown" -> SessionReport.Format.MARKDOWN;
        case "json" -> SessionReport.Format.JSON;
        default ->
            throw new CommandLine.TypeConversionException(
                "'" + value + "' is not a format: give md or json");
      };
    }
  }
}
