package io.f3console.core.bootstrap;

import io.f3console.core.readiness.Readiness;
import io.f3console.core.rpc.F3Manifest;
import io.f3console.core.rpc.RpcException;

/**
 * The doctor's first answer: the node's F3 phase ({@link Readiness}) as a check, with its evidence
 * and what to do in that phase. In sync passes; not running fails; the phases on the way (pending,
 * bootstrapping, catching up) and a stall warn, since a network-wide stall is nothing local.
 */
final class ReadinessCheck {
  static final String ID = "readiness";
  static final String TITLE = "F3 readiness";

  private ReadinessCheck() {}

  static DoctorCheck of(Readiness readiness) {
    CheckBuilder check = new CheckBuilder(ID, TITLE + ": " + readiness.phase().label());
    details(check, readiness);
    readiness.evidence().forEach(check::saw);
    switch (readiness.phase()) {
      case IN_SYNC -> {}
      case PENDING ->
          check
              .warn(
                  "F3 is pending: it starts at the bootstrap epoch.",
                  "Nothing to do but wait; by then the node needs chain state at BootstrapEpoch -"
                      + " Finality, or a manifest (or snapshot) with the initial power-table CID.")
              .reason(DoctorReason.F3_NOT_STARTED);
      case BOOTSTRAPPING ->
          check
              .warn(
                  "F3 is bootstrapping: it has the manifest but no certificate yet.",
                  "It needs the initial power table (from chain state at BootstrapEpoch -"
                      + " Finality, or by its CID from peers) and then instance 0; the checks"
                      + " below say which is missing.")
              .reason(DoctorReason.NO_CERTIFICATES);
      case CATCHING_UP ->
          check
              .warn(
                  "F3 is catching up: behind the chain, but advancing." + fallenBehind(readiness),
                  "Wait: certificates come from peers through certificate exchange (a node"
                      + " restored from a snapshot without F3 data took about 8 hours on mainnet"
                      + " in 2025); if it stops advancing, check the node's peers.")
              .reason(DoctorReason.LAGGING);
      case STALLED ->
          check
              .warn(
                  "F3 looks stalled: behind the chain and not advancing." + fallenBehind(readiness),
                  "If the whole network stalls (participation below 2/3), nothing is wrong"
                      + " locally: compare with another node or the network's F3 dashboard;"
                      + " otherwise check the node's peers and watch F3GetProgress over time"
                      + " (f3console doctor --ready --wait 10m).")
              .reason(DoctorReason.STALLED);
      case NOT_RUNNING ->
          check
              .fail(
                  "F3 is not running.",
                  readiness.observation().manifest().isEmpty()
                      ? DoctorRemedies.of(RpcException.Reason.F3_DISABLED)
                      : DoctorRemedies.NOT_RUNNING_AFTER_BOOTSTRAP)
              .reason(
                  readiness.observation().manifest().isEmpty()
                      ? DoctorReason.F3_DISABLED
                      : DoctorReason.F3_NOT_RUNNING);
    }
    return check.build();
  }

  private static String fallenBehind(Readiness readiness) {
    long lag = readiness.lagEpochs().orElse(0);
    long finality = readiness.observation().manifest().map(F3Manifest::ecFinality).orElse(0L);
    return finality > 0 && lag > finality * 3 / 2
        ? " Beyond 1.5 x Finality go-f3 persists power tables (its \"fallen behind EC\" warning)."
        : "";
  }

  private static void details(CheckBuilder check, Readiness readiness) {
    var seen = readiness.observation();
    check.detail("phase", readiness.phase().name());
    seen.manifest().ifPresent(m -> check.detail("bootstrapEpoch", m.bootstrapEpoch()));
    check.detail("chainHead", seen.chainHead());
    seen.latest()
        .ifPresent(
            c ->
                check
                    .detail("latestInstance", Long.toUnsignedString(c.instance()))
                    .detail("finalisedEpoch", c.chain().head().epoch()));
    readiness.lagEpochs().ifPresent(lag -> check.detail("lagEpochs", lag));
    readiness
        .certificateAge()
        .ifPresent(age -> check.detail("certificateAgeSeconds", age.toSeconds()));
    check.detail("maxLagEpochs", readiness.maxLagEpochs());
    seen.before().ifPresent(p -> check.detail("progressBefore", Readiness.describe(p)));
    seen.after().ifPresent(p -> check.detail("progressAfter", Readiness.describe(p)));
  }
}
