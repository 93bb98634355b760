package io.f3console.core.participation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Participation over a run of instances as Markdown, to paste into an issue or a chat, or to save:
 * what the numbers stand on (the data's verdict), the instances, the signed share of scaled power
 * (lowest, mean, highest, how many fell under two thirds), the absentees ranked by the power they
 * left out, and the caveat that a certificate is no record of who voted.
 */
public final class ParticipationMarkdown {
  private ParticipationMarkdown() {}

  /**
   * The report of the instances from {@code fromIndex} (inclusive) to {@code toIndex} (exclusive)
   * of {@code series}.
   *
   * @param verdict what the numbers stand on, one line (e.g. "✔ 60 certificates, validated from a
   *     verified starting table")
   * @param meaning a sentence more about it, or empty
   * @param missing the absentees ranked over those instances (or some of them), when known
   * @param limit the most absentees listed
   */
  public static String of(
      String verdict,
      String meaning,
      ParticipationSeries series,
      int fromIndex,
      int toIndex,
      Optional<MissingPower> missing,
      int limit) {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(meaning, "meaning");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(missing, "missing");
    Objects.checkFromToIndex(fromIndex, toIndex, series.size());
    StringBuilder out = new StringBuilder("# F3 participation\n\n");
    out.append("- Data: ").append(verdict).append('\n');
    if (!meaning.isBlank()) {
      out.append("- ").append(meaning).append('\n');
    }
    int count = toIndex - fromIndex;
    if (count == 0) {
      out.append("- Instances: none\n\n").append(ParticipationReport.CAVEAT).append('\n');
      return out.toString();
    }
    out.append("- Instances: ")
        .append(Long.toUnsignedString(series.instance(fromIndex)))
        .append('–')
        .append(Long.toUnsignedString(series.instance(toIndex - 1)))
        .append(" (")
        .append(count)
        .append(")\n");
    ParticipationSeries.Bucket all = series.buckets(fromIndex, toIndex, 1).get(0);
    int lowest = fromIndex;
    int underTwoThirds = 0;
    for (int i = fromIndex; i < toIndex; i++) {
      if (series.share(i) < series.share(lowest)) {
        lowest = i;
      }
      if (series.signedScaledPower(i) * 3 < series.scaledTotal(i) * 2) {
        underTwoThirds++;
      }
    }
    out.append("- Signed share of scaled power: lowest ")
        .append(percent(all.minShare()))
        .append(" (instance ")
        .append(Long.toUnsignedString(series.instance(lowest)))
        .append("), mean ")
        .append(percent(all.meanShare()))
        .append(", highest ")
        .append(percent(all.maxShare()))
        .append('\n');
    out.append("- Instances signed by less than two thirds of the scaled power: ")
        .append(underTwoThirds)
        .append('\n');
    out.append("- Certificates that decided only their base: ").append(all.baseOnly()).append('\n');
    out.append('\n').append(ParticipationReport.CAVEAT).append('\n');
    missing.ifPresent(m -> absentees(out, m, limit));
    return out.toString();
  }

  private static void absentees(StringBuilder out, MissingPower missing, int limit) {
    List<MissingPower.Absentee> ranked = missing.absentees();
    out.append("\n## Missing power in instances ")
        .append(Long.toUnsignedString(missing.firstInstance()))
        .append('–')
        .append(Long.toUnsignedString(missing.lastInstance()))
        .append("\n\n");
    if (ranked.isEmpty()) {
      out.append("Every member of every committee signed.\n");
      return;
    }
    out.append(ranked.size())
        .append(ranked.size() == 1 ? " absentee" : " absentees")
        .append(", most missed scaled power first")
        .append(ranked.size() > limit ? " (the first " + limit + ")" : "")
        .append(".\n\n");
    out.append("| Actor | Scaled power missed | Instances missed |\n|---|---:|---:|\n");
    for (MissingPower.Absentee absentee : ranked.subList(0, Math.min(limit, ranked.size()))) {
      out.append("| `")
          .append(absentee.actor())
          .append("` | ")
          .append(String.format(Locale.ROOT, "%,d", absentee.missedScaledPower()))
          .append(" | ")
          .append(absentee.instancesMissed())
          .append(" |\n");
    }
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
