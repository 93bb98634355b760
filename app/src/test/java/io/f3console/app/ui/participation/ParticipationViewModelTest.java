package io.f3console.app.ui.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.participation.ParticipationRows.Fact;
import io.f3console.app.ui.participation.ParticipationRows.MissingRow;
import io.f3console.app.ui.workspace.LoadedChain;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.inspect.ChainInspector;
import io.f3console.core.participation.MinerTimeline;
import io.f3console.core.participation.ParticipationReport;
import io.f3console.core.sim.DemoNetwork;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.trust.Trust;
import io.f3console.core.trust.TrustAssessor;
import io.f3console.core.trust.TrustReason;
import io.f3console.core.trust.TrustedValidation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The view model on its own: no window, computations run on the spot. */
class ParticipationViewModelTest {
  private static final DemoNetwork DEMO = DemoNetwork.builtIn();
  private static SyntheticChain healthy;
  private static ChainInspection healthyInspection;

  @BeforeAll
  static void validate() throws Exception {
    healthy = DEMO.generate(DemoNetwork.Scenario.HEALTHY);
    healthyInspection = inspect(healthy);
  }

  private static ChainInspection inspect(SyntheticChain chain) throws Exception {
    return new ChainInspector(chain.networkName(), 2)
        .inspect(chain.initialTable(), 0, chain.certificates(), ChainInspector.Progress.NONE);
  }

  private static LoadedChain loaded(SyntheticChain chain, ChainInspection inspection, Trust trust) {
    return new LoadedChain("demo:test", chain.certificates())
        .withInspection(inspection, new TrustedValidation(inspection.result(), trust));
  }

  private static Trust verified(SyntheticChain chain) {
    var cid = chain.initialTable().cid();
    return TrustAssessor.of(DEMO.profile(cid)).table(cid, 0);
  }

  private static ParticipationViewModel healthyModel() {
    ParticipationViewModel model = new ParticipationViewModel(Background.immediate());
    model.load(loaded(healthy, healthyInspection, verified(healthy)));
    return model;
  }

  @Test
  void aVerifiedChainShowsEveryInstanceWithItsSignedShare() {
    ParticipationViewModel model = healthyModel();

    assertThat(verified(healthy).isVerified()).isTrue();
    assertThat(model.tone().get()).isEqualTo(Tone.SUCCESS);
    assertThat(model.headline().get()).startsWith("✔ 60 certificates, instances 0–59");
    assertThat(model.viewFrom().get()).isZero();
    assertThat(model.viewTo().get()).isEqualTo(60);
    assertThat(model.rangeText().get()).isEqualTo("instances 0–59 (60 of 60)");
    assertThat(model.instanceRows().get()).hasSize(60);
    for (int i : new int[] {0, 17, 59}) {
      FinalityCertificate cert = healthy.certificates().get(i);
      PowerTable committee = healthy.tableOf(i);
      long signed = 0;
      for (int j = 0; j < committee.size(); j++) {
        if (cert.signers().contains(j)) {
          signed += committee.scaledPower(j);
        }
      }
      var row = model.instanceRows().get().get(i);
      assertThat(row.instance()).isEqualTo(i);
      assertThat(row.signedScaledPower()).isEqualTo(signed);
      assertThat(row.share()).isEqualTo((double) signed / committee.scaledTotal());
    }
    assertThat(model.buckets(1000)).hasSize(60);
    assertThat(model.buckets(7)).hasSize(7);
    assertThat(model.caveat()).isEqualTo(ParticipationReport.CAVEAT);
  }

  @Test
  void theWindowsMissingPowerSumsEachAbsenteesPowerOverTheInstancesItMissed() {
    ParticipationViewModel model = healthyModel();
    model.showRange(10, 30);

    Map<ActorId, long[]> expected = new HashMap<>();
    long lookedAt = 0;
    for (int i = 10; i < 30; i++) {
      PowerTable committee = healthy.tableOf(i);
      lookedAt += committee.scaledTotal();
      for (int j = 0; j < committee.size(); j++) {
        if (!healthy.certificates().get(i).signers().contains(j)) {
          long[] m = expected.computeIfAbsent(committee.entry(j).id(), id -> new long[2]);
          m[0] += committee.scaledPower(j);
          m[1]++;
        }
      }
    }
    assertThat(model.missingTitle().get()).startsWith("Missing power in instances 10–29");
    assertThat(model.missingRows()).hasSize(expected.size());
    for (MissingRow row : model.missingRows()) {
      long[] m = expected.get(row.actor());
      assertThat(row.missedScaledPower()).as(row.actor().address()).isEqualTo(m[0]);
      assertThat(row.instancesMissed()).isEqualTo((int) m[1]);
      assertThat(row.share()).isEqualTo((double) m[0] / lookedAt);
    }
    assertThat(model.missingRows())
        .isSortedAccordingTo((a, b) -> Long.compare(b.missedScaledPower(), a.missedScaledPower()));
  }

