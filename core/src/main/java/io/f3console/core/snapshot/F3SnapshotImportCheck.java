package io.f3console.core.snapshot;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.InvalidPowerDeltaException;
import io.f3console.core.certs.PowerTableDeltas;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.validation.Detail;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks go-f3 makes when it imports an F3 snapshot ({@code
 * certstore.ImportSnapshotToDatastore}), in its order and with its messages, as data:
 *
 * <ol>
 *   <li>with a manifest: the header's first instance is the manifest's initial instance, and the
 *       header's table hashes to the manifest's initial power-table CID when it pins one;
 *   <li>certificate by certificate: the instance is the next one, it is not after the header's
 *       latest instance, its delta applies ({@code ApplyPowerTableDiffs} rules), and whenever
 *       {@code (instance + 1) mod 1440 == 0} the rebuilt table hashes to the certificate's {@code
 *       SupplementalData.PowerTable};
 *   <li>at the end: there was a certificate, the last is the header's latest instance, and the
 *       final table hashes to the last certificate's {@code SupplementalData.PowerTable}.
 * </ol>
 *
 * <p>Like go-f3, it checks no signature, quorum, base or chain: that is {@code
 * CertificateValidator}'s work. The version is not checked either. Unreadable bytes are exceptions;
 * every other problem is an {@link ImportCheckResult}.
 */
public final class F3SnapshotImportCheck {
  /** go-f3's default power-table frequency: one day of instances, 60 × 24. */
  public static final long POWER_TABLE_FREQUENCY = 60 * 24;

  /** Told how far the check has got. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (certificates, instance) -> {};

    void certificateRead(long certificates, long instance);
  }

  private final Optional<ImportExpectations> manifest;
  private final long powerTableFrequency;

  /** go-f3's check, with the manifest's expectations if a manifest is known. */
  public F3SnapshotImportCheck(Optional<ImportExpectations> manifest) {
    this(manifest, POWER_TABLE_FREQUENCY);
  }

  /** With another power-table frequency, as go-f3's tests use. */
  public F3SnapshotImportCheck(Optional<ImportExpectations> manifest, long powerTableFrequency) {
    this.manifest = Objects.requireNonNull(manifest, "manifest");
    if (powerTableFrequency < 1) {
      throw new IllegalArgumentException("the power-table frequency must be positive");
    }
    this.powerTableFrequency = powerTableFrequency;
  }

  /**
   * Reads the rest of the snapshot and checks it. Stops at the first problem, as go-f3 does.
   *
   * @throws F3Exception if the bytes cannot be read as a snapshot
   */
  public ImportCheckResult check(F3SnapshotReader reader, Progress progress) throws F3Exception {
    return new Run(reader.header(), progress).run(reader);
  }

  /** The state of one check. */
  private final class Run {
    private final F3SnapshotHeader header;
    private final Progress progress;
    private PowerTable table;
    private FinalityCertificate last;
    private long certificates;
    private long checks;

    Run(F3SnapshotHeader header, Progress progress) {
      this.header = header;
      this.progress = progress;
      this.table = header.initialPowerTable();
    }

    ImportCheckResult run(F3SnapshotReader reader) throws F3Exception {
      Optional<ImportCheckResult> manifestProblem = checkManifest();
      if (manifestProblem.isPresent()) {
        return manifestProblem.get();
      }
      for (long instance = header.firstInstance(); ; instance++) {
        Optional<FinalityCertificate> next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        FinalityCertificate certificate = next.get();
        last = certificate;
        certificates++;
        Optional<ImportCheckResult> problem = checkCertificate(certificate, instance);
        if (problem.isPresent()) {
          return problem.get();
        }
        progress.certificateRead(certificates, instance);
      }
      if (last == null) {
        return fail(
            ImportProblem.NO_CERTIFICATES, "no certificate is found in the snapshot", List.of());
      }
      if (last.instance() != header.latestInstance()) {
        return fail(
            ImportProblem.LATEST_INSTANCE_MISMATCH,
            "extracted latest instance "
                + unsigned(last.instance())
                + ", but "
                + unsigned(header.latestInstance())
                + " is expected",
            List.of(
                Detail.of("lastInstance", unsigned(last.instance())),
                Detail.of("latestInstance", unsigned(header.latestInstance()))));
      }
      Optional<ImportCheckResult> finalProblem = checkTable(last);
      if (finalProblem.isPresent()) {
        return finalProblem.get();
      }
      return result(
          Optional.empty(), "", List.of(), Optional.of(table.cid()), reader.snapshotCid());
    }

