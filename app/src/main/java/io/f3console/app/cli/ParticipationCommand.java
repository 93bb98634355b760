package io.f3console.app.cli;

import io.f3console.core.F3Exception;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.participation.MinerParticipation;
import io.f3console.core.participation.MinerTimeline;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.participation.ParticipationTally;
import io.f3console.core.store.StoredParticipation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code f3console participation}: who signed the certificates, miner by miner and instance by
 * instance, counted while the certificates are validated with their signatures.
 */
@Command(
    name = "participation",
    header = "Count who signed each certificate, per miner and per instance.",
    mixinStandardHelpOptions = true,
    description = {
      "Count who signed each certificate: per miner signed, absent (in the committee, did not",
      "sign), not in the committee, first and last instance signed, the current and longest",
      "absence streak; per instance signers, committee size and signed scaled power. The",
      "certificates are validated with their signatures as by certs validate, from the same",
      "CERTS and TABLE. A certificate carries the signatures its node had at quorum, so one",
      "missing signature proves nothing; rates over many instances do.",
      "With --store, read a certificate store (filled by certs sync) instead: nothing is",
      "fetched or validated again, any stored range can be asked, and the output says whether",
      "the counts are verified (a verified start table and every signature checked).",
      "Exit 0 when every certificate is valid, 1 at the first invalid one (counted up to it),",
      "2 on bad input, 3 when a node cannot be reached."
    })
final class ParticipationCommand extends ParticipationOptions implements Callable<Integer> {
  /** Cells of a chosen miner's compact timeline. */
  static final int TIMELINE = ParticipationResult.TIMELINE;

  @Option(
      names = "--miner",
      paramLabel = "ACTOR",
      description = "A miner to show (f0…, or its ID); repeatable.")
  List<String> miners = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    List<ActorId> chosen = new ArrayList<>();
    for (String miner : miners) {
      try {
        chosen.add(ActorId.parse(miner));
      } catch (IllegalArgumentException e) {
        throw new F3Exception("--miner " + miner + " is not an actor ID: " + e.getMessage());
      }
    }
    if (fromStore()) {
      return fromTheStore(chosen);
    }
    ParticipationTally tally = new ParticipationTally();
    Validated run = validate(tally::listener, Optional.empty());
    output.print(
        new ParticipationResult(
            ParticipationSource.of(run), tally.report(), chosen, Map.of(), csv));
    return run.judged().passed() ? ExitCodes.OK : ExitCodes.FOUND_WRONG;
  }

  private int fromTheStore(List<ActorId> chosen) throws Exception {
    try (StoreReading reading = openStore()) {
      StoredParticipation stored = reading.participation();
      StoredParticipation.Range range = reading.range();
      Map<ActorId, String> timelines = new LinkedHashMap<>();
      ParticipationReport report;
      if (chosen.isEmpty()) {
        report = stored.report(range);
      } else {
        List<MinerParticipation> lines = new ArrayList<>();
        for (ActorId actor : chosen) {
          MinerTimeline timeline = stored.miner(actor, range);
          lines.add(timeline.summary());
          timelines.put(actor, compact(timeline));
        }
        report = ParticipationReport.of(lines, stored.instances(range));
      }
      output
          .session()
          .summary(
              "Participation over "
                  + range.size()
                  + " stored instances"
                  + (reading.verified() ? "" : " (unverified)"));
      output.print(
          new ParticipationResult(
              ParticipationSource.of(reading.counted()), report, chosen, timelines, csv));
      return ExitCodes.OK;
    }
  }

  /**
   * A timeline in {@link #TIMELINE} characters, each an equal stretch: {@code #} all signed, {@code
   * .} all absent, {@code -} all out of the committee, {@code +} mostly signed, {@code :} mostly
   * absent, {@code ~} mixed.
   */
  static String compact(MinerTimeline timeline) {
    StringBuilder line = new StringBuilder(TIMELINE);
    for (MinerTimeline.StripBucket b : timeline.strip(0, timeline.size(), TIMELINE)) {
      int n = b.signed() + b.absent() + b.out();
      if (b.signed() == n) {
        line.append('#');
      } else if (b.absent() == n) {
        line.append('.');
      } else if (b.out() == n) {
        line.append('-');
      } else if (b.signed() > b.absent() && b.signed() * 2 >= n) {
        line.append('+');
      } else if (b.absent() >= b.signed() && b.absent() * 2 >= n) {
        line.append(':');
      } else {
        line.append('~');
      }
    }
    return line.toString();
  }
}
