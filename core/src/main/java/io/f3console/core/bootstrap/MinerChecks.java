package io.f3console.core.bootstrap;

import io.f3console.core.F3Exception;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.crypto.Bls;
import io.f3console.core.crypto.BlsException;
import io.f3console.core.crypto.PublicKeyCheck;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.participation.MinerParticipation;
import io.f3console.core.powertable.PowerUnits;
import io.f3console.core.rpc.F3Manifest;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.RpcException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The doctor's checks of the miners an operator names ({@code --miner}): each miner's entry in the
 * current committee (power, share, worker key and its checks), its recent signatures, and its
 * participation lease when the leases were read. The committee and the recent certificates are read
 * once for all miners.
 */
final class MinerChecks {
  private final LotusRpcClient client;
  private final DoctorOptions options;
  private PowerTable committee;
  private RpcException committeeFailure;
  private RecentParticipation recent;
  private String recentFailure;

  MinerChecks(LotusRpcClient client, DoctorOptions options) {
    this.client = client;
    this.options = options;
  }

  static String id(ActorId miner) {
    return "miner-" + miner;
  }

  static String title(ActorId miner) {
    return "Miner " + miner + " takes part in F3";
  }

  DoctorCheck check(Doctor.State state, ActorId miner, MinerLeaseView lease)
      throws InterruptedException {
    CheckBuilder check = new CheckBuilder(id(miner), title(miner));
    check.detail("miner", miner.address());
    Optional<FinalityCertificate> latest =
        state.readiness == null ? Optional.empty() : state.readiness.observation().latest();
    if (latest.isEmpty()) {
      check.skip(
          "Not checked: the node has no finality certificate yet, so there is no current"
              + " committee to look in.",
          null);
      lease.describe(check);
      return check.build();
    }
    long current = latest.get().instance() + 1;
    check.detail("instance", Long.toUnsignedString(current));
    loadCommittee(current);
    if (committee == null) {
      Doctor.rpcFailure(check, committeeFailure);
      return check.build();
    }
    Optional<Integer> index = committee.indexOf(miner);
    if (index.isEmpty()) {
      notInCommittee(check, miner, current, state.manifest);
      return check.build();
    }
    entry(check, miner, current, index.get(), latest.get());
    participation(check, miner, state, latest.get());
    lease.describe(check);
    return check.build();
  }

  private void loadCommittee(long instance) {
    if (committee != null || committeeFailure != null) {
      return;
    }
    try {
      committee = client.powerTableByInstance(instance);
    } catch (RpcException e) {
      committeeFailure = e;
    }
  }

  private void notInCommittee(
      CheckBuilder check, ActorId miner, long current, F3Manifest manifest) {
    check
        .detail("committee", committee.cid())
        .fail(
            miner
                + " is not in the committee of instance "
                + Long.toUnsignedString(current)
                + " ("
                + committee.size()
                + " participants, "
                + committee.cid()
                + "), so it cannot sign.",
            "Lotus puts a miner in F3's power table only with raw power at or above the"
                + " network's consensus minimum (unless fewer than four miners reach it), no fee"
                + " debt, outside a consensus-fault window and with a BLS worker key; power"
                + " changes reach the committee "
                + (manifest == null ? "some" : Long.toString(manifest.committeeLookback()))
                + " instances later. f3console powertable from-state shows why a claim was left"
                + " out.")
        .reason(DoctorReason.MINER_NOT_IN_COMMITTEE);
  }

