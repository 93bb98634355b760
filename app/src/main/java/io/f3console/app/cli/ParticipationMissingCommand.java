package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.participation.MissingPower;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.store.StoredParticipation;
import io.f3console.core.validation.ValidationListener;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
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
      output.print(new Result(ParticipationSource.of(run), Optional.empty(), csv));
      return ExitCodes.FOUND_WRONG;
    }
    output.print(new Result(ParticipationSource.of(run), Optional.of(collector.result()), csv));
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
      output
          .session()
          .summary(
              missing.absentees().size()
                  + " absent over "
                  + range.size()
                  + " stored instances"
                  + (whole.verified() ? "" : " (unverified)"));
      output.print(new Result(ParticipationSource.of(whole.counted()), Optional.of(missing), csv));
      return ExitCodes.OK;
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

  /**
   * The committee members who did not sign, ranked by the scaled power they left out, over the
   * instances looked at; none looked at when no certificate was valid.
   *
   * @param source where the certificates come from
   * @param missing the absentees, when some certificate was looked at
   * @param csv whether the text form is CSV
   */
  record Result(ParticipationSource source, Optional<MissingPower> missing, boolean csv)
      implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      if (csv && missing.isPresent()) {
        printCsv(out, missing.get());
        return;
      }
      if (source.validated().isPresent()) {
        Validated run = source.validated().get();
        if (missing.isEmpty()) {
          ValidationText.printVerdict(out, run.judged());
          out.println("No certificate was valid to look at.");
          return;
        }
        out.println("Network        " + NetworkText.describe(run.selection()));
        TrustOutput.print(out, run.judged().start());
        ValidationText.printVerdict(out, run.judged());
      } else {
        source.printStore(out);
      }
      printAbsentees(out, missing.orElseThrow());
    }

    @Override
    public JsonFields toJson() {
      OptionalLong first =
          missing.map(m -> OptionalLong.of(m.firstInstance())).orElse(OptionalLong.empty());
      OptionalLong last =
          missing.map(m -> OptionalLong.of(m.lastInstance())).orElse(OptionalLong.empty());
      return source
          .json(first, last)
          .objects(
              "absent",
              missing.map(MissingPower::absentees).orElse(List.of()),
              a ->
                  JsonFields.object()
                      .text("actor", a.actor().address())
                      .number("missedScaledPower", a.missedScaledPower())
                      .number("instancesMissed", a.instancesMissed())
                      .number("lastScaledPower", a.lastScaledPower()))
          .text("caveat", ParticipationReport.CAVEAT);
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
}
