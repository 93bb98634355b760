package io.f3console.core.bootstrap;

/** What the participation leases say of one miner, added to that miner's check. */
@FunctionalInterface
interface MinerLeaseView {
  /** Leases were not read (no node lists them, or the check did not run). */
  MinerLeaseView NOT_READ =
      check -> check.saw("Its participation lease was not read (see the leases check).");

  void describe(CheckBuilder check);
}
