package io.f3console.app.cli;

import io.f3console.core.gpbft.ActorId;
import io.f3console.core.participation.InstanceParticipation;
import io.f3console.core.participation.MinerParticipation;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.store.StoredParticipation;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What {@code participation} counted: who signed each certificate, miner by miner and instance by
 * instance, from a validating run or a certificate store; as text (the most absent miners, or the
 * chosen ones with their timelines), as CSV under {@code --csv}, or as JSON.
 *
 * @param source where the counts come from
 * @param report the counts
 * @param chosen the miners asked for with {@code --miner} (none: every miner)
 * @param timelines the chosen miners' compact timelines, when read from a store
 * @param csv whether the text form is CSV
 */
record ParticipationResult(
    ParticipationSource source,
    ParticipationReport report,
    List<ActorId> chosen,
    Map<ActorId, String> timelines,
    boolean csv)
    implements CommandResult {

  /** How many of the most absent miners the text shows. */
  static final int TOP = 10;

  /** Cells of a chosen miner's compact timeline. */
  static final int TIMELINE = 60;

  ParticipationResult {
    chosen = List.copyOf(chosen);
    timelines = Map.copyOf(timelines);
  }

  /** The chosen miners' lines (a miner the report never saw: in no committee), or every miner's. */
  List<MinerParticipation> lines() {
    return chosen.isEmpty() ? report.miners() : chosen.stream().map(this::lineOf).toList();
  }

  private MinerParticipation lineOf(ActorId actor) {
    return report
        .miner(actor)
        .orElseGet(
            () ->
                new MinerParticipation(
                    actor,
                    0,
                    0,
                    report.instanceCount(),
                    OptionalLong.empty(),
                    OptionalLong.empty(),
                    0,
                    0));
  }

  @Override
  public void printText(PrintWriter out, PrintWriter err) {
    if (csv) {
      printCsv(out, lines());
    } else if (source.validated().isPresent()) {
      printValidated(out, source.validated().get());
    } else {
      printStored(out, source.stored().orElseThrow());
    }
  }

  private void printValidated(PrintWriter out, ParticipationOptions.Validated run) {
    out.println("Network        " + NetworkText.describe(run.selection()));
    TrustOutput.print(out, run.judged().start());
    out.println("Certificates   " + run.source() + ", " + run.read() + " read");
    out.println("Counted        " + describe(report));
    ValidationText.printVerdict(out, run.judged());
    if (source.failure().isPresent()) {
      out.println("Participation is counted up to the invalid certificate, not past it.");
    }
    out.println();
    printMostAbsent(out);
    if (!chosen.isEmpty()) {
      out.println();
      out.println("Chosen miners:");
      printLines(out, lines());
    }
    out.println();
    out.println(ParticipationReport.CAVEAT);
  }

  private void printStored(PrintWriter out, StoreReading.Counted counted) {
    counted.print(out);
    out.println();
    if (chosen.isEmpty()) {
      printMostAbsent(out);
    } else {
      StoredParticipation.Range range = counted.range();
      out.println("Chosen miners:");
      printLines(out, lines());
      out.println();
      out.println(
          "Timelines ("
              + TIMELINE
              + " cells over "
              + range.size()
              + " instances;"
              + " # signed, . absent, - out of the committee, + mostly signed, : mostly absent,"
              + " ~ mixed):");
      for (ActorId actor : chosen.stream().distinct().toList()) {
        out.printf("  %-12s %s%n", actor.address(), timelines.getOrDefault(actor, ""));
      }
    }
    out.println();
    out.println(ParticipationReport.CAVEAT);
  }

  @Override
  public JsonFields toJson() {
    OptionalLong first = report.firstInstance();
    OptionalLong last = report.lastInstance();
    if (source.stored().isPresent()) {
      first = OptionalLong.of(source.stored().get().range().first());
      last = OptionalLong.of(source.stored().get().range().last());
    }
    return source
        .json(first, last)
        .objects("miners", lines(), this::json)
        .objects("instances", report.instances(), ParticipationResult::json)
        .text("caveat", ParticipationReport.CAVEAT);
  }

  private JsonFields json(MinerParticipation m) {
    return JsonFields.object()
        .text("actor", m.actor().address())
        .number("signed", m.signed())
        .number("absent", m.absent())
        .number("notInCommittee", m.notInCommittee())
        .uint64("firstSigned", m.firstSigned())
        .uint64("lastSigned", m.lastSigned())
        .number("longestAbsence", m.longestAbsence())
        .number("currentAbsence", m.currentAbsence())
        .text("timeline", java.util.Optional.ofNullable(timelines.get(m.actor())));
  }

  private static JsonFields json(InstanceParticipation i) {
    return JsonFields.object()
        .uint64("instance", i.instance())
        .number("signers", i.signers())
        .number("committee", i.committee())
        .number("signedScaledPower", i.signedScaledPower())
        .number("scaledTotal", i.scaledTotal())
        .bool("baseOnly", i.baseOnly());
  }

  /** One CSV line per miner, with a header. */
  static void printCsv(PrintWriter out, List<MinerParticipation> lines) {
    out.println(
        "actor,signed,absent,not_in_committee,rate,first_signed,last_signed,"
            + "current_absence,longest_absence");
    for (MinerParticipation m : lines) {
      out.println(
          String.join(
              ",",
              m.actor().address(),
              Long.toString(m.signed()),
              Long.toString(m.absent()),
              Long.toString(m.notInCommittee()),
              m.inCommittee() == 0 ? "" : String.format(Locale.ROOT, "%.6f", m.rate()),
              unsigned(m.firstSigned()),
              unsigned(m.lastSigned()),
              Long.toString(m.currentAbsence()),
              Long.toString(m.longestAbsence())));
    }
  }

  private static String unsigned(OptionalLong value) {
    return value.isPresent() ? Long.toUnsignedString(value.getAsLong()) : "";
  }

  private void printMostAbsent(PrintWriter out) {
    List<MinerParticipation> top = report.mostAbsent(TOP);
    if (top.isEmpty()) {
      out.println("No committee member was absent.");
    } else {
      out.println("Most absent (of " + report.miners().size() + " miners):");
      printLines(out, top);
    }
  }

  private static String describe(ParticipationReport report) {
    if (report.instanceCount() == 0) {
      return "no instance";
    }
    return "instances "
        + Long.toUnsignedString(report.firstInstance().getAsLong())
        + "–"
        + Long.toUnsignedString(report.lastInstance().getAsLong())
        + " ("
        + report.instanceCount()
        + ")";
  }

  private static void printLines(PrintWriter out, List<MinerParticipation> lines) {
    out.printf(
        "  %-12s %8s %8s %8s %7s %8s %8s %8s%n",
        "miner", "signed", "absent", "out", "rate", "last", "current", "longest");
    for (MinerParticipation m : lines) {
      out.printf(
          "  %-12s %8d %8d %8d %7s %8s %8d %8d%n",
          m.actor().address(),
          m.signed(),
          m.absent(),
          m.notInCommittee(),
          m.inCommittee() == 0 ? "-" : String.format("%.1f%%", 100 * m.rate()),
          m.lastSigned().isPresent() ? Long.toUnsignedString(m.lastSigned().getAsLong()) : "never",
          m.currentAbsence(),
          m.longestAbsence());
    }
  }
}
