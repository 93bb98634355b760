package io.f3console.core.bootstrap;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.TipSet;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.rpc.F3Manifest;
import io.f3console.core.rpc.InstanceProgress;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.validation.CertificateValidator;
import io.f3console.core.validation.ValidationFailure;
import io.f3console.core.validation.ValidationResult;
import io.f3console.core.validation.ValidatorOptions;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The doctor's checks that need F3 running: certificate 0 and the table it was signed with, how
 * far F3 lags the chain, and the current committee. One instance serves one run.
 */
final class DoctorCertificateChecks {
  static final String CERTIFICATE_ZERO = "certificate-0";
  static final String INITIAL_TABLE_SIGNATURE = "initial-table-signature";
  static final String PROGRESS = "progress";
  static final String COMMITTEE = "committee";

  private final LotusRpcClient client;
  private final NetworkSelection network;
  private final DoctorOptions options;
  private final Supplier<Optional<Cid>> expectedCid;
  private FinalityCertificate first;
  private FinalityCertificate latest;

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

  DoctorCertificateChecks(LotusRpcClient client, NetworkSelection network, DoctorOptions options,
      Supplier<Optional<Cid>> expectedCid) {
    this.client = client;
    this.network = network;
    this.options = options;
    this.expectedCid = expectedCid;
  }

