package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.participation.InstanceParticipation;
import io.f3console.core.participation.MinerParticipation;
import io.f3console.core.participation.MinerTimeline;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.participation.ParticipationTally;
import io.f3console.core.store.StoredParticipation;
import io.f3console.core.validation.ValidationResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code f3console participation}: who signed the certificates, miner by miner and instance by
 * instance, counted while the certificates are validated with their signatures.
 */
@Command(
    name = "participation",
    header = "Count who signed each certificate, per miner and per instance.",
    mixinStandardHelpOptions = true,
    description = {
      "Count who signed each certificate: per miner signed, absent (in the committee, did not",
      "sign), not in the committee, first and last instance signed, the current and longest",
      "absence streak; per instance signers, committee size and signed scaled power. The",
      "certificates are validated with their signatures as by certs validate, from the same",
      "CERTS and TABLE. A certificate carries the signatures its node had at quorum, so one",
      "missing signature proves nothing; rates over many instances do.",
      "With --store, read a certificate store (filled by certs sync) instead: nothing is",
      "fetched or validated again, any stored range can be asked, and the output says whether",
      "the counts are verified (a verified start table and every signature checked).",
      "Exit 0 when every certificate is valid, 1 at the first invalid one (counted up to it),",
      "2 on bad input, 3 when a node cannot be reached."
    })
final class ParticipationCommand extends ParticipationOptions implements Callable<Integer> {
  /** How many of the most absent miners the text shows. */
  static final int TOP = 10;

  /** Cells of a chosen miner's compact timeline. */
  static final int TIMELINE = 60;

