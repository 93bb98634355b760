package io.f3console.core.bootstrap;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.TipSet;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.rpc.F3Manifest;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.ValidationFailure;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The doctor's checks that need F3 running: certificate 0 and the table it was signed with, and the
 * current committee (against the latest certificate the readiness check saw). One instance serves
 * one run.
 */
final class DoctorCertificateChecks {
  static final String CERTIFICATE_ZERO = "certificate-0";
  static final String INITIAL_TABLE_SIGNATURE = "initial-table-signature";
  static final String COMMITTEE = "committee";

  private final LotusRpcClient client;
  private final NetworkSelection network;
  private final DoctorOptions options;
  private final Supplier<Optional<Cid>> expectedCid;

  /** One check with its id and title, so a skipped one can be reported without running it. */
  record Step(String id, String title, Body body) {
    DoctorCheck run(Doctor.State state) throws InterruptedException {
      return body.run(state);
    }
  }

  @FunctionalInterface
  interface Body {
    DoctorCheck run(Doctor.State state) throws InterruptedException;
  }

  DoctorCertificateChecks(
      LotusRpcClient client,
      NetworkSelection network,
      DoctorOptions options,
      Supplier<Optional<Cid>> expectedCid) {
    this.client = client;
    this.network = network;
    this.options = options;
    this.expectedCid = expectedCid;
  }

  List<Step> steps() {
    return List.of(
        new Step(
            CERTIFICATE_ZERO,
            "Certificate 0 starts where the manifest says",
            this::certificateZero),
        new Step(
            INITIAL_TABLE_SIGNATURE,
            "Certificate 0 is signed by the initial power table the node serves",
            this::initialTableSignature),
        new Step(
            COMMITTEE,
            "The current committee is the one the certificates commit to",
            this::committee));
  }

  /** The CID the initial table must have: the expected one, else the manifest's. */
  private Optional<Cid> initialCid(F3Manifest manifest) {
    return expectedCid.get().or(manifest::initialPowerTable);
  }

  /** How {@link #initialCid} is named in evidence. */
  private String initialCidName() {
    return expectedCid.get().isPresent() ? "the expected CID" : "the manifest's CID";
  }

  /**
   * Fetches certificate 0 and the table the node serves for the initial instance, and validates one
   * against the other, once, for the initial power table's root-cause check and the two checks
   * after it.
   */
  void fetchInitial(Doctor.State state) throws InterruptedException {
    long instance = state.manifest.initialInstance();
    try {
      state.first = client.certificate(instance);
    } catch (RpcException e) {
      state.firstFailure = e;
    }
    try {
      state.served = client.powerTableByInstance(instance);
    } catch (RpcException e) {
      state.servedFailure = e;
    }
    if (state.first != null && state.served != null) {
      try {
        ValidationResult result =
            new CertificateValidator(state.manifest.networkName(), ValidatorOptions.defaults())
                .validate(state.served, instance, List.of(state.first));
        state.firstAgainstServed = result.failure();
      } catch (F3Exception e) {
        state.validationError = e.getMessage();
      }
    }
  }

  private DoctorCheck certificateZero(Doctor.State state) {
    F3Manifest manifest = state.manifest;
    long instance = manifest.initialInstance();
    CheckBuilder check =
        new CheckBuilder(CERTIFICATE_ZERO, "Certificate 0 starts where the manifest says");
    check.detail("instance", Long.toUnsignedString(instance));
    if (state.first == null) {
      Doctor.rpcFailure(check, state.firstFailure);
      return check.build();
    }
    TipSet base = state.first.chain().base();
    long expectedEpoch = manifest.initialPowerTableEpoch();
    check
        .detail("baseEpoch", base.epoch())
        .detail("expectedBaseEpoch", expectedEpoch)
        .detail("basePowerTable", base.powerTable());
    if (base.epoch() == expectedEpoch) {
      check.saw(
          "Certificate "
              + Long.toUnsignedString(instance)
              + " builds on epoch "
              + base.epoch()
              + " = BootstrapEpoch "
              + manifest.bootstrapEpoch()
              + " - Finality "
              + manifest.ecFinality()
              + ".");
    } else if (base.epoch() < expectedEpoch) {
      check.saw(
          "Certificate "
              + Long.toUnsignedString(instance)
              + " builds on epoch "
              + base.epoch()
              + ", "
              + (expectedEpoch - base.epoch())
              + " before "
              + expectedEpoch
              + " = BootstrapEpoch - Finality: those epochs were null rounds, and F3 takes the"
              + " nearest earlier tipset.");
    } else {
      check
          .fail(
              "Certificate "
                  + Long.toUnsignedString(instance)
                  + " builds on epoch "
                  + base.epoch()
                  + ", after "
                  + expectedEpoch
                  + " = BootstrapEpoch - Finality: it was"
                  + " not made under this manifest.",
              "The node's manifest is not the one its"
                  + " certificates were made with: install the network's current release.")
          .reason(DoctorReason.CERTIFICATE_ZERO_EPOCH);
    }
    Optional<Cid> expected = initialCid(manifest);
    if (expected.isEmpty()) {
      check
          .warn(
              "No initial power-table CID is known to compare certificate 0's base with"
                  + " ("
                  + base.powerTable()
                  + ").",
              null)
          .reason(DoctorReason.NO_INITIAL_POWER_TABLE);
    } else if (expected.get().equals(base.powerTable())) {
      check.saw("Its base power table is " + base.powerTable() + ", " + initialCidName() + ".");
    } else {
      check.saw(
          "Its base power table is "
              + base.powerTable()
              + ", not "
              + initialCidName()
              + " "
              + expected.get()
              + ": counted under \""
              + Doctor.INITIAL_POWER_TABLE_TITLE
              + "\".");
    }
    return check.build();
  }

