package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.participation.MissingPower;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.store.StoredParticipation;
import io.f3console.core.validation.ValidationListener;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code f3console participation missing}: the committee members who did not sign one instance, or
 * the last N, ranked by the scaled power they left out.
 */
@Command(
    name = "missing",
    header = "Whom to call: the committee members who did not sign an instance's certificate.",
    mixinStandardHelpOptions = true,
    description = {
      "Whom to call: the committee members who did not sign the certificate of one instance",
      "(--instance) or of the last N validated (--last), most missing scaled power first.",
      "CERTS and TABLE as for participation; the certificates are validated with signatures.",
      "With --store, from the certificate store: --last N takes the newest N stored.",
      "Exit 0 when they are valid, 1 at an invalid one, 2 on bad input (also an instance that",
      "CERTS does not reach), 3 when a node cannot be reached."
    })
final class ParticipationMissingCommand extends ParticipationOptions implements Callable<Integer> {

  @ArgGroup(exclusive = true, multiplicity = "1")
  Which which;

  static final class Which {
    @Option(names = "--instance", paramLabel = "N", description = "One instance.")
    Long instance;

    @Option(names = "--last", paramLabel = "N", description = "The last N validated instances.")
    Integer last;
  }

  @Override
  public Integer call() throws Exception {
    if (which.last != null && which.last < 1) {
      throw new F3Exception("--last must be at least 1, got " + which.last);
    }
    if (fromStore()) {
      return fromTheStore();
    }
    MissingPower.Collector collector =
        new MissingPower.Collector(which.last != null ? which.last : 1);
    Validated run =
        validate(first -> listener(collector, first), Optional.ofNullable(which.instance));
    boolean passed = run.judged().passed();
    if (collector.size() == 0) {
      if (passed) {
        throw new F3Exception(
            which.instance != null
                ? "instance "
                    + Long.toUnsignedString(which.instance)
                    + " is not among the"
                    + " certificates of "
                    + run.source()
                : run.source() + " holds no certificate to look at");
      }
      ValidationText.printVerdict(output.out(), run.judged());
      output.out().println("No certificate was valid to look at.");
      return ExitCodes.FOUND_WRONG;
    }
    MissingPower missing = collector.result();
    if (output.json) {
      JsonOutput.print(output.out(), json(run, missing));
    } else if (csv) {
      printCsv(output.out(), missing);
    } else {
      printText(output.out(), run, missing);
    }
    return passed ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
  }

  private int fromTheStore() throws Exception {
    if (from != null || to != null) {
      throw new F3Exception(
          "with --store, choose the instances with --instance or --last," + " not --from/--to");
    }
    try (StoreReading whole = openStore()) {
      StoredParticipation.Range stored = whole.range();
      StoredParticipation.Range range;
      if (which.instance != null) {
        if (which.instance < stored.first() || which.instance > stored.last()) {
          throw new F3Exception(
              "instance "
                  + Long.toUnsignedString(which.instance)
                  + " is not"
                  + " in the store, which holds instances "
                  + Long.toUnsignedString(stored.first())
                  + "–"
                  + Long.toUnsignedString(stored.last()));
        }
        range = new StoredParticipation.Range(which.instance, which.instance);
      } else {
        range =
            new StoredParticipation.Range(
                Math.max(stored.first(), stored.last() - which.last + 1), stored.last());
      }
      MissingPower missing = whole.participation().missing(range);
      long unchecked = whole.unchecked();
      boolean verified = whole.verified();
      output
          .session()
          .summary(
              missing.absentees().size()
                  + " absent over "
                  + range.size()
                  + " stored instances"
                  + (verified ? "" : " (unverified)"));
      if (output.json) {
        ObjectNode node = JsonOutput.object();
        node.put("network", whole.trust().network());
        node.put("store", whole.file().toString());
        node.put("firstInstance", missing.firstInstance());
        node.put("lastInstance", missing.lastInstance());
        node.put("verified", verified);
        node.put("valid", true);
        node.put("uncheckedSignatures", unchecked);
        node.set("trust", TrustOutput.json(whole.trust()));
        absentees(node, missing);
        node.put("caveat", ParticipationReport.CAVEAT);
        JsonOutput.print(output.out(), node);
      } else if (csv) {
        printCsv(output.out(), missing);
      } else {
        PrintWriter out = output.out();
        whole.print(out);
        printAbsentees(out, missing);
      }
      return ExitCodes.OK;
    }
  }

  private static void printCsv(PrintWriter out, MissingPower missing) {
    out.println("actor,missed_scaled_power,instances_missed,last_scaled_power");
    for (MissingPower.Absentee a : missing.absentees()) {
      out.println(
          a.actor().address()
              + ","
              + a.missedScaledPower()
              + ","
              + a.instancesMissed()
              + ","
              + a.lastScaledPower());
    }
  }

  private static void absentees(ObjectNode node, MissingPower missing) {
    ArrayNode absent = node.putArray("absent");
    for (MissingPower.Absentee a : missing.absentees()) {
      ObjectNode line = absent.addObject();
      line.put("actor", a.actor().address());
      line.put("missedScaledPower", a.missedScaledPower());
      line.put("instancesMissed", a.instancesMissed());
      line.put("lastScaledPower", a.lastScaledPower());
    }
  }

  private ValidationListener listener(MissingPower.Collector collector, PowerTable first) {
    ValidationListener keep = collector.listener(first);
    if (which.instance == null) {
      return keep;
    }
    long wanted = which.instance;
    return new ValidationListener() {
      private PowerTable committee = first;

      @Override
      public void validated(FinalityCertificate certificate, PowerTable nextTable) {
        if (certificate.instance() == wanted) {
          collector.add(certificate, committee);
        }
        committee = nextTable;
      }
    };
  }

  private static ObjectNode json(Validated run, MissingPower missing) {
    ObjectNode node = JsonOutput.object();
    node.put("network", run.selection().f3NetworkName());
    node.put("firstInstance", missing.firstInstance());
    node.put("lastInstance", missing.lastInstance());
    node.put("verified", run.judged().start().isVerified());
    node.put("valid", run.judged().result().failure().isEmpty());
    absentees(node, missing);
    node.put("caveat", ParticipationReport.CAVEAT);
    return node;
  }

  private static void printText(PrintWriter out, Validated run, MissingPower missing) {
    out.println("Network        " + NetworkText.describe(run.selection()));
    TrustOutput.print(out, run.judged().start());
    ValidationText.printVerdict(out, run.judged());
    printAbsentees(out, missing);
  }

  private static void printAbsentees(PrintWriter out, MissingPower missing) {
    String range =
        missing.firstInstance() == missing.lastInstance()
            ? "instance " + Long.toUnsignedString(missing.firstInstance())
            : "instances "
                + Long.toUnsignedString(missing.firstInstance())
                + "–"
                + Long.toUnsignedString(missing.lastInstance());
    out.println();
    out.println(
        "Absent at "
            + range
            + ", most missing scaled power first ("
            + missing.absentees().size()
            + "):");
    out.printf("  %-12s %14s %8s%n", "miner", "scaled power", "missed");
    for (MissingPower.Absentee a : missing.absentees()) {
      out.printf(
          "  %-12s %14d %8d%n", a.actor().address(), a.missedScaledPower(), a.instancesMissed());
    }
    out.println();
    out.println(ParticipationReport.CAVEAT);
  }
}
