package io.f3console.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.SessionRecord;
import io.f3console.core.network.NetworkProfiles;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.open.Sources;
import io.f3console.core.sessions.SessionOutcomes;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.ImportExpectations;
import io.f3console.core.source.DataSource;
import io.f3console.core.source.InstanceRange;
import io.f3console.core.source.SourceOptions;
import io.f3console.core.trust.NetworkIdentification;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.trust.TrustedValidation;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code f3console snapshot validate FILE --network NAME}: go-f3's import checks, then full
 * validation of every certificate (signatures included), streaming from the file twice.
 */
@Command(
    name = "validate",
    header = "Validate an F3 snapshot or a Filecoin snapshot CAR completely.",
    mixinStandardHelpOptions = true,
    description = {
      "Validate an F3 snapshot or a Filecoin snapshot CAR completely: first go-f3's import",
      "checks (manifest, continuity, latest instance, power-table CIDs, the F3Data CID), then",
      "every certificate as go-f3's ValidateFinalityCertificates does, BLS signatures included,",
      "from the header's initial power table. Both passes stream: memory stays flat.",
      "The Trust line says whether the header's initial table is the network's.",
      "Exit 0 when valid (from a verified or unverified table), 1 when a check fails, a CAR",
      "holds no F3 data or the chain starts from a table that is not the network's",
      "(UNTRUSTED_POWER_TABLE), 2 on bad input."
    })
final class SnapshotValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "F3 snapshot or CAR file.")
  Path file;

  @Option(
      names = "--network",
      required = true,
      paramLabel = "NAME",
      description =
          "Profile key or F3 network name: signatures are bound to the F3 network"
              + " name, and a known network's manifest is checked.")
  String network;

  @CommandLine.Mixin ThreadsOption threads;

  @CommandLine.Mixin ProgressOptions progress;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    SessionRecord.Builder session = output.session();
    session.source("snapshot", file.toString());
    SnapshotFile snapshot = SnapshotFile.open(file);
    NetworkSelection selection = NetworkProfiles.builtIn().resolveTyped(network);
    SessionFacts.network(session, selection);
    session.fact("file", snapshot.format() + ", " + snapshot.size() + " bytes");
    if (!snapshot.hasF3Data()) {
      String detail = snapshot.car().orElseThrow().f3DataDetail();
      session.reason("NO_F3_DATA");
      session.summary(file + " holds no F3 data to validate: " + detail);
      if (output.json) {
        JsonOutput.print(
            output.out(),
            JsonOutput.object()
                .put("file", file.toString())
                .put("valid", false)
                .put("f3Data", false)
                .put("detail", detail));
      } else {
        output.out().println(file + " holds no F3 data to validate: " + detail);
      }
      return ExitCodes.FOUND_WRONG;
    }
    SnapshotScan scan =
        SnapshotScan.run(
            snapshot,
            selection.profile().map(ImportExpectations::of),
            progress.reporter(output.err(), "checked"));
    scan.record(session);
    F3SnapshotHeader header = scan.check().header();
    Trust trust =
        TrustAssessor.of(selection).table(header.initialPowerTableCid(), header.firstInstance());
    session.summary(scan.summary() + "; signatures not checked");
    Optional<TrustedValidation> result = Optional.empty();
    if (scan.passed()) {
      result = Optional.of(validate(snapshot, selection));
      SessionOutcomes.validation(session, result.get());
      ValidationResult validated = result.get().result();
      session.table(
          "committee of instance " + Long.toUnsignedString(validated.nextInstance()),
          Optional.of(validated.nextInstance()),
          validated.powerTable());
    }
    if (result.isEmpty()) {
      session.trust(trust);
    }
    boolean valid = scan.passed() && result.map(TrustedValidation::passed).orElse(false);
    if (output.json) {
      ObjectNode node = JsonOutput.object();
      node.put("file", file.toString());
      node.put("format", snapshot.format());
      node.put("valid", valid);
      node.setAll(scan.toJson());
      node.set("trust", TrustOutput.json(trust));
      result.ifPresent(r -> node.set("validation", ValidationJson.result(r, selection)));
      JsonOutput.print(output.out(), node);
    } else {
      PrintWriter out = output.out();
      out.printf("File           %s (%s, %,d bytes)%n", file, snapshot.format(), snapshot.size());
      out.println("Network        " + NetworkText.describe(selection));
      scan.print(out);
      TrustOutput.print(out, trust);
      if (result.isPresent()) {
        ValidationText.printVerdict(out, result.get());
      } else {
        out.println("Signatures     not checked: the snapshot fails go-f3's import checks");
      }
    }
    return valid ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
  }

  /** Every certificate from the header's initial table, judged with that table's trust. */
  private TrustedValidation validate(SnapshotFile snapshot, NetworkSelection selection)
      throws Exception {
    ValidatorOptions options = threads.validatorOptions();
    try (DataSource source = Sources.open(snapshot.spec(), SourceOptions.defaults())) {
      InstanceRange range = source.certificateRange();
      PowerTable table = source.initialPowerTable().table();
      Optional<FinalityCertificate> first =
          source.certificates(range.first(), range.first()).next();
      ValidationResult result =
          new CertificateValidator(selection.f3NetworkName(), options)
              .validate(
                  table,
                  range.first(),
                  Optional.empty(),
                  source.certificates(range.first(), range.latest()),
                  progress.reporter(output.err(), "validated"));
      Trust trust = TrustAssessor.of(selection).table(table.cid(), range.first());
      return new TrustedValidation(
          result,
          trust,
          NetworkIdentification.builtIn()
              .identify(selection.f3NetworkName(), result, table, first, trust));
    }
  }
}
