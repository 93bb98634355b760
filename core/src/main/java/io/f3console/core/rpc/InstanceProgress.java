package io.f3console.core.rpc;

import io.f3console.core.gpbft.Phase;
import java.util.List;
import java.util.Objects;

/**
 * Where a node's GPBFT is ({@code Filecoin.F3GetProgress}, go-f3 {@code gpbft.InstanceProgress}).
 *
 * @param instance the instance being decided ({@code ID})
 * @param round the round within it
 * @param phase the phase within the round
 * @param input the instance's input chain, empty before the instance has started
 */
public record InstanceProgress(long instance, long round, Phase phase, List<TipSetSummary> input) {
  public InstanceProgress {
    Objects.requireNonNull(phase, "phase");
    input = List.copyOf(input);
  }
}
