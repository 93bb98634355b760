package io.f3console.core.state;

import java.util.Optional;

/** The builtin actor kinds, by the names the builtin-actors manifest gives them. */
public enum ActorKind {
  SYSTEM("system"),
  INIT("init"),
  CRON("cron"),
  ACCOUNT("account"),
  POWER("storagepower"),
  MINER("storageminer"),
  MARKET("storagemarket"),
  PAYMENT_CHANNEL("paymentchannel"),
  MULTISIG("multisig"),
  REWARD("reward"),
  VERIFIED_REGISTRY("verifiedregistry"),
  DATACAP("datacap"),
  PLACEHOLDER("placeholder"),
  EVM("evm"),
  EAM("eam"),
  ETH_ACCOUNT("ethaccount");

  private final String manifestName;

  ActorKind(String manifestName) {
    this.manifestName = manifestName;
  }

  /** The name in the manifest and in {@code fil/<version>/<name>} codes. */
  public String manifestName() {
    return manifestName;
  }

  public static Optional<ActorKind> fromManifestName(String name) {
    for (ActorKind kind : values()) {
      if (kind.manifestName.equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
