package io.f3console.core.bootstrap;

import java.util.List;
import java.util.Objects;

/**
 * A doctor's report as Markdown, to paste into an issue or a chat, or to save: where it ran, for
 * which network, the overall verdict, then every check in order with its evidence, what its failure
 * means and what to do. The same words the console and the command line show.
 */
public final class DoctorMarkdown {
  private DoctorMarkdown() {}

  /** The whole report. */
  public static String of(DoctorReport report) {
    Objects.requireNonNull(report, "report");
    StringBuilder out = new StringBuilder();
    out.append("# F3 bootstrap doctor\n\n");
    out.append("- Node: `").append(report.target()).append("`\n");
    out.append("- Network: `")
        .append(report.f3NetworkName())
        .append('`')
        .append(report.profile().map(key -> " (" + key + ")").orElse(""))
        .append('\n');
    out.append("- Result: **")
        .append(word(report.overall()))
        .append("** (")
        .append(report.count(CheckVerdict.PASS))
        .append(" passed, ")
        .append(report.count(CheckVerdict.WARN))
        .append(" warned, ")
        .append(report.count(CheckVerdict.FAIL))
        .append(" failed, ")
        .append(report.count(CheckVerdict.SKIPPED))
        .append(" skipped)\n");
    for (DoctorCheck check : report.checks()) {
      out.append('\n').append(of(check));
    }
    return out.toString();
  }

  /** One check, as a section of its own. */
  public static String of(DoctorCheck check) {
    Objects.requireNonNull(check, "check");
    StringBuilder out = new StringBuilder();
    out.append("## ")
        .append(check.title())
        .append(": ")
        .append(word(check.verdict()))
        .append("\n\n");
    bullets(out, check.evidence(), "");
    if (!check.consequences().isEmpty()) {
      out.append("\nConsequences of this failure:\n\n");
      bullets(out, check.consequences(), "");
    }
    check
        .remedy()
        .ifPresent(remedy -> out.append("\n**What to do:** ").append(remedy).append('\n'));
    return out.toString();
  }

  private static void bullets(StringBuilder out, List<String> lines, String indent) {
    for (String line : lines) {
      out.append(indent).append("- ").append(line.replace("\n", "\n  ")).append('\n');
    }
  }

  private static String word(CheckVerdict verdict) {
    return switch (verdict) {
      case PASS -> "passed";
      case WARN -> "needs attention";
      case FAIL -> "failed";
      case SKIPPED -> "skipped";
    };
  }
}