  @Test
  void selectingAnInstanceRanksItsOwnAbsenteesAndOpeningItGoesToTheStepper() {
    ParticipationViewModel model = healthyModel();
    List<Integer> opened = new ArrayList<>();
    model.setOpener(opened::add);

    model.select(7);

    PowerTable committee = healthy.tableOf(7);
    FinalityCertificate cert = healthy.certificates().get(7);
    assertThat(model.missingTitle().get()).startsWith("Missing power in instance 7:");
    assertThat(model.missingRows()).hasSize(committee.size() - (int) cert.signers().cardinality());
    assertThat(model.missingRows())
        .allSatisfy(
            row -> {
              int index = committee.indexOf(row.actor()).orElseThrow();
              assertThat(cert.signers().contains(index)).isFalse();
              assertThat(row.share())
                  .isEqualTo((double) committee.scaledPower(index) / committee.scaledTotal());
            });
    model.open(12);
    model.open(60);
    assertThat(opened).containsExactly(12);
    assertThat(model.selected().get()).isEqualTo(12);
    model.select(-1);
    assertThat(model.missingTitle().get()).startsWith("Missing power in instances 0–59");
  }

  @Test
  void zoomAndPanKeepTheWindowInsideTheChain() {
    ParticipationViewModel model = healthyModel();

    model.zoomIn();
    assertThat(model.viewTo().get() - model.viewFrom().get()).isEqualTo(30);
    assertThat(model.viewFrom().get()).isEqualTo(15);
    model.zoomIn();
    model.zoomIn();
    assertThat(model.viewTo().get() - model.viewFrom().get())
        .isEqualTo(ParticipationViewModel.MIN_SPAN);
    for (int i = 0; i < 40; i++) {
      model.panRight();
    }
    assertThat(model.viewTo().get()).isEqualTo(60);
    assertThat(model.viewFrom().get()).isEqualTo(50);
    assertThat(model.instanceRows().get()).hasSize(60);
    model.zoom(2, 55);
    assertThat(model.viewFrom().get()).isEqualTo(40);
    assertThat(model.viewTo().get()).isEqualTo(60);
    model.pan(-100);
    assertThat(model.viewFrom().get()).isZero();
    model.zoomOut();
    model.zoomOut();
    assertThat(model.viewTo().get()).isEqualTo(60);
    model.showRange(5, 8);
    assertThat(model.rangeText().get()).isEqualTo("instances 5–14 (10 of 60)");
    model.showAll();
    assertThat(model.rangeText().get()).isEqualTo("instances 0–59 (60 of 60)");
  }

  @Test
  void aMinerLookedUpByEitherSpellingShowsItsCountsStripAndRates() {
    ParticipationViewModel model = healthyModel();
    ActorId actor = healthy.initialTable().entry(3).id();
    long signed = 0;
    long absent = 0;
    for (int i = 0; i < 60; i++) {
      var index = healthy.tableOf(i).indexOf(actor);
      if (index.isPresent()) {
        if (healthy.certificates().get(i).signers().contains(index.get())) {
          signed++;
        } else {
          absent++;
        }
      }
    }

    assertThat(model.lookup().lookUp(actor.decimal())).isTrue();

    assertThat(model.lookup().miner().get()).isEqualTo(actor);
    assertThat(model.lookup().headline().get())
        .isEqualTo(
            actor.address()
                + " signed "
                + signed
                + " of the "
                + (signed + absent)
                + " instances whose committee it was in ("
                + String.format(java.util.Locale.ROOT, "%.2f%%", 100.0 * signed / (signed + absent))
                + ").");
    assertThat(model.lookup().facts())
        .contains(
            new Fact("Signed", String.valueOf(signed)), new Fact("Absent", String.valueOf(absent)));
    assertThat(model.lookup().rates())
        .extracting(ParticipationRows.RateRow::window)
        .containsExactly("last hour", "last day", "last week", "last 30 days");
    List<MinerTimeline.StripBucket> strip = model.strip(1000);
    assertThat(strip).hasSize(60);
    assertThat(strip.stream().mapToInt(MinerTimeline.StripBucket::signed).sum())
        .isEqualTo((int) signed);

    assertThat(model.lookup().lookUp("f0" + actor.decimal())).isTrue();
    assertThat(model.lookup().miner().get()).isEqualTo(actor);
    assertThat(model.lookup().lookUp("miner seven")).isFalse();
    assertThat(model.lookup().headline().get())
        .isEqualTo(
            "\"miner seven\" is not an actor ID:"
                + " type f01234 or 1234. Still showing "
                + actor.address()
                + ".");
    assertThat(model.lookup().miner().get()).isEqualTo(actor);
    model.lookup().lookUp("f0987654321");
    assertThat(model.lookup().headline().get()).contains("was in no committee");
    assertThat(model.lookup().facts()).isEmpty();
    assertThat(model.strip(100)).isEmpty();
  }