  List<Step> steps() {
    return List.of(
        new Step(CERTIFICATE_ZERO, "Certificate 0 starts where the manifest says",
            this::certificateZero),
        new Step(INITIAL_TABLE_SIGNATURE,
            "Certificate 0 is signed by the initial power table the node serves",
            this::initialTableSignature),
        new Step(PROGRESS, "F3 keeps up with the chain", this::progress),
        new Step(COMMITTEE, "The current committee is the one the certificates commit to",
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

  private DoctorCheck certificateZero(Doctor.State state) {
    F3Manifest manifest = state.manifest;
    long instance = manifest.initialInstance();
    CheckBuilder check = new CheckBuilder(CERTIFICATE_ZERO,
        "Certificate 0 starts where the manifest says");
    check.detail("instance", Long.toUnsignedString(instance));
    try {
      first = client.certificate(instance);
    } catch (RpcException e) {
      Doctor.rpcFailure(check, e);
      return check.build();
    }
    TipSet base = first.chain().base();
    long expectedEpoch = manifest.initialPowerTableEpoch();
    check.detail("baseEpoch", base.epoch()).detail("expectedBaseEpoch", expectedEpoch)
        .detail("basePowerTable", base.powerTable());
    if (base.epoch() == expectedEpoch) {
      check.saw("Certificate " + Long.toUnsignedString(instance) + " builds on epoch "
          + base.epoch() + " = BootstrapEpoch " + manifest.bootstrapEpoch() + " - Finality "
          + manifest.ecFinality() + ".");
    } else if (base.epoch() < expectedEpoch) {
      check.saw("Certificate " + Long.toUnsignedString(instance) + " builds on epoch "
          + base.epoch() + ", " + (expectedEpoch - base.epoch()) + " before " + expectedEpoch
          + " = BootstrapEpoch - Finality: those epochs were null rounds, and F3 takes the"
          + " nearest earlier tipset.");
    } else {
      check.fail("Certificate " + Long.toUnsignedString(instance) + " builds on epoch "
          + base.epoch() + ", after " + expectedEpoch + " = BootstrapEpoch - Finality: it was"
          + " not made under this manifest.", "The node's manifest is not the one its"
          + " certificates were made with: install the network's current release.");
    }
    Optional<Cid> expected = initialCid(manifest);
    if (expected.isEmpty()) {
      check.warn("No initial power-table CID is known to compare certificate 0's base with"
          + " (" + base.powerTable() + ").", null);
    } else if (expected.get().equals(base.powerTable())) {
      check.saw("Its base power table is " + base.powerTable() + ", " + initialCidName() + ".");
    } else {
      check.fail("Its base power table is " + base.powerTable() + ", not "
          + initialCidName() + " " + expected.get() + ".", "The network bootstrapped from"
          + " another table than the one expected: the expected CID (profile, build or"
          + " override) is wrong.");
    }
    return check.build();
  }

  private DoctorCheck initialTableSignature(Doctor.State state) throws InterruptedException {
    F3Manifest manifest = state.manifest;
    long instance = manifest.initialInstance();
    CheckBuilder check = new CheckBuilder(INITIAL_TABLE_SIGNATURE,
        "Certificate 0 is signed by the initial power table the node serves");
    PowerTable table;
    try {
      table = client.powerTableByInstance(instance);
    } catch (RpcException e) {
      Doctor.rpcFailure(check, e);
      return check.build();
    }
    check.detail("tableCid", table.cid()).detail("participants", table.size());
    Optional<Cid> expected = initialCid(manifest);
    if (expected.isPresent() && !expected.get().equals(table.cid())) {
      check.detail("expected", expected.get());
      check.fail("The table the node serves for instance " + Long.toUnsignedString(instance)
          + " has CID " + table.cid() + ", not " + initialCidName() + " " + expected.get()
          + ".",
          "The node's certificate store was initialised with another table (go-f3 only warns"
              + " \"initial power table mismatch\" and keeps the table it computed): check"
              + " F3_INITIAL_POWERTABLE_CID and the build, then re-initialise F3 (remove the"
              + " node's f3 datastore or import a snapshot).");
    } else {
      check.saw("The node serves a table of " + table.size() + " participants for instance "
          + Long.toUnsignedString(instance) + ", CID " + table.cid() + ".");
    }
    if (first == null) {
      check.warn("Certificate " + Long.toUnsignedString(instance) + " is not available, so"
          + " its signature could not be checked.", null);
      return check.build();
    }
    try {
      ValidationResult result = new CertificateValidator(manifest.networkName(),
          ValidatorOptions.defaults()).validate(table, instance, List.of(first));
      if (result.valid()) {
        check.saw("Certificate " + Long.toUnsignedString(instance) + "'s signature validates"
            + " against this table for network " + manifest.networkName() + ": the network"
            + " itself used it.");
      } else {
        ValidationFailure failure = result.failure().orElseThrow();
        check.detail("failure", failure.reason());
        check.fail("Certificate " + Long.toUnsignedString(instance) + " does not validate"
            + " against this table: " + failure.message() + ". " + failure.reason().meaning(),
            "The certificate or the table is not the network's: compare both with another"
                + " node (f3console certs validate, powertable check).");
      }
    } catch (F3Exception e) {
      check.fail("Certificate " + Long.toUnsignedString(instance) + " could not be validated: "
          + e.getMessage(), null);
    }
    return check.build();
  }

  private DoctorCheck progress(Doctor.State state) throws InterruptedException {
    CheckBuilder check = new CheckBuilder(PROGRESS, "F3 keeps up with the chain");
    F3Manifest manifest = state.manifest;
    try {
      InstanceProgress before = client.progress();
      Optional<FinalityCertificate> newest = client.latestCertificate();
      long head = client.chainHead().height();
      if (newest.isEmpty()) {
        check.fail("The node has no finality certificate yet.", DoctorRemedies.of(
            RpcException.Reason.CERTIFICATE_NOT_FOUND));
        return check.build();
      }
      latest = newest.get();
      long finalised = latest.chain().head().epoch();
      long lag = Math.max(0, head - finalised);
      check.detail("latestInstance", Long.toUnsignedString(latest.instance()))
          .detail("finalisedEpoch", finalised).detail("chainHead", head).detail("lagEpochs", lag);
      String lagText = lag + " epochs (about "
          + Doctor.minutes(manifest.ecPeriod().multipliedBy(lag)) + ")";
      check.saw("The latest certificate is instance " + Long.toUnsignedString(latest.instance())
          + "; it finalises epoch " + finalised + ", the chain head is " + head + ": F3 is "
          + lagText + " behind.");
      boolean lagging = lag > options.maxLagEpochs();
      if (lagging) {
        check.warn("That is more than " + options.maxLagEpochs() + " epochs."
            + (lag > manifest.ecFinality() * 3 / 2 ? " Beyond 1.5 x Finality go-f3 starts"
            + " persisting power tables (\"fallen behind EC\")." : ""),
            "If the whole network stalls (participation below 2/3), nothing is wrong locally:"
                + " compare with another node or the network's F3 dashboard; otherwise check"
                + " the node's peers and F3GetProgress over time.");
      }
      Thread.sleep(options.progressPause().toMillis());
      InstanceProgress after = client.progress();
      check.detail("progressBefore", describe(before)).detail("progressAfter", describe(after));
      boolean moved = !before.equals(after);
      if (moved) {
        check.saw("Progress moved from " + describe(before) + " to " + describe(after) + ".");
      } else if (lagging) {
        check.warn("Progress stayed at " + describe(before) + " for "
            + options.progressPause().toMillis() + " ms while F3 is behind: it looks stalled.",
            null);
      } else {
        check.saw("Progress stayed at " + describe(before) + " for "
            + options.progressPause().toMillis() + " ms; F3 is caught up, so it may just be"
            + " waiting for the next epoch.");
      }
    } catch (RpcException e) {
      Doctor.rpcFailure(check, e);
    }
    return check.build();
  }

  private static String describe(InstanceProgress progress) {
    return "instance " + Long.toUnsignedString(progress.instance()) + " round "
        + progress.round() + " " + progress.phase();
  }

  private DoctorCheck committee(Doctor.State state) {
    String title = "The current committee is the one the certificates commit to";
    if (latest == null) {
      return CheckBuilder.skipped(COMMITTEE, title,
          "Not checked: the latest certificate is not known.");
    }
    CheckBuilder check = new CheckBuilder(COMMITTEE, title);
    long next = latest.instance() + 1;
    try {
      PowerTable table = client.powerTableByInstance(next);
      Optional<Cid> committed = latest.supplementalData().powerTable();
      check.detail("instance", Long.toUnsignedString(next)).detail("tableCid", table.cid());
      committed.ifPresent(cid -> check.detail("committed", cid));
      if (committed.isPresent() && committed.get().equals(table.cid())) {
        check.saw("The committee of instance " + Long.toUnsignedString(next) + " ("
            + table.size() + " participants, " + table.cid() + ") is the table certificate "
            + Long.toUnsignedString(latest.instance()) + " commits to.");
      } else {
        check.fail("The committee of instance " + Long.toUnsignedString(next) + " has CID "
            + table.cid() + ", but certificate " + Long.toUnsignedString(latest.instance())
            + " commits to " + committed.map(Cid::toString).orElse("no table") + ".",
            "The node's power tables have diverged from its certificates: re-initialise its F3"
                + " data (a snapshot import or a fresh f3 datastore).");
      }
    } catch (RpcException e) {
      Doctor.rpcFailure(check, e);
    }
    return check.build();
  }
}
