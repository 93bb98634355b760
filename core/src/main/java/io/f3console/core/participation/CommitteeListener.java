package io.f3console.core.participation;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.validation.ValidationListener;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A validation listener that hands on each validated certificate with the committee of its own
 * instance: the table validation started from, then each table the validator reports next.
 * Certificate i's signers index that committee.
 */
final class CommitteeListener implements ValidationListener {
  private final BiConsumer<FinalityCertificate, PowerTable> sink;
  private PowerTable committee;

  CommitteeListener(PowerTable firstCommittee, BiConsumer<FinalityCertificate, PowerTable> sink) {
    this.committee = Objects.requireNonNull(firstCommittee, "firstCommittee");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  @Override
  public void validated(FinalityCertificate certificate, PowerTable nextTable) {
    sink.accept(certificate, committee);
    committee = nextTable;
  }
}
