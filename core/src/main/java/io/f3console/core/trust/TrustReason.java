package io.f3console.core.trust;

/** Why a table or chain has its {@link TrustState}: one reason per way of deciding. */
public enum TrustReason {
  /** Verified: the CID equals the network's published initial power-table CID. */
  INITIAL_CID_MATCHES(TrustState.VERIFIED),
  /** Verified: the CID equals the one the person gave (e.g. an F3_INITIAL_POWERTABLE_CID). */
  GIVEN_CID_MATCHES(TrustState.VERIFIED),
  /** Verified: reached from a verified table by certificates that all validated. */
  DESCENDS_FROM_VERIFIED(TrustState.VERIFIED),
  /** Unverified: the network publishes no initial CID (a Release-A network). */
  NO_EXPECTED_CID(TrustState.UNVERIFIED),
  /** Unverified: a custom F3 network name, for which nothing is known. */
  CUSTOM_NETWORK(TrustState.UNVERIFIED),
  /** Unverified: the committee of an instance past the initial one, with no trusted table. */
  PAST_INITIAL_INSTANCE(TrustState.UNVERIFIED),
  /** Unverified: reached by validated certificates from an unverified table. */
  DESCENDS_FROM_UNVERIFIED(TrustState.UNVERIFIED),
  /** Mismatch: the start is the initial instance and the CID is not the network's initial one. */
  NOT_INITIAL_TABLE(TrustState.MISMATCH),
  /** Mismatch: the table is the initial power table of another known network. */
  OTHER_NETWORKS_INITIAL_TABLE(TrustState.MISMATCH),
  /** Mismatch: the CID differs from the one the person gave. */
  DIFFERS_FROM_GIVEN_CID(TrustState.MISMATCH),
  /** Mismatch: reached by validated certificates from a table that is a mismatch. */
  DESCENDS_FROM_MISMATCH(TrustState.MISMATCH);

  private final TrustState state;

  TrustReason(TrustState state) {
    this.state = state;
  }

  /** The state this reason gives. */
  public TrustState state() {
    return state;
  }

  /** The state reached through validated certificates from a table with this reason. */
  TrustReason descendant() {
    return switch (state) {
      case VERIFIED -> DESCENDS_FROM_VERIFIED;
      case UNVERIFIED -> DESCENDS_FROM_UNVERIFIED;
      case MISMATCH -> DESCENDS_FROM_MISMATCH;
    };
  }
}