  @Test
  void dataNothingProvesOrThatFailedNeverReadsAsSuccess() throws Exception {
    ParticipationViewModel model = new ParticipationViewModel(Background.immediate());
    var cid = healthy.initialTable().cid();

    model.load(
        loaded(
            healthy,
            healthyInspection,
            new Trust(
                TrustReason.NO_EXPECTED_CID,
                cid,
                Optional.empty(),
                "demo",
                Optional.empty(),
                "Nothing proves it.")));
    assertThat(model.tone().get()).isEqualTo(Tone.WARNING);
    assertThat(model.headline().get()).startsWith("⚠");
    assertThat(model.participation().get().size()).isEqualTo(60);

    model.load(
        loaded(
            healthy,
            healthyInspection,
            new Trust(
                TrustReason.NOT_INITIAL_TABLE,
                cid,
                Optional.of(cid),
                "demo",
                Optional.empty(),
                "Not the network's.")));
    assertThat(model.tone().get()).isEqualTo(Tone.DANGER);
    assertThat(model.headline().get()).startsWith("✘").contains("not the network's");

    SyntheticChain broken = DEMO.generate(DemoNetwork.Scenario.BROKEN);
    model.load(loaded(broken, inspect(broken), verified(broken)));
    assertThat(model.tone().get()).isEqualTo(Tone.DANGER);
    assertThat(model.headline().get())
        .startsWith("✘ Validation stops at instance " + DEMO.brokenInstance());
    assertThat(model.participation().get().size()).isEqualTo(DEMO.brokenInstance());
    assertThat(model.viewTo().get()).isEqualTo(DEMO.brokenInstance());

    model.load(new LoadedChain("demo:test", healthy.certificates()));
    assertThat(model.tone().get()).isEqualTo(Tone.WARNING);
    assertThat(model.headline().get()).contains("Open a power table");
    assertThat(model.participation().get()).isNull();

    model.load(null);
    assertThat(model.tone().get()).isEqualTo(Tone.MUTED);
    assertThat(model.headline().get()).isEqualTo("No certificates open");
    assertThat(model.detail().get()).contains("File ▸ Open files…");
    assertThat(model.instanceRows().get()).isEmpty();
    assertThat(model.buckets(100)).isEmpty();
  }

  @Test
  void theReportIsCoresMarkdownOfTheWindowOnShowWithItsRankedAbsentees() {
    ParticipationViewModel empty = new ParticipationViewModel(Background.immediate());
    assertThat(empty.hasReport().get()).isFalse();
    assertThat(empty.markdown()).isEmpty();

    ParticipationViewModel model = healthyModel();
    model.showRange(10, 30);

    assertThat(model.hasReport().get()).isTrue();
    String markdown = model.markdown();
    assertThat(markdown)
        .startsWith("# F3 participation\n\n- Data: " + model.headline().get())
        .contains("- Instances: 10–29 (20)\n")
        .contains("## Missing power in instances 10–29\n");
    // the absentees listed are the ones the missing-power table shows, most power first
    for (var row : model.missingRows().subList(0, Math.min(5, model.missingRows().size()))) {
      assertThat(markdown).contains("| `" + row.actor() + "` |");
    }
  }
}
