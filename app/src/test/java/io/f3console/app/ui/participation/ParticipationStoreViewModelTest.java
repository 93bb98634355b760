package io.f3console.app.ui.participation;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.controls.Tone;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.network.NetworkSelection;
import io.f3console.core.participation.MinerParticipation;
import io.f3console.core.participation.MissingPower;
import io.f3console.core.sim.SimulationSpec;
import io.f3console.core.sim.SyntheticChain;
import io.f3console.core.sim.SyntheticNetwork;
import io.f3console.core.store.CertificateStore;
import io.f3console.core.trust.TrustAssessor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Participation view model over a certificate store: every stored instance, the store's trust
 * (never green when unproved), a miner looked up in the store's index and missing power from it,
 * each against a count written here from the chain itself.
 */
class ParticipationStoreViewModelTest {
  static final String NETWORK = "participation-store-view";
  static final int INSTANCES = 1_100;
  static SyntheticChain chain;

  @TempDir static Path dir;
  static Path store;

  @BeforeAll
  static void fill() throws Exception {
    chain =
        SyntheticNetwork.of(
                new SimulationSpec(
                    9,
                    10,
                    INSTANCES,
                    NETWORK,
                    new SimulationSpec.Churn(0.3, 0.05, 0.05, 0.01, 0.1)))
            .generate();
    store = dir.resolve("store.db");
    try (CertificateStore opened = CertificateStore.open(store, NETWORK)) {
      opened.begin(
          0,
          chain.initialTable(),
          TrustAssessor.of(NetworkSelection.raw(NETWORK)).table(chain.initialTable().cid(), 0));
      for (int i = 0; i < INSTANCES; i++) {
        opened.append(chain.certificates().get(i), false, chain.tableOf(i + 1));
      }
    }
  }

  @Test
  void everyStoredInstanceIsShownAsUnverifiedWithItsMinersAndMissingPower() {
    ParticipationViewModel model = new ParticipationViewModel(Background.immediate());
    List<Integer> opened = new ArrayList<>();
    model.setOpener(opened::add);
    model.loadStore(store, NETWORK);

    assertThat(model.tone().get()).isEqualTo(Tone.WARNING);
    assertThat(model.headline().get())
        .startsWith(
            "⚠ 1,100 stored instances, instances 0–1,099,"
                + " unverified: 1,100 certificates were stored without their signatures checked");
    assertThat(model.participation().get().size()).isEqualTo(INSTANCES);
    assertThat(model.buckets(200)).hasSize(200);
    assertThat(model.rangeText().get()).isEqualTo("instances 0–1,099 (1,100 of 1,100)");

    ActorId actor = chain.initialTable().entry(1).id();
    long signed = 0;
    long absent = 0;
    for (int i = 0; i < INSTANCES; i++) {
      Optional<Integer> index = chain.tableOf(i).indexOf(actor);
      if (index.isPresent()) {
        if (chain.certificates().get(i).signers().contains(index.get())) {
          signed++;
        } else {
          absent++;
        }
      }
    }
    assertThat(model.lookup().lookUp(actor.address())).isTrue();
    MinerParticipation summary = model.lookup().timeline().get().summary();
    assertThat(summary.signed()).isEqualTo(signed);
    assertThat(summary.absent()).isEqualTo(absent);
    assertThat(model.lookup().rates()).isNotEmpty();

    model.select(1_050);
    PowerTable committee = chain.tableOf(1_050);
    long missed = 0;
    for (int m = 0; m < committee.size(); m++) {
      if (!chain.certificates().get(1_050).signers().contains(m)) {
        missed++;
      }
    }
    assertThat(model.missingRows()).hasSize((int) missed);
    MissingPower.Absentee first =
        MissingPower.of(chain.certificates().get(1_050), committee).absentees().get(0);
    assertThat(model.missingRows().get(0).actor()).isEqualTo(first.actor());

    model.open(1_050);
    assertThat(opened).as("a stored instance is not loaded, so not opened").isEmpty();
  }

  @Test
  void aMissingStoreSaysWhereItLookedAndHowToFillOne() throws Exception {
    ParticipationViewModel model = new ParticipationViewModel(Background.immediate());
    model.loadStore(dir.resolve("none.db"), NETWORK);
    assertThat(model.tone().get()).isEqualTo(Tone.MUTED);
    assertThat(model.headline().get()).isEqualTo("No certificate store for " + NETWORK + " yet");
    assertThat(model.detail().get()).contains("no certificate store at").contains("certs sync");
    assertThat(model.participation().get()).isNull();

    java.nio.file.Files.writeString(dir.resolve("not-a-store.db"), "not SQLite");
    model.loadStore(dir.resolve("not-a-store.db"), NETWORK);
    assertThat(model.tone().get()).isEqualTo(Tone.DANGER);
    assertThat(model.detail().get()).contains("is not an SQLite database");
  }
}
