package io.f3console.core.bootstrap;

import io.f3console.core.F3Exception;
import io.f3console.core.cid.Cid;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.snapshot.CarSnapshot;
import io.f3console.core.snapshot.F3SnapshotHeader;
import io.f3console.core.snapshot.F3SnapshotImportCheck;
import io.f3console.core.snapshot.F3SnapshotReader;
import io.f3console.core.snapshot.ImportCheckResult;
import io.f3console.core.snapshot.ImportExpectations;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.ValidationFailure;
import io.f3console.core.validation.ValidationListener;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The doctor for a Filecoin snapshot CAR (FRC-0108): is it v2 with F3 data, would go-f3's import
 * accept the F3 data for the network's manifest, does the whole certificate chain validate with
 * signatures, and what Lotus and Forest would do with it on import (import it, or skip it with
 * which warning). Checks an earlier one made impossible are {@link CheckVerdict#SKIPPED}.
 */
public final class SnapshotDoctor {
  public static final String FORMAT = "snapshot-format";
  public static final String IMPORT = "snapshot-import";
  public static final String SIGNATURES = "snapshot-signatures";
  public static final String CLIENTS = "snapshot-clients";

  private static final String FORMAT_TITLE = "The snapshot is v2 and carries F3 data";
  private static final String IMPORT_TITLE = "go-f3 would import its F3 data for this network";
  private static final String SIGNATURES_TITLE =
      "Every certificate in it validates, signatures" + " included";
  private static final String CLIENTS_TITLE = "What Lotus and Forest do with it on import";

  private final Path path;
  private final NetworkSelection network;
  private final DoctorOptions options;

  public SnapshotDoctor(Path path, NetworkSelection network, DoctorOptions options) {
    this.path = Objects.requireNonNull(path, "path");
    this.network = Objects.requireNonNull(network, "network");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Runs every check, handing each result to {@code listener} as soon as it is known. */
  public DoctorReport run(Consumer<DoctorCheck> listener) throws InterruptedException {
    List<DoctorCheck> checks = new ArrayList<>();
    Consumer<DoctorCheck> record =
        check -> {
          checks.add(check);
          listener.accept(check);
        };
    CheckBuilder format = new CheckBuilder(FORMAT, FORMAT_TITLE);
    CarSnapshot snapshot = null;
    try {
      snapshot = CarSnapshot.open(path);
      format.detail("f3Data", snapshot.f3DataStatus());
      switch (snapshot.f3DataStatus()) {
        case PRESENT ->
            format.saw(
                "A v2 snapshot whose F3 data is " + snapshot.f3DataCid().orElseThrow() + ".");
        case ABSENT, NOT_V2 ->
            format.warn(
                "No F3 data: " + snapshot.f3DataDetail() + ".",
                "A node started from it catches F3 up from its peers (certificate exchange), which"
                    + " took about 8 hours on mainnet in 2025; export a v2 snapshot with F3 data"
                    + " to avoid that.");
      }
    } catch (F3Exception e) {
      format.fail(e.getMessage(), "The file is not a readable snapshot CAR: download it again.");
    }
    record.accept(format.build());
    if (snapshot == null || snapshot.f3DataStatus() != CarSnapshot.F3DataStatus.PRESENT) {
      String reason =
          snapshot == null
              ? "Not checked: the snapshot could not be read."
              : "Not checked: the snapshot has no F3 data.";
      record.accept(CheckBuilder.skipped(IMPORT, IMPORT_TITLE, reason));
      record.accept(CheckBuilder.skipped(SIGNATURES, SIGNATURES_TITLE, reason));
      record.accept(CheckBuilder.skipped(CLIENTS, CLIENTS_TITLE, reason));
      return report(checks);
    }
    Optional<ImportExpectations> expectations = expectations();
    ImportCheckResult imported = null;
    CheckBuilder importCheck = new CheckBuilder(IMPORT, IMPORT_TITLE);
    try (F3SnapshotReader reader = snapshot.openF3Data()) {
      imported =
          new F3SnapshotImportCheck(expectations)
              .check(reader, F3SnapshotImportCheck.Progress.NONE);
      F3SnapshotHeader header = imported.header();
      importCheck
          .detail("firstInstance", Long.toUnsignedString(header.firstInstance()))
          .detail("latestInstance", Long.toUnsignedString(header.latestInstance()))
          .detail("initialPowerTable", header.initialPowerTableCid());
      if (imported.passed()) {
        importCheck.saw(
            "Instances "
                + Long.toUnsignedString(header.firstInstance())
                + "-"
                + Long.toUnsignedString(header.latestInstance())
                + " from initial table "
                + header.initialPowerTableCid()
                + ": go-f3's import checks pass"
                + (expectations.flatMap(ImportExpectations::initialPowerTableCid).isPresent()
                    ? " against the network's initial instance and CID."
                    : " (no initial CID known" + " to compare with)."));
      } else {
        importCheck.fail(
            imported.message() + ". " + imported.problem().orElseThrow().meaning(),
            "Use a snapshot of this network from a node that followed F3 from its start, or"
                + " check --network.");
      }
    } catch (F3Exception | IOException e) {
      importCheck.fail(
          e.getMessage(),
          "The F3 data is damaged (Lotus: \"F3Data CID"
              + " mismatch\"): download the snapshot again.");
    }
    DoctorCheck importResult = importCheck.build();
    record.accept(importResult);
    record.accept(signatures(snapshot));
    record.accept(clients(importResult, expectations));
    return report(checks);
  }

  private DoctorReport report(List<DoctorCheck> checks) {
    return new DoctorReport(
        path.getFileName().toString(),
        network.f3NetworkName(),
        network.profile().map(NetworkProfile::key),
        checks);
  }

  private Optional<ImportExpectations> expectations() {
    Optional<NetworkProfile> profile = network.profile();
    Optional<Cid> cid =
        options
            .initialPowerTable()
            .or(() -> profile.flatMap(p -> ImportExpectations.of(p).initialPowerTableCid()));
    long initialInstance = profile.map(NetworkProfile::initialInstance).orElse(0L);
    return profile.isPresent() || cid.isPresent()
        ? Optional.of(new ImportExpectations(initialInstance, cid))
        : Optional.empty();
  }

  private DoctorCheck signatures(CarSnapshot snapshot) throws InterruptedException {
    CheckBuilder check = new CheckBuilder(SIGNATURES, SIGNATURES_TITLE);
    try (F3SnapshotReader reader = snapshot.openF3Data()) {
      F3SnapshotHeader header = reader.header();
      ValidationResult result =
          new CertificateValidator(
                  network.f3NetworkName(),
                  ValidatorOptions.withThreads(
                      Math.max(1, Runtime.getRuntime().availableProcessors())))
              .validate(
                  header.initialPowerTable(),
                  header.firstInstance(),
                  Optional.empty(),
                  reader,
                  ValidationListener.NONE);
      check.detail("validated", result.validated());
      if (result.valid()) {
        check.saw(
            result.validated()
                + " certificates validate for network "
                + network.f3NetworkName()
                + " from the snapshot's initial table; the final"
                + " committee is "
                + result.powerTable().cid()
                + ".");
      } else {
        ValidationFailure failure = result.failure().orElseThrow();
        check
            .detail("failure", failure.reason())
            .detail("instance", Long.toUnsignedString(failure.instance()));
        check.fail(
            "Certificate "
                + Long.toUnsignedString(failure.instance())
                + ": "
                + failure.message()
                + ". "
                + failure.reason().meaning(),
            "The snapshot is not"
                + " this network's certificate chain (or was altered): check --network, or use"
                + " another snapshot.");
      }
    } catch (F3Exception | IOException e) {
      check.fail(e.getMessage(), "The F3 data is damaged: download the snapshot again.");
    }
    return check.build();
  }

  private static DoctorCheck clients(
      DoctorCheck imported, Optional<ImportExpectations> expectations) {
    CheckBuilder check = new CheckBuilder(CLIENTS, CLIENTS_TITLE);
    boolean pinned = expectations.flatMap(ImportExpectations::initialPowerTableCid).isPresent();
    if (!pinned) {
      check.warn(
          "A build whose manifest has no InitialPowerTable skips the F3 data: Lotus"
              + " warns \"Snapshot contains F3 data but InitialPowerTable in F3 manifest is not"
              + " available in this build. Skipping F3 data import.\", Forest warns \"skipped"
              + " importing F3 data as the initial power table CID is not set in the current"
              + " manifest\".",
          "Import with a release that bakes in the CID (\"Release B\"); the"
              + " node then catches F3 up from its peers instead.");
    } else if (imported.verdict() == CheckVerdict.FAIL) {
      check.fail(
          "Lotus would stop the import with go-f3's error above; Forest logs \"Failed"
              + " to import F3 snapshot\" and goes on without the F3 data.",
          null);
    } else {
      check.saw(
          "A build that pins the network's InitialPowerTable imports the F3 data, Lotus"
              + " and Forest alike.");
    }
    return check.build();
  }
}
