package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.bootstrap.CertificateZeroEvidence;
import io.f3console.core.bootstrap.ReleaseCheckPlan;
import io.f3console.core.bootstrap.ReleaseCheckResult;
import io.f3console.core.bootstrap.ReleaseReport;
import io.f3console.core.bootstrap.SourceEvidence;
import io.f3console.core.cid.Cid;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.rpc.ApiInfo;
import io.f3console.core.sessions.SessionOutcomes;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.source.SourceSpec;
import io.f3console.core.statepower.StateSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code f3console release-check}: whether an initial power-table CID may be baked into a release,
 * from the tables several sources hold and certificate 0.
 */
@Command(
    name = "release-check",
    header = "Confirm a network's initial power-table CID before a release bakes it in.",
    mixinStandardHelpOptions = true,
    description = {
      "Confirm the initial power-table CID of a network before it is baked into a release.",
      "Reads the initial power table from every --source (nodes, snapshots, files), computes",
      "each CID, and validates certificate 0 (from any source that holds it) against each",
      "table. Confirmed only when every table agrees, equals --candidate when given, and",
      "certificate 0 validates. --report writes the evidence as Markdown, with the manifest",
      "fragment setting InitialPowerTable. --network also takes demo, the demo network.",
      "Exit 0 when confirmed, 1 when not, 2 on bad input, 3 when a source cannot be reached."
    })
final class ReleaseCheckCommand implements Callable<Integer> {
  @CommandLine.Mixin NetworkOption network;

  @Option(
      names = "--candidate",
      paramLabel = "CID",
      description = "The CID proposed for the release (default: the one the sources agree on).")
  String candidate;

  @Option(
      names = "--source",
      required = true,
      paramLabel = "SOURCE",
      description =
          "A source of the initial power table or certificate 0; repeat it."
              + " file:PATH, f3snap:PATH, car:PATH, rpc:URL, demo:healthy, or a plain path.")
  List<String> sources;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Write the Markdown report to FILE (overwritten).")
  Path report;

  @CommandLine.Mixin NodeAccessOptions node;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    NetworkProfile profile = ReleaseCheckPlan.network(network.network);
    Optional<Cid> proposed =
        candidate == null ? Optional.empty() : Optional.of(Cid.fromString(candidate));
    SessionRecord.Builder session = output.session();
    session.network(profile.key());
    ReleaseCheckPlan plan = ReleaseCheckPlan.of(profile, proposed, sources);
    List<String> specs = plan.sources();
    for (int i = 0; i < specs.size(); i++) {
      session.source("source " + (i + 1), specs.get(i));
    }
    ReleaseCheckPlan.Run run = plan.run(this::optionsFor);
    run.tables()
        .forEach(
            (source, table) ->
                session.table(
                    "initial power table from " + source,
                    Optional.of(table.instance()),
                    table.table()));
    ReleaseCheckResult result = run.result();
    String markdown = ReleaseReport.markdown(result);
    if (report != null) {
      try {
        Files.writeString(report, markdown, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new F3Exception(
            report + ": cannot write the report (" + e.getClass().getSimpleName() + ")", e);
      }
    }
    SessionOutcomes.releaseCheck(session, result);
    if (report != null) {
      session.fact("report written", report.toString());
    }
    output.print(new Result(result, Optional.ofNullable(report)));
    return result.confirmed() ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
  }

  /** The verdict on a candidate CID, with the evidence of every source and the report written. */
  record Result(ReleaseCheckResult result, Optional<Path> report) implements CommandResult {
    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      for (SourceEvidence source : result.sources()) {
        out.println(
            source.source()
                + ": "
                + source
                    .tableCid()
                    .map(cid -> cid + " (" + source.entries().orElseThrow() + " entries)")
                    .orElse("certificates only")
                + "; certificate 0 "
                + ReleaseReport.zeroSummary(source.certificateZero()));
      }
      out.println(
          "Trust: "
              + result
                  .trust()
                  .map(TrustOutput::line)
                  .orElse("none: the sources agree on no table"));
      out.println(result.verdict() + result.agreedCid().map(cid -> " " + cid).orElse(""));
      if (!result.distrusted().isEmpty()) {
        out.println("distrust: " + String.join(", ", result.distrusted()));
      }
      result.remedy().ifPresent(remedy -> out.println("remedy: " + remedy));
      report.ifPresent(file -> err.println("report written to " + file));
    }

    @Override
    public JsonFields toJson() {
      return JsonFields.object()
          .text("network", result.profile().key())
          .text("f3NetworkName", result.profile().f3NetworkName())
          .uint64("initialInstance", result.profile().initialInstance())
          .text("verdict", result.verdict().name())
          .bool("confirmed", result.confirmed())
          .cid("agreedCid", result.agreedCid())
          .cid("candidate", result.candidate())
          .object("trust", result.trust().map(TrustOutput::fields))
          .objects("sources", result.sources(), Result::source)
          .strings("findings", result.findings())
          .strings("distrusted", result.distrusted())
          .text("remedy", result.remedy())
          .text("report", report.map(Path::toString));
    }

    private static JsonFields source(SourceEvidence source) {
      return JsonFields.object()
          .text("source", source.source())
          .cid("tableCid", source.tableCid())
          .number("entries", source.entries())
          .uint64("instance", source.instance())
          .text("origin", source.tableOrigin())
          .object("certificateZero", zero(source.certificateZero()));
    }

    private static JsonFields zero(CertificateZeroEvidence zero) {
      return JsonFields.object()
          .text("status", zero.status().name())
          .text("from", zero.certificateSource())
          .text("reason", zero.reason().map(Enum::name))
          .text("message", zero.message())
          .number("signers", zero.signers())
          .number("signerScaledPower", zero.signerScaledPower())
          .number("scaledTotal", zero.scaledTotal())
          .number("threshold", zero.threshold())
          .epoch("baseEpoch", zero.baseEpoch())
          .cid("basePowerTableCid", zero.basePowerTableCid())
          .cid("nextPowerTableCid", zero.nextPowerTableCid());
    }
  }

  private SourceOptions optionsFor(SourceSpec spec) throws F3Exception {
    Optional<String> url = StateSource.nodeUrl(spec);
    return url.isPresent()
        ? node.optionsFor(ApiInfo.endpoint(url.get(), "source " + spec), node.apiInfo())
        : SourceOptions.defaults();
  }
}
