package io.f3console.app.cli;

import io.f3console.core.history.RecordedCid;
import io.f3console.core.history.SessionNote;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.history.SessionReport;
import io.f3console.core.history.StoredSession;
import io.f3console.core.history.TableReference;
import java.io.PrintWriter;
import java.io.StringWriter;

/** A stored session as text for the terminal: {@code history show}. */
final class SessionText {
  private static final String INDENT = "  ";

  private SessionText() {}

  static void print(PrintWriter out, StoredSession session) {
    SessionRecord r = session.record();
    out.println("Session " + session.id() + ": " + r.command());
    out.println(r.summary());
    out.println();
    line(
        out,
        "Verdict",
        r.verdict().label()
            + r.reason().map(x -> " (" + x + ")").orElse("")
            + r.exitCode().map(code -> ", exit status " + code).orElse(""));
    r.trust().ifPresent(trust -> line(out, "Trust", trust.word()));
    line(out, "Kind", r.kind().label() + ", run from the " + r.origin().label());
    r.network().ifPresent(network -> line(out, "Network", network));
    line(out, "Started", SessionReport.time(r.startedAt()) + ", took " + SessionReport.took(r));
    if (!r.arguments().isEmpty()) {
      line(out, "Command line", "f3console " + r.arguments());
    }
    r.instanceReached()
        .ifPresent(i -> line(out, "Reached", "instance " + Long.toUnsignedString(i)));
    if (!r.sources().isEmpty()) {
      heading(out, "Sources");
      r.sources().forEach(s -> out.println(INDENT + s.role() + ": " + s.spec()));
    }
    if (!r.cids().isEmpty()) {
      heading(out, "CIDs");
      r.cids().forEach(cid -> printCid(out, cid));
    }
    if (!session.tables().isEmpty()) {
      heading(
          out,
          "Power tables kept (write one out with: f3console history table CID --out" + " FILE)");
      TextTable tables =
          new TextTable(
              new String[] {"role", "instance", "entries", "CID"},
              new boolean[] {false, true, true, false});
      for (TableReference table : session.tables()) {
        tables.add(
            table.role(),
            table.instance().map(Long::toUnsignedString).orElse("-"),
            String.valueOf(table.entries()),
            table.cid());
      }
      StringWriter text = new StringWriter();
      tables.print(new PrintWriter(text));
      text.toString().lines().forEach(l -> out.println(INDENT + l));
    }
    if (!r.facts().isEmpty()) {
      heading(out, "Findings");
      r.facts().forEach(f -> out.println(INDENT + f.label() + ": " + f.value()));
    }
    if (!session.notes().isEmpty()) {
      heading(out, "Notes");
      for (SessionNote note : session.notes()) {
        out.println(
            INDENT
                + "#"
                + note.id()
                + " "
                + SessionReport.time(note.createdAt())
                + ": "
                + note.text().replace("\n", "\n" + INDENT + INDENT));
      }
    }
    r.output()
        .filter(o -> !o.isBlank())
        .ifPresent(
            o -> {
              heading(out, "Output");
              o.lines().forEach(l -> out.println(INDENT + "| " + l));
            });
    out.flush();
  }

  private static void printCid(PrintWriter out, RecordedCid cid) {
    String mark = cid.matches().map(m -> m ? "✔ " : "✘ ").orElse("");
    out.println(INDENT + mark + cid.label());
    cid.computed().ifPresent(c -> out.println(INDENT + INDENT + "computed  " + c));
    cid.expected().ifPresent(c -> out.println(INDENT + INDENT + "expected  " + c));
  }

  private static void line(PrintWriter out, String name, String value) {
    out.println(String.format("%-13s", name) + value);
  }

  private static void heading(PrintWriter out, String title) {
    out.println();
    out.println(title);
  }
}