    private Optional<ImportCheckResult> checkManifest() {
      if (manifest.isEmpty()) {
        return Optional.empty();
      }
      ImportExpectations expected = manifest.get();
      if (expected.initialInstance() != header.firstInstance()) {
        return Optional.of(
            fail(
                ImportProblem.INITIAL_INSTANCE_MISMATCH,
                "F3 initial instance in the snapshot("
                    + unsigned(header.firstInstance())
                    + ") does not match that in the manifest("
                    + unsigned(expected.initialInstance())
                    + ")",
                List.of(
                    Detail.of("snapshotInstance", unsigned(header.firstInstance())),
                    Detail.of("manifestInstance", unsigned(expected.initialInstance())))));
      }
      Cid snapshotCid = header.initialPowerTableCid();
      if (expected.initialPowerTableCid().isPresent()
          && !expected.initialPowerTableCid().get().equals(snapshotCid)) {
        Cid manifestCid = expected.initialPowerTableCid().get();
        return Optional.of(
            fail(
                ImportProblem.INITIAL_POWER_TABLE_MISMATCH,
                "F3 initial power table CID in the snapshot("
                    + snapshotCid
                    + ") does not match that in the manifest("
                    + manifestCid
                    + ")",
                List.of(
                    Detail.of("snapshotCid", snapshotCid), Detail.of("manifestCid", manifestCid))));
      }
      return Optional.empty();
    }

    private Optional<ImportCheckResult> checkCertificate(
        FinalityCertificate certificate, long instance) {
      if (certificate.instance() != instance) {
        return Optional.of(
            fail(
                ImportProblem.CERTIFICATE_MISSING,
                "the certificate of instance " + unsigned(instance) + " is missing",
                List.of(
                    Detail.of("instance", unsigned(instance)),
                    Detail.of("found", unsigned(certificate.instance())),
                    Detail.of("block", certificates))));
      }
      if (Long.compareUnsigned(instance, header.latestInstance()) > 0) {
        return Optional.of(
            fail(
                ImportProblem.CERTIFICATE_AFTER_LATEST,
                "certificate of instance "
                    + unsigned(instance)
                    + " is found, expected latest instance "
                    + unsigned(header.latestInstance()),
                List.of(
                    Detail.of("instance", unsigned(instance)),
                    Detail.of("latestInstance", unsigned(header.latestInstance())))));
      }
      try {
        table = PowerTableDeltas.apply(table, certificate.powerTableDelta());
      } catch (InvalidPowerDeltaException e) {
        return Optional.of(
            fail(
                ImportProblem.INVALID_POWER_DELTA,
                e.getMessage(),
                List.of(
                    Detail.of("instance", unsigned(instance)), Detail.of("problem", e.problem()))));
      }
      if (Long.remainderUnsigned(certificate.instance() + 1, powerTableFrequency) == 0) {
        checks++;
        return checkTable(certificate);
      }
      return Optional.empty();
    }

    private Optional<ImportCheckResult> checkTable(FinalityCertificate certificate) {
      Cid computed = table.cid();
      Optional<Cid> expected = certificate.supplementalData().powerTable();
      if (expected.isPresent() && expected.get().equals(computed)) {
        return Optional.empty();
      }
      String expectedText = expected.map(Cid::toString).orElse("(undefined)");
      return Optional.of(
          fail(
              ImportProblem.POWER_TABLE_MISMATCH,
              "new power table differs from expected power table: "
                  + computed
                  + " != "
                  + expectedText,
              List.of(
                  Detail.of("instance", unsigned(certificate.instance())),
                  Detail.of("computedCid", computed),
                  Detail.of("expectedCid", expectedText))));
    }

    private ImportCheckResult fail(ImportProblem problem, String message, List<Detail> details) {
      return result(Optional.of(problem), message, details, Optional.empty(), Optional.empty());
    }

    private ImportCheckResult result(
        Optional<ImportProblem> problem,
        String message,
        List<Detail> details,
        Optional<Cid> finalCid,
        Optional<Cid> snapshotCid) {
      Optional<Long> lastInstance = Optional.ofNullable(last).map(FinalityCertificate::instance);
      return new ImportCheckResult(
          header,
          problem,
          message,
          details,
          certificates,
          lastInstance,
          finalCid,
          checks,
          snapshotCid);
    }
  }

  private static String unsigned(long value) {
    return Long.toUnsignedString(value);
  }
}
