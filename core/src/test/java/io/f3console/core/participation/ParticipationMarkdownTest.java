package io.f3console.core.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.CertificateFiles;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.inspect.ChainInspector;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.testing.SharedData;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The participation report as Markdown, checked against counts made here from the certificates'
 * signer bitfields and their committees.
 */
class ParticipationMarkdownTest {
  private static ChainInspection inspect(
      String network, PowerTable table, List<FinalityCertificate> certs) throws Exception {
    return new ChainInspector(network, 2).inspect(table, 0, certs, ChainInspector.Progress.NONE);
  }

  @Test
  void mainnetsFirstTenInstancesReportTheirSharesAndAbsentees() throws Exception {
    PowerTable initial =
        PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable();
    List<FinalityCertificate> certs =
        CertificateFiles.read(SharedData.file("mainnet_certs_0_9.json"));
    ChainInspection inspection = inspect("filecoin", initial, certs);
    ChainParticipation participation = ChainParticipation.ofValidated(inspection);

    String markdown =
        ParticipationMarkdown.of(
            "✔ 10 certificates",
            "",
            participation.series(),
            0,
            10,
            Optional.of(participation.missing(0, 10)),
            5);

    Counted counted = Counted.of(inspection);
    assertThat(markdown)
        .startsWith("# F3 participation\n\n- Data: ✔ 10 certificates\n")
        .contains("- Instances: 0–9 (10)\n")
        .contains(
            "- Signed share of scaled power: lowest "
                + percent(counted.lowest)
                + " (instance "
                + counted.lowestInstance
                + "), ")
        .contains("highest " + percent(counted.highest) + "\n")
        .contains("- Instances signed by less than two thirds of the scaled power: 0\n")
        .contains(ParticipationReport.CAVEAT)
        .contains("## Missing power in instances 0–9\n")
        .contains(
            counted.absent.size()
                + " absentees, most missed scaled power first"
                + " (the first 5).");
    assertThat(markdown.lines().filter(l -> l.startsWith("| `f0"))).hasSize(5);
    assertThat(markdown)
        .contains(
            "| `"
                + counted.mostMissing()
                + "` | "
                + String.format(Locale.ROOT, "%,d", counted.absent.get(counted.mostMissing()))
                + " |");
  }

  @Test
  void aChurningChainsWindowIsReportedAndEveryAbsenteeListedWithinTheLimit() throws Exception {
    SimulationSpec.Churn churn = new SimulationSpec.Churn(0.9, 0.3, 0.25, 0.1, 0.2);
    SyntheticChain chain =
        SyntheticNetwork.of(new SimulationSpec(23, 12, 30, "participation-md", churn)).generate();
    ChainInspection inspection =
        inspect(chain.networkName(), chain.initialTable(), chain.certificates());
    ChainParticipation participation = ChainParticipation.ofValidated(inspection);

    String markdown =
        ParticipationMarkdown.of(
            "⚠ unverified",
            "Nothing proves the table.",
            participation.series(),
            10,
            20,
            Optional.of(participation.missing(10, 20)),
            1000);

    Counted counted = Counted.of(inspection, 10, 20);
    assertThat(markdown)
        .contains("- Nothing proves the table.\n")
        .contains("- Instances: 10–19 (10)\n")
        .contains(
            "lowest " + percent(counted.lowest) + " (instance " + counted.lowestInstance + ")")
        .contains("## Missing power in instances 10–19\n");
    for (ActorId actor : counted.absent.keySet()) {
      assertThat(markdown)
          .contains(
              "| `"
                  + actor
                  + "` | "
                  + String.format(Locale.ROOT, "%,d", counted.absent.get(actor))
                  + " |");
    }
    assertThat(markdown).doesNotContain("(the first");
  }

  @Test
  void noInstancesSayNoneAndStillTheCaveat() throws Exception {
    SyntheticChain chain = SyntheticNetwork.of(SimulationSpec.of(3, 4, 2, "empty-md")).generate();
    ChainParticipation participation =
        ChainParticipation.ofValidated(
            inspect(chain.networkName(), chain.initialTable(), chain.certificates()));

    String markdown =
        ParticipationMarkdown.of(
            "No certificates", "", participation.series(), 1, 1, Optional.empty(), 10);

    assertThat(markdown)
        .contains("- Instances: none\n")
        .contains(ParticipationReport.CAVEAT)
        .doesNotContain("## Missing power");
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /** Shares and missed power counted from the bitfields and committees directly. */
  private record Counted(
      double lowest, long lowestInstance, double highest, Map<ActorId, Long> absent) {
    static Counted of(ChainInspection inspection) {
      return of(inspection, 0, inspection.certificates().size());
    }

    static Counted of(ChainInspection inspection, int from, int to) {
      double lowest = 2;
      long lowestInstance = -1;
      double highest = -1;
      Map<ActorId, Long> absent = new HashMap<>();
      for (int i = from; i < to; i++) {
        PowerTable committee = inspection.committeeOf(i).orElseThrow();
        FinalityCertificate certificate = inspection.certificates().get(i);
        Set<Long> signed = new HashSet<>();
        for (long index : certificate.signers().toArray(committee.size())) {
          signed.add(index);
        }
        long power = 0;
        for (int k = 0; k < committee.size(); k++) {
          if (signed.contains((long) k)) {
            power += committee.scaledPower(k);
          } else {
            absent.merge(committee.entry(k).id(), committee.scaledPower(k), Long::sum);
          }
        }
        double share = (double) power / committee.scaledTotal();
        if (share < lowest) {
          lowest = share;
          lowestInstance = certificate.instance();
        }
        highest = Math.max(highest, share);
      }
      return new Counted(lowest, lowestInstance, highest, absent);
    }

    ActorId mostMissing() {
      return absent.entrySet().stream()
          .max(
              Map.Entry.<ActorId, Long>comparingByValue()
                  .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
          .orElseThrow()
          .getKey();
    }
  }
}