  @Option(
      names = "--miner",
      paramLabel = "ACTOR",
      description = "A miner to show (f0…, or its ID); repeatable.")
  List<String> miners = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    List<ActorId> chosen = new ArrayList<>();
    for (String miner : miners) {
      try {
        chosen.add(ActorId.parse(miner));
      } catch (IllegalArgumentException e) {
        throw new io.f3console.core.F3Exception(
            "--miner " + miner + " is not an actor ID: " + e.getMessage());
      }
    }
    if (fromStore()) {
      return fromTheStore(chosen);
    }
    ParticipationTally tally = new ParticipationTally();
    Validated run = validate(tally::listener, Optional.empty());
    ParticipationReport report = tally.report();
    if (output.json) {
      JsonOutput.print(output.out(), json(run, report, chosen));
    } else if (csv) {
      printCsv(output.out(), report.miners());
    } else {
      printText(output.out(), run, report, chosen);
    }
    return run.judged().passed() ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
  }

  private static MinerParticipation lineOf(ParticipationReport report, ActorId actor) {
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

  static ObjectNode json(Validated run, ParticipationReport report, List<ActorId> chosen) {
    ValidationResult result = run.judged().result();
    ObjectNode node = JsonOutput.object();
    node.put("network", run.selection().f3NetworkName());
    CliJson.putOptional(node, "firstInstance", report.firstInstance());
    CliJson.putOptional(node, "lastInstance", report.lastInstance());
    node.put("verified", run.judged().start().isVerified());
    node.put("valid", result.failure().isEmpty());
    if (result.failure().isPresent()) {
      node.put("failedInstance", Long.toUnsignedString(result.failure().get().instance()));
      node.put("reason", result.failure().get().reason().name());
    } else {
      node.putNull("failedInstance");
      node.putNull("reason");
    }
    List<MinerParticipation> lines =
        chosen.isEmpty()
            ? report.miners()
            : chosen.stream().map(actor -> lineOf(report, actor)).toList();
    body(node, report, lines, Map.of());
    node.put("caveat", ParticipationReport.CAVEAT);
    return node;
  }

  /** The miners' and instances' arrays every --json output of participation carries. */
  static void body(
      ObjectNode node,
      ParticipationReport report,
      List<MinerParticipation> lines,
      Map<ActorId, String> timelines) {
    ArrayNode miners = node.putArray("miners");
    for (MinerParticipation m : lines) {
      ObjectNode line = miners.addObject();
      line.put("actor", m.actor().address());
      line.put("signed", m.signed());
      line.put("absent", m.absent());
      line.put("notInCommittee", m.notInCommittee());
      CliJson.putOptional(line, "firstSigned", m.firstSigned());
      CliJson.putOptional(line, "lastSigned", m.lastSigned());
      line.put("longestAbsence", m.longestAbsence());
      line.put("currentAbsence", m.currentAbsence());
      if (timelines.containsKey(m.actor())) {
        line.put("timeline", timelines.get(m.actor()));
      }
    }
    ArrayNode instances = node.putArray("instances");
    for (InstanceParticipation i : report.instances()) {
      ObjectNode line = instances.addObject();
      line.put("instance", i.instance());
      line.put("signers", i.signers());
      line.put("committee", i.committee());
      line.put("signedScaledPower", i.signedScaledPower());
      line.put("scaledTotal", i.scaledTotal());
      line.put("baseOnly", i.baseOnly());
    }
  }

  private int fromTheStore(List<ActorId> chosen) throws Exception {
    try (StoreReading reading = openStore()) {
      StoredParticipation stored = reading.participation();
      StoredParticipation.Range range = reading.range();
      Map<ActorId, String> timelines = new LinkedHashMap<>();
      ParticipationReport report;
      if (chosen.isEmpty()) {
        report = stored.report(range);
      } else {
        List<MinerParticipation> lines = new ArrayList<>();
        for (ActorId actor : chosen) {
          MinerTimeline timeline = stored.miner(actor, range);
          lines.add(timeline.summary());
          timelines.put(actor, compact(timeline));
        }
        report = ParticipationReport.of(lines, stored.instances(range));
      }
      List<MinerParticipation> lines =
          chosen.isEmpty()
              ? report.miners()
              : chosen.stream().map(actor -> lineOf(report, actor)).toList();
      output
          .session()
          .summary(
              "Participation over "
                  + range.size()
                  + " stored instances"
                  + (reading.verified() ? "" : " (unverified)"));
      if (output.json) {
        ObjectNode node = JsonOutput.object();
        node.put("network", reading.trust().network());
        node.put("store", reading.file().toString());
        node.put("firstInstance", range.first());
        node.put("lastInstance", range.last());
        node.put("verified", reading.verified());
        node.put("valid", true);
        node.put("uncheckedSignatures", reading.unchecked());
        node.set("trust", TrustOutput.json(reading.trust()));
        body(node, report, lines, timelines);
        node.put("caveat", ParticipationReport.CAVEAT);
        JsonOutput.print(output.out(), node);
      } else if (csv) {
        printCsv(output.out(), lines);
      } else {
        PrintWriter out = output.out();
        reading.print(out);
        out.println();
        if (chosen.isEmpty()) {
          printMostAbsent(out, report);
        } else {
          out.println("Chosen miners:");
          printLines(out, lines);
          out.println();
          out.println(
              "Timelines ("
                  + TIMELINE
                  + " cells over "
                  + range.size()
                  + " instances;"
                  + " # signed, . absent, - out of the committee, + mostly signed, : mostly absent,"
                  + " ~ mixed):");
          timelines.forEach((actor, line) -> out.printf("  %-12s %s%n", actor.address(), line));
        }
        out.println();
        out.println(ParticipationReport.CAVEAT);
      }
      return ExitCodes.OK;
    }
  }

  /**
   * A timeline in {@link #TIMELINE} characters, each an equal stretch: {@code #} all signed, {@code
   * .} all absent, {@code -} all out of the committee, {@code +} mostly signed, {@code :} mostly
   * absent, {@code ~} mixed.
   */
  static String compact(MinerTimeline timeline) {
    StringBuilder line = new StringBuilder(TIMELINE);
    for (MinerTimeline.StripBucket b : timeline.strip(0, timeline.size(), TIMELINE)) {
      int n = b.signed() + b.absent() + b.out();
      if (b.signed() == n) {
        line.append('#');
      } else if (b.absent() == n) {
        line.append('.');
      } else if (b.out() == n) {
        line.append('-');
      } else if (b.signed() > b.absent() && b.signed() * 2 >= n) {
        line.append('+');
      } else if (b.absent() >= b.signed() && b.absent() * 2 >= n) {
        line.append(':');
      } else {
        line.append('~');
      }
    }
    return line.toString();
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
              m.inCommittee() == 0 ? "" : String.format(java.util.Locale.ROOT, "%.6f", m.rate()),
              unsigned(m.firstSigned()),
              unsigned(m.lastSigned()),
              Long.toString(m.currentAbsence()),
              Long.toString(m.longestAbsence())));
    }
  }

  private static String unsigned(OptionalLong value) {
    return value.isPresent() ? Long.toUnsignedString(value.getAsLong()) : "";
  }

  private static void printText(
      PrintWriter out, Validated run, ParticipationReport report, List<ActorId> chosen) {
    out.println("Network        " + NetworkText.describe(run.selection()));
    TrustOutput.print(out, run.judged().start());
    out.println("Certificates   " + run.source() + ", " + run.read() + " read");
    out.println("Counted        " + describe(report));
    ValidationText.printVerdict(out, run.judged());
    if (run.judged().result().failure().isPresent()) {
      out.println("Participation is counted up to the invalid certificate, not past it.");
    }
    out.println();
    printMostAbsent(out, report);
    if (!chosen.isEmpty()) {
      out.println();
      out.println("Chosen miners:");
      printLines(out, chosen.stream().map(actor -> lineOf(report, actor)).toList());
    }
    out.println();
    out.println(ParticipationReport.CAVEAT);
  }

  private static void printMostAbsent(PrintWriter out, ParticipationReport report) {
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
