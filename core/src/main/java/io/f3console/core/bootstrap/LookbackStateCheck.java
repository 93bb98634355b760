package io.f3console.core.bootstrap;

import io.f3console.core.blocks.BlockException;
import io.f3console.core.blocks.BlockSource;
import io.f3console.core.blocks.ForwardingBlockSource;
import io.f3console.core.blocks.RpcBlockSource;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.rpc.F3Manifest;
import io.f3console.core.rpc.LotusRpcClient;
import io.f3console.core.rpc.RpcException;
import io.f3console.core.rpc.TipSetSummary;
import io.f3console.core.statepower.FailureReason;
import io.f3console.core.statepower.PowerTableComputation;
import io.f3console.core.statepower.PowerTableComputationException;
import io.f3console.core.statepower.StatePowerTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the node has the chain state go-f3 builds its initial power table from, and whether the
 * table computed from it is the manifest's: the tipset at {@code BootstrapEpoch − Finality} ({@code
 * ChainGetTipSetByHeight}; a null round gives the last tipset below), its headers and parent state
 * read block by block through {@code ChainReadObj} (each block checked against its CID), the table
 * computed as Lotus does ({@link PowerTableComputation}) and its CID compared with the manifest's
 * {@code InitialPowerTable} and the network's CID.
 *
 * <p>A node that has pruned the state (the usual case on mainnet, long after the bootstrap) is
 * {@link CheckVerdict#SKIPPED} with what it needs instead; a state larger than {@link
 * DoctorOptions#maxLookbackBlocks()} blocks is skipped as too large to recompute here.
 */
final class LookbackStateCheck {
  static final String ID = "lookback-state";
  static final String TITLE =
      "The node has the state at the lookback epoch, and the table"
          + " computed from it is the manifest's";

  static final String PRUNED_REMEDY =
      "Nothing is wrong while the node has the initial power"
          + " table another way: a release whose manifest names the network's InitialPowerTable"
          + " CID, F3_INITIAL_POWERTABLE_CID set to it, or a snapshot with F3 data to import. A"
          + " node that must compute the table itself needs the chain state at BootstrapEpoch −"
          + " Finality (an archival node, or a snapshot from before that epoch).";
  static final String TOO_LARGE_REMEDY =
      "The state is too large to recompute here; use"
          + " powertable from-state on a CAR of that state, or on the node, to recompute it.";
  static final String MISMATCH_REMEDY =
      "go-f3 uses the table it computes from the node's state"
          + " and only logs \"initial power table mismatch\": a node on another chain or fork, or a"
          + " manifest for another network, will not follow the network's certificates. Check the"
          + " node's chain (its genesis and network) and the release's manifest.";

  private final LotusRpcClient client;
  private final DoctorOptions options;

  LookbackStateCheck(LotusRpcClient client, DoctorOptions options) {
    this.client = Objects.requireNonNull(client, "client");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Runs the check.
   *
   * @param manifest the node's manifest (bootstrap epoch, finality, InitialPowerTable)
   * @param expected the CID the network (or the options) expects, if any
   * @param consensusMinimum the network's consensus minimum; empty when no profile gives one
   */
  DoctorCheck run(
      F3Manifest manifest, Optional<Cid> expected, Optional<StoragePower> consensusMinimum)
      throws InterruptedException {
    CheckBuilder check = new CheckBuilder(ID, TITLE);
    long epoch = manifest.initialPowerTableEpoch();
    check.detail("lookbackEpoch", epoch);
    if (consensusMinimum.isEmpty()) {
      return check
          .skip(
              "Not recomputed: the network has no profile, so its consensus minimum"
                  + " power (which decides who is in the table) is not known.",
              null)
          .build();
    }
    if (options.maxLookbackBlocks() == 0) {
      return check
          .skip("Not recomputed: recomputing the table from chain state is turned off.", null)
          .build();
    }
    TipSetSummary tipset;
    try {
      tipset = client.tipSetByHeight(epoch);
    } catch (RpcException e) {
      check.detail("reason", e.reason()).detail("method", e.method());
      if (e.reason() == RpcException.Reason.NODE_ERROR) {
        return check
            .skip(
                "The node has no tipset at epoch "
                    + epoch
                    + " (BootstrapEpoch "
                    + manifest.bootstrapEpoch()
                    + " − Finality "
                    + manifest.ecFinality()
                    + "): "
                    + e.getMessage(),
                PRUNED_REMEDY)
            .reason(DoctorReason.LOOKBACK_STATE_MISSING)
            .build();
      }
      Doctor.rpcFailure(check, e);
      return check.build();
    }
    check
        .detail("tipsetHeight", tipset.height())
        .detail("tipset", String.join(",", tipset.cids().stream().map(Cid::toString).toList()));
    if (tipset.height() > epoch) {
      return check
          .fail(
              "Asked for the tipset at epoch "
                  + epoch
                  + ", the node gave one at "
                  + tipset.height()
                  + ".",
              "Read the node's log; its chain index may be damaged.")
          .reason(DoctorReason.LOOKBACK_STATE_UNUSABLE)
          .build();
    }
    String at =
        tipset.height() == epoch
            ? "the tipset at epoch " + epoch
            : "the tipset at "
                + tipset.height()
                + " (epoch "
                + epoch
                + " is a null round, so the"
                + " last tipset below it)";
    StatePowerTable table;
    try (CappedBlocks blocks =
        new CappedBlocks(RpcBlockSource.of(client), options.maxLookbackBlocks())) {
      try {
        table = PowerTableComputation.compute(blocks, tipset.cids(), consensusMinimum.get());
      } catch (PowerTableComputationException e) {
        check.detail("blocksRead", blocks.blocksRead());
        e.cid().ifPresent(cid -> check.detail("block", cid));
        if (blocks.exceeded()) {
          return check
              .skip(
                  "Not recomputed: the state of "
                      + at
                      + " is larger than "
                      + options.maxLookbackBlocks()
                      + " blocks, too large to recompute here.",
                  TOO_LARGE_REMEDY)
              .reason(DoctorReason.LOOKBACK_STATE_TOO_LARGE)
              .build();
        }
        if (e.reason() == FailureReason.MISSING_BLOCK) {
          return check
              .skip(
                  "The node has "
                      + at
                      + " but not its state: block "
                      + e.cid().map(Cid::toString).orElse("?")
                      + " is missing (pruned), after "
                      + blocks.blocksRead()
                      + " blocks read.",
                  PRUNED_REMEDY)
              .reason(DoctorReason.LOOKBACK_STATE_MISSING)
              .build();
        }
        return check
            .fail(
                "The state of " + at + " gives no table (" + e.reason() + "): " + e.getMessage(),
                e.reason() == FailureReason.BAD_BLOCK
                    ? "The node served a block that does not match its CID: its blockstore is"
                        + " damaged; re-sync or import a snapshot."
                    : "Lotus would not compute a table from this state either: F3 on this node"
                        + " needs the InitialPowerTable from its manifest or F3_INITIAL_POWERTABLE_CID.")
            .reason(DoctorReason.LOOKBACK_STATE_UNUSABLE)
            .build();
      }
    }
    Cid computed = table.cid();
    check
        .detail("computed", computed)
        .detail("height", table.height())
        .detail("stateRoot", table.stateRoot())
        .detail("blocksRead", table.blocksRead())
        .detail("entries", table.table().size());
    check.saw(
        "The node has "
            + at
            + " and its state ("
            + table.blocksRead()
            + " blocks read,"
            + " each checked against its CID); the table computed from it has "
            + table.table().size()
            + " entries and CID "
            + computed
            + ".");
    List<String> differ = new ArrayList<>();
    List<String> agree = new ArrayList<>();
    manifest
        .initialPowerTable()
        .ifPresent(
            cid -> {
              check.detail("manifest", cid);
              (cid.equals(computed) ? agree : differ)
                  .add("the manifest's InitialPowerTable " + cid);
            });
    expected
        .filter(cid -> !manifest.initialPowerTable().equals(Optional.of(cid)))
        .ifPresent(
            cid -> {
              check.detail("expected", cid);
              (cid.equals(computed) ? agree : differ).add("the network's initial CID " + cid);
            });
    if (!differ.isEmpty()) {
      check
          .fail(
              "The computed table " + computed + " is not " + String.join(", nor ", differ) + ".",
              MISMATCH_REMEDY)
          .reason(DoctorReason.LOOKBACK_TABLE_MISMATCH);
    } else if (!agree.isEmpty()) {
      check.saw("It is " + String.join(" and ", agree) + ".");
    } else {
      check.saw(
          "Neither the manifest nor the network names a CID to compare it with; go-f3"
              + " will use this table.");
    }
    return check.build();
  }

  /**
   * A block source that reads at most {@code cap} blocks, then refuses, and says so: a mainnet
   * state must not hang the doctor.
   */
  static final class CappedBlocks extends ForwardingBlockSource {
    private final long cap;
    private final AtomicBoolean exceeded = new AtomicBoolean();

    CappedBlocks(BlockSource inner, long cap) {
      super(inner);
      this.cap = cap;
    }

    @Override
    public byte[] block(Cid cid) throws BlockException, InterruptedException {
      if (inner.blocksRead() >= cap) {
        exceeded.set(true);
        throw new BlockException(
            BlockException.Reason.UNREACHABLE,
            Optional.of(cid),
            "read " + cap + " blocks, the most the doctor reads");
      }
      return inner.block(cid);
    }

    boolean exceeded() {
      return exceeded.get();
    }

    @Override
    public void close() {
      try {
        inner.close();
      } catch (java.io.IOException e) {
        // nothing held that matters: the node's cache
      }
    }
  }
}
