package io.f3console.core.bootstrap;

import io.f3console.core.gpbft.ActorId;

/** What the participation leases say of one miner, added to that miner's check. */
@FunctionalInterface
interface MinerLeaseView {
  /** Leases were not read (no node lists them, or the check did not run). */
  MinerLeaseView NOT_READ =
      check -> check.saw("Its participation lease was not read (see the leases check).");

  void describe(CheckBuilder check);

  /** What {@code report} says of {@code miner}; not read when the lease check did not run. */
  static MinerLeaseView of(LeaseReport report, ActorId miner) {
    if (report == null) {
      return NOT_READ;
    }
    return report
        .forMiner(miner)
        .<MinerLeaseView>map(
            lease ->
                check -> {
                  check.detail("lease", lease.status().name());
                  if (lease.healthy()) {
                    check.saw(lease.explanation());
                  } else {
                    check.warn(lease.explanation(), lease.remedy().orElse(null));
                  }
                })
        .orElse(NOT_READ);
  }
}
