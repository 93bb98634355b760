package io.f3console.app.cli;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.history.SessionRecord;
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

  /** Signatures are bound to its F3 network name, and a known network's manifest is checked. */
  @CommandLine.Mixin NetworkOption network;

  @CommandLine.Mixin ThreadsOption threads;

  @CommandLine.Mixin ProgressOptions progress;

  @CommandLine.Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    SessionRecord.Builder session = output.session();
    session.source("snapshot", file.toString());
    SnapshotFile snapshot = SnapshotFile.open(file);
    NetworkSelection selection = network.selection();
    SessionFacts.network(session, selection);
    session.fact("file", snapshot.format() + ", " + snapshot.size() + " bytes");
    if (!snapshot.hasF3Data()) {
      String detail = snapshot.car().orElseThrow().f3DataDetail();
      session.reason("NO_F3_DATA");
      session.summary(file + " holds no F3 data to validate: " + detail);
      output.print(
          new Result(
              snapshot,
              selection,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.of(detail)));
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
    Optional<TrustedValidation> validation = Optional.empty();
    if (scan.passed()) {
      validation = Optional.of(validate(snapshot, selection));
      SessionOutcomes.validation(session, validation.get());
      ValidationResult validated = validation.get().result();
      session.table(
          "committee of instance " + Long.toUnsignedString(validated.nextInstance()),
          Optional.of(validated.nextInstance()),
          validated.powerTable());
    }
    if (validation.isEmpty()) {
      session.trust(trust);
    }
    Result result =
        new Result(
            snapshot,
            selection,
            Optional.of(scan),
            Optional.of(trust),
            validation,
            Optional.empty());
    output.print(result);
    return result.valid() ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
  }

  /**
   * A snapshot validated: go-f3's import checks ({@code scan}), then every certificate ({@code
   * validation}, when the import checks passed); or, for a CAR without F3 data, why there is
   * nothing to validate ({@code noF3Data}).
   */
  record Result(
      SnapshotFile snapshot,
      NetworkSelection selection,
      Optional<SnapshotScan> scan,
      Optional<Trust> trust,
      Optional<TrustedValidation> validation,
      Optional<String> noF3Data)
      implements CommandResult {
    boolean valid() {
      return scan.map(SnapshotScan::passed).orElse(false)
          && validation.map(TrustedValidation::passed).orElse(false);
    }

    @Override
    public void printText(PrintWriter out, PrintWriter err) {
      if (noF3Data.isPresent()) {
        out.println(snapshot.path() + " holds no F3 data to validate: " + noF3Data.get());
        return;
      }
      out.printf(
          "File           %s (%s, %,d bytes)%n",
          snapshot.path(), snapshot.format(), snapshot.size());
      out.println("Network        " + NetworkText.describe(selection));
      scan.orElseThrow().print(out);
      trust.ifPresent(t -> TrustOutput.print(out, t));
      if (validation.isPresent()) {
        ValidationText.printVerdict(out, validation.get());
      } else {
        out.println("Signatures     not checked: the snapshot fails go-f3's import checks");
      }
    }

    @Override
    public JsonFields toJson() {
      JsonFields json =
          JsonFields.object()
              .text("file", snapshot.path().toString())
              .text("format", snapshot.format())
              .text("network", selection.f3NetworkName())
              .bool("valid", valid())
              .bool("f3Data", noF3Data.isEmpty())
              .text("detail", noF3Data);
      scan.ifPresentOrElse(s -> s.addTo(json), () -> SnapshotScan.addAbsent(json));
      return json.object("trust", trust.map(TrustOutput::fields))
          .object("validation", validation.map(v -> ValidationJson.fields(v, selection)));
    }
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
