package io.f3console.core.bootstrap;

import io.f3console.core.rpc.RpcException;

/** Why a doctor check warned or failed, as a code a front end or a history can act on. */
public enum DoctorReason {
  /** The node cannot be reached: connection refused, a timeout, an HTTP error before any answer. */
  NODE_UNREACHABLE,
  /** The node refused the token, or needs one. */
  NODE_REFUSED_TOKEN,
  /** A call failed for another reason (the node's error, a malformed answer, a missing method). */
  NODE_CALL_FAILED,
  /** F3 is disabled on the node. */
  F3_DISABLED,
  /** F3 is enabled but not running past its bootstrap epoch. */
  F3_NOT_RUNNING,
  /** F3 has not started yet: the chain is before the bootstrap epoch. */
  F3_NOT_STARTED,
  /** The manifest's F3 network name is not the chosen network's. */
  WRONG_F3_NETWORK,
  /** The chain's name ({@code StateNetworkName}) does not fit the F3 network. */
  WRONG_CHAIN,
  /** The manifest's bootstrap epoch or finality are not the network's. */
  MANIFEST_PARAMETERS,
  /** The manifest has no InitialPowerTable (a "Release A" build). */
  NO_INITIAL_POWER_TABLE,
  /**
   * The node's initial power table (what its manifest names, what it serves or what its certificate
   * 0 builds on) is not the network's.
   */
  FOREIGN_INITIAL_POWER_TABLE,
  /** The manifest, the table served for the initial instance and certificate 0 disagree. */
  INITIAL_POWER_TABLE_DISAGREEMENT,
  /** Certificate 0 builds on an epoch after BootstrapEpoch - Finality. */
  CERTIFICATE_ZERO_EPOCH,
  /** Certificate 0 does not validate against the network's initial power table. */
  CERTIFICATE_ZERO_INVALID,
  /** The node has no finality certificate yet. */
  NO_CERTIFICATES,
  /** F3 is behind the chain and catching up. */
  LAGGING,
  /** F3 is behind the chain and did not advance while watched. */
  STALLED,
  /** The current committee is not the one the certificates commit to. */
  COMMITTEE_DIVERGED,
  /**
   * The node no longer has the state at the lookback epoch (pruned), so it cannot compute the
   * table.
   */
  LOOKBACK_STATE_MISSING,
  /** The state at the lookback epoch is too large to recompute within the doctor's cap. */
  LOOKBACK_STATE_TOO_LARGE,
  /** The state at the lookback epoch is unreadable, or Lotus would compute no table from it. */
  LOOKBACK_STATE_UNUSABLE,
  /** The table computed from the node's state at the lookback epoch is not the expected one. */
  LOOKBACK_TABLE_MISMATCH,
  /** A miner asked about is not in the current committee. */
  MINER_NOT_IN_COMMITTEE,
  /** A miner's worker key in the committee is not a usable BLS key, or another miner's too. */
  MINER_KEY_INVALID,
  /** A miner in the committee signed none of the recent certificates. */
  MINER_NOT_SIGNING,
  /** A miner in the committee missed the latest certificates. */
  MINER_ABSENT_RECENTLY,
  /** A miner's recent signatures could not be counted. */
  MINER_PARTICIPATION_UNKNOWN,
  /** No node asked holds a participation lease for a miner that should take part. */
  LEASE_ABSENT,
  /** A node lists a miner's lease that ended before its current instance. */
  LEASE_EXPIRED,
  /** A miner's only lease is at its last instances and has not been renewed. */
  LEASE_ABOUT_TO_EXPIRE,
  /** Several nodes hold a valid lease for the same miner. */
  LEASE_ON_SEVERAL_NODES,
  /** A miner's ticket was issued by a node other than the one holding (or asked for) its lease. */
  LEASE_ISSUER_MISMATCH;

  /** The reason for a failed node call. */
  public static DoctorReason of(RpcException.Reason reason) {
    return switch (reason) {
      case UNREACHABLE, TIMEOUT, HTTP_ERROR -> NODE_UNREACHABLE;
      case UNAUTHORISED -> NODE_REFUSED_TOKEN;
      case F3_DISABLED -> F3_DISABLED;
      case F3_NOT_RUNNING -> F3_NOT_RUNNING;
      case CERTIFICATE_NOT_FOUND -> NO_CERTIFICATES;
      case METHOD_NOT_FOUND, MALFORMED_RESPONSE, NODE_ERROR, INTERRUPTED -> NODE_CALL_FAILED;
    };
  }
}
