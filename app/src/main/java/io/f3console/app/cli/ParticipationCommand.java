package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.participation.InstanceParticipation;
import io.f3console.core.participation.MinerParticipation;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.participation.ParticipationTally;
import io.f3console.core.validation.ValidationResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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
    mixinStandardHelpOptions = true,
    subcommands = ParticipationMissingCommand.class,
    description = {
        "Count who signed each certificate: per miner signed, absent (in the committee, did not",
        "sign), not in the committee, first and last instance signed, the current and longest",
        "absence streak; per instance signers, committee size and signed scaled power. The",
        "certificates are validated with their signatures as by certs validate, from the same",
        "CERTS and TABLE. A certificate carries the signatures its node had at quorum, so one",
        "missing signature proves nothing; rates over many instances do.",
        "Exit 0 when every certificate is valid, 1 at the first invalid one (counted up to it),",
        "2 on bad input, 3 when a node cannot be reached."
    })
final class ParticipationCommand extends ParticipationOptions implements Callable<Integer> {
  /** How many of the most absent miners the text shows. */
  static final int TOP = 10;

  @Option(names = "--miner", paramLabel = "ACTOR",
      description = "A miner to show (f0…, or its ID); repeatable.")
  List<String> miners = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    List<ActorId> chosen = new ArrayList<>();
    for (String miner : miners) {
      try {
        chosen.add(ActorId.parse(miner));
      } catch (IllegalArgumentException e) {
        throw new io.f3console.core.F3Exception("--miner " + miner + " is not an actor ID: "
            + e.getMessage());
      }
    }
    ParticipationTally tally = new ParticipationTally();
    Validated run = validate(tally::listener, Optional.empty());
    ParticipationReport report = tally.report();
    if (output.json) {
      JsonOutput.print(output.out(), json(run, report, chosen));
    } else {
      printText(output.out(), run, report, chosen);
    }
    return run.judged().passed() ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
  }

  private static MinerParticipation lineOf(ParticipationReport report, ActorId actor) {
    return report.miner(actor).orElseGet(() -> new MinerParticipation(actor, 0, 0,
        report.instanceCount(), OptionalLong.empty(), OptionalLong.empty(), 0, 0));
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
    ArrayNode miners = node.putArray("miners");
    List<MinerParticipation> lines = chosen.isEmpty() ? report.miners()
        : chosen.stream().map(actor -> lineOf(report, actor)).toList();
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
    node.put("caveat", ParticipationReport.CAVEAT);
    return node;
  }

  private static void printText(PrintWriter out, Validated run, ParticipationReport report,
      List<ActorId> chosen) {
    out.println("Network        " + NetworkText.describe(run.selection()));
    TrustOutput.print(out, run.judged().start());
    out.println("Certificates   " + run.source() + ", " + run.read() + " read");
    out.println("Counted        " + describe(report));
    ValidationText.printVerdict(out, run.judged());
    if (run.judged().result().failure().isPresent()) {
      out.println("Participation is counted up to the invalid certificate, not past it.");
    }
    out.println();
    List<MinerParticipation> top = report.mostAbsent(TOP);
    if (top.isEmpty()) {
      out.println("No committee member was absent.");
    } else {
      out.println("Most absent (of " + report.miners().size() + " miners):");
      printLines(out, top);
    }
    if (!chosen.isEmpty()) {
      out.println();
      out.println("Chosen miners:");
      printLines(out, chosen.stream().map(actor -> lineOf(report, actor)).toList());
    }
    out.println();
    out.println(ParticipationReport.CAVEAT);
  }

  private static String describe(ParticipationReport report) {
    if (report.instanceCount() == 0) {
      return "no instance";
    }
    return "instances " + Long.toUnsignedString(report.firstInstance().getAsLong()) + "–"
        + Long.toUnsignedString(report.lastInstance().getAsLong()) + " ("
        + report.instanceCount() + ")";
  }

  private static void printLines(PrintWriter out, List<MinerParticipation> lines) {
    out.printf("  %-12s %8s %8s %8s %7s %8s %8s %8s%n", "miner", "signed", "absent", "out",
        "rate", "last", "current", "longest");
    for (MinerParticipation m : lines) {
      out.printf("  %-12s %8d %8d %8d %7s %8s %8d %8d%n", m.actor().address(), m.signed(),
          m.absent(), m.notInCommittee(),
          m.inCommittee() == 0 ? "-" : String.format("%.1f%%", 100 * m.rate()),
          m.lastSigned().isPresent() ? Long.toUnsignedString(m.lastSigned().getAsLong()) : "never",
          m.currentAbsence(), m.longestAbsence());
    }
  }
}
