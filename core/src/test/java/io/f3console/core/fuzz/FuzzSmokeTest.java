package io.f3console.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The short fuzzing run of every build: a fixed number of mutated inputs per parser (about a minute
 * in all), from a fixed campaign seed, so a failure here is reproduced by running it again. Each
 * breach names the seed of its input and where the input was written.
 */
class FuzzSmokeTest {
  private static final long CAMPAIGN_SEED = 0x19F3C0DEL;

  /** Inputs per target; the slower targets (whole CAR files, HTTP round trips) get fewer. */
  private static final Map<String, Long> INPUTS =
      Map.ofEntries(
          Map.entry("powertable.PowerTableFiles", 2_000L),
          Map.entry("certs.CertificateJson", 2_500L),
          Map.entry("certs.CertificateFiles", 5_000L),
          Map.entry("snapshot.CarReader", 4_000L),
          Map.entry("snapshot.F3SnapshotReader (file)", 3_000L),
          Map.entry("inspect.DataFile (file)", 500L),
          Map.entry("blocks.CarBlockSource", 400L),
          Map.entry("rpc.LotusRpcClient answers", 100L),
          Map.entry("cid.Cid (text)", 50_000L),
          Map.entry("cid.Cid (bytes)", 50_000L),
          Map.entry("state.Actor", 50_000L),
          Map.entry("source.SourceSpec", 50_000L));

  private static final long DEFAULT_INPUTS = 20_000;

  /** Only a guard against a build that never ends; the budget above finishes well before. */
  private static final long GUARD_NANOS = 20 * 60_000_000_000L;

  @Test
  void everyParserKeepsTheContractOnMutatedInputs() throws Exception {
    List<TargetReport> reports =
        FuzzCampaign.run(
            CAMPAIGN_SEED,
            target -> INPUTS.getOrDefault(target.name(), DEFAULT_INPUTS),
            GUARD_NANOS);

    assertThat(reports).hasSizeGreaterThanOrEqualTo(24);
    assertThat(reports).allSatisfy(report -> assertThat(report.inputs()).isPositive());
    assertThat(FuzzCampaign.breaches(reports)).isEmpty();
  }
}