  private void entry(
      CheckBuilder check, ActorId miner, long current, int index, FinalityCertificate latest) {
    PowerEntry entry = committee.entry(index);
    long scaled = committee.scaledPower(index);
    double share = 100.0 * scaled / committee.scaledTotal();
    String key = Base64.getEncoder().encodeToString(entry.pubKey().toBytes());
    check
        .detail("power", entry.power().toString())
        .detail("scaledPower", scaled)
        .detail("share", String.format(Locale.ROOT, "%.4f%%", share))
        .detail("key", key)
        .detail("committee", committee.cid());
    boolean committed =
        latest.supplementalData().powerTable().map(committee.cid()::equals).orElse(false);
    check.saw(
        miner
            + " is entry "
            + index
            + " of "
            + committee.size()
            + " in the committee of instance "
            + Long.toUnsignedString(current)
            + (committed
                ? " (the table certificate " + Long.toUnsignedString(latest.instance()) + " names)"
                : " (as the node serves it; certificate "
                    + Long.toUnsignedString(latest.instance())
                    + " names another table)")
            + ": power "
            + PowerUnits.format(entry.power())
            + ", scaled "
            + scaled
            + " of "
            + committee.scaledTotal()
            + String.format(Locale.ROOT, " (%.3f%%)", share)
            + ".");
    try {
      PublicKeyCheck keyCheck = Bls.checkPublicKey(entry.pubKey().toBytes());
      if (keyCheck.isValid()) {
        check.saw("Its worker key " + key + " is a valid BLS key (on the curve, in the subgroup).");
      } else {
        check
            .fail(
                "Its worker key " + key + " is not a usable BLS key: " + keyCheck.message() + ".",
                "Its signatures can never count: give the miner a BLS worker key (lotus-miner"
                    + " actor propose-change-worker, then confirm-change-worker) and wait for the"
                    + " committee to change.")
            .reason(DoctorReason.MINER_KEY_INVALID);
      }
    } catch (BlsException e) {
      check.warn("Its worker key could not be checked: " + e.getMessage(), null);
    }
    List<ActorId> sharing = new ArrayList<>();
    for (int i = 0; i < committee.size(); i++) {
      if (i != index && committee.entry(i).pubKey().equals(entry.pubKey())) {
        sharing.add(committee.entry(i).id());
      }
    }
    if (!sharing.isEmpty()) {
      check.saw(
          "The same worker key is also the key of "
              + sharing.stream().map(ActorId::address).collect(Collectors.joining(", "))
              + " in this committee (one owner's miners often share a worker); each signs as"
              + " itself.");
    }
    if (!committed) {
      check.warn(
          "The committee the node serves is not the one certificate "
              + Long.toUnsignedString(latest.instance())
              + " names, so this entry may not be the network's.",
          null);
    }
  }

  private void participation(
      CheckBuilder check, ActorId miner, Doctor.State state, FinalityCertificate latest)
      throws InterruptedException {
    if (recent == null && recentFailure == null) {
      try {
        recent =
            RecentParticipation.count(
                client,
                state.manifest == null ? "" : state.manifest.networkName(),
                state.manifest == null ? 0 : state.manifest.initialInstance(),
                latest.instance(),
                options.recentInstances(),
                options.certificateStore());
      } catch (F3Exception e) {
        recentFailure = e.getMessage();
      }
    }
    if (recent == null) {
      check
          .warn(
              "Its recent signatures could not be counted: " + recentFailure + ".",
              "Fill the network's certificate store (f3console certs sync) and run again.")
          .reason(DoctorReason.MINER_PARTICIPATION_UNKNOWN);
      return;
    }
    Optional<MinerParticipation> counted = recent.of(miner);
    if (counted.isEmpty() || counted.get().inCommittee() == 0) {
      check.saw("It was in none of the committees of " + recent.source() + ".");
      return;
    }
    MinerParticipation p = counted.get();
    check
        .detail("signed", p.signed())
        .detail("inCommittee", p.inCommittee())
        .detail("currentAbsence", p.currentAbsence());
    p.lastSigned()
        .ifPresent(last -> check.detail("lastSignedInstance", Long.toUnsignedString(last)));
    String counts =
        "It signed "
            + p.signed()
            + " of the "
            + p.inCommittee()
            + " instances it was in the committee of, in "
            + recent.source()
            + (p.lastSigned().isPresent()
                ? "; last in instance " + Long.toUnsignedString(p.lastSigned().getAsLong())
                : "")
            + ".";
    if (p.signed() == 0) {
      check
          .fail(
              counts,
              "Its node is not signing for it: check the participation lease, that the miner"
                  + " process runs and reaches the node, that the daemon's wallet holds the worker"
                  + " key (the node signs through its wallet), and the node's F3 logs"
                  + " (f3console doctor --log).")
          .reason(DoctorReason.MINER_NOT_SIGNING);
    } else if (p.currentAbsence() > 0) {
      check
          .warn(
              counts + " It missed the last " + p.currentAbsence() + ".",
              "A few misses happen (a late message); a streak means the miner stopped: check its"
                  + " lease and the node's F3 logs.")
          .reason(DoctorReason.MINER_ABSENT_RECENTLY);
    } else {
      check.saw(counts);
    }
  }
}