  private DoctorCheck initialTableSignature(Doctor.State state) {
    F3Manifest manifest = state.manifest;
    long instance = manifest.initialInstance();
    String title = "Certificate 0 is signed by the initial power table the node serves";
    CheckBuilder check = new CheckBuilder(INITIAL_TABLE_SIGNATURE, title);
    if (state.served == null) {
      Doctor.rpcFailure(check, state.servedFailure);
      return check.build();
    }
    PowerTable table = state.served;
    check.detail("tableCid", table.cid()).detail("participants", table.size());
    check.saw(
        "The node serves a table of "
            + table.size()
            + " participants for instance "
            + Long.toUnsignedString(instance)
            + ", CID "
            + table.cid()
            + ".");
    if (state.first == null) {
      check.warn(
          "Certificate "
              + Long.toUnsignedString(instance)
              + " is not available, so"
              + " its signature could not be checked.",
          null);
      return check.build();
    }
    if (state.validationError != null) {
      check
          .fail(
              "Certificate "
                  + Long.toUnsignedString(instance)
                  + " could not be validated: "
                  + state.validationError,
              null)
          .reason(DoctorReason.CERTIFICATE_ZERO_INVALID);
      return check.build();
    }
    Optional<ValidationFailure> failure = state.firstAgainstServed;
    if (failure.isEmpty()) {
      check.saw(
          "Certificate "
              + Long.toUnsignedString(instance)
              + "'s signature validates"
              + " against this table for network "
              + manifest.networkName()
              + ": the network"
              + " itself used it.");
      return check.build();
    }
    check.detail("failure", failure.get().reason());
    String sentence =
        "Certificate "
            + Long.toUnsignedString(instance)
            + " does not validate"
            + " against this table: "
            + failure.get().message()
            + ". "
            + failure.get().reason().meaning();
    if (state.signatureCountedUnder != null) {
      List<String> evidence =
          new ArrayList<>(
              List.of(
                  "Counted under \""
                      + state.signatureCountedUnder
                      + "\" (its root cause): the table the node serves is"
                      + " not the network's."));
      evidence.add(sentence);
      DoctorCheck built = check.build();
      return new DoctorCheck(
          built.id(),
          built.title(),
          CheckVerdict.SKIPPED,
          evidence,
          built.details(),
          Optional.empty());
    }
    check
        .fail(
            sentence,
            "The certificate or the table is not the network's: compare both with"
                + " another node (f3console certs validate, powertable check).")
        .reason(DoctorReason.CERTIFICATE_ZERO_INVALID);
    return check.build();
  }

  private DoctorCheck committee(Doctor.State state) {
    String title = "The current committee is the one the certificates commit to";
    Optional<FinalityCertificate> newest =
        state.readiness == null ? Optional.empty() : state.readiness.observation().latest();
    if (newest.isEmpty()) {
      return CheckBuilder.skipped(
          COMMITTEE, title, "Not checked: the latest certificate is not known.");
    }
    FinalityCertificate latest = newest.get();
    CheckBuilder check = new CheckBuilder(COMMITTEE, title);
    long next = latest.instance() + 1;
    try {
      PowerTable table = client.powerTableByInstance(next);
      Optional<Cid> committed = latest.supplementalData().powerTable();
      check.detail("instance", Long.toUnsignedString(next)).detail("tableCid", table.cid());
      committed.ifPresent(cid -> check.detail("committed", cid));
      if (committed.isPresent() && committed.get().equals(table.cid())) {
        check.saw(
            "The committee of instance "
                + Long.toUnsignedString(next)
                + " ("
                + table.size()
                + " participants, "
                + table.cid()
                + ") is the table certificate "
                + Long.toUnsignedString(latest.instance())
                + " commits to.");
      } else {
        check
            .fail(
                "The committee of instance "
                    + Long.toUnsignedString(next)
                    + " has CID "
                    + table.cid()
                    + ", but certificate "
                    + Long.toUnsignedString(latest.instance())
                    + " commits to "
                    + committed.map(Cid::toString).orElse("no table")
                    + ".",
                "The node's power tables have diverged from its certificates: re-initialise its F3"
                    + " data (a snapshot import or a fresh f3 datastore).")
            .reason(DoctorReason.COMMITTEE_DIVERGED);
      }
    } catch (RpcException e) {
      Doctor.rpcFailure(check, e);
    }
    return check.build();
  }
}
