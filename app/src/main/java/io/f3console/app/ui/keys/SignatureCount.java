package io.f3console.app.ui.keys;

import io.f3console.app.ui.BackgroundLane;
import io.f3console.app.ui.UiTaskRunner;
import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.workspace.LoadedChain;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.participation.ChainParticipation;
import io.f3console.core.participation.MinerParticipation;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * How often the selected participant signed the loaded certificates, counted by core ({@link
 * ChainParticipation}, kept per chain) in a background lane of its own, so a long chain never holds
 * up the view. FX thread only.
 */
final class SignatureCount {
  private final BackgroundLane lane;
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
  private LoadedChain countedFor;
  private ChainParticipation counted;

  /** What the background work hands back: the chain's participation and the line asked for. */
  private record Counted(ChainParticipation participation, MinerParticipation line) {}

  SignatureCount(UiTaskRunner runner) {
    this.lane = new BackgroundLane(runner, "worker-keys-signatures");
  }

  /** One sentence: signed of the certificates whose committee it was in, rate, last signed. */
  ReadOnlyStringProperty text() {
    return text.getReadOnlyProperty();
  }

  /** Counts {@code actor}'s signatures on {@code chain}; null shows nothing. */
  void show(ActorId actor, Optional<LoadedChain> chain) {
    if (actor == null) {
      lane.withdraw();
      text.set("");
      return;
    }
    if (chain.isEmpty() || chain.get().inspection().isEmpty()) {
      lane.withdraw();
      text.set(
          "Open certificates validated from a power table to see how often "
              + actor.address()
              + " signed them.");
      return;
    }
    LoadedChain loaded = chain.get();
    ChainParticipation known = loaded == countedFor ? counted : null;
    text.set("Counting the signatures of " + actor.address() + "…");
    lane.submit(
        "Counting signatures of " + actor.address(),
        progress -> {
          ChainParticipation p =
              known != null
                  ? known
                  : ChainParticipation.ofValidated(loaded.inspection().orElseThrow());
          return new Counted(p, p.isEmpty() ? null : p.timeline(actor).summary());
        },
        result -> {
          countedFor = loaded;
          counted = result.participation();
          text.set(sentence(actor, result));
        });
  }

  private static String sentence(ActorId actor, Counted result) {
    if (result.line() == null) {
      return "No loaded certificate validated, so none says who signed.";
    }
    MinerParticipation line = result.line();
    String loaded = Formats.integer(result.participation().size()) + " validated certificates";
    if (line.inCommittee() == 0) {
      return actor.address() + " was in the committee of none of the " + loaded + ".";
    }
    return actor.address()
        + " signed "
        + Formats.integer(line.signed())
        + " of the "
        + Formats.integer(line.inCommittee())
        + " certificates whose committee it was in ("
        + Formats.percent(line.rate())
        + ", of "
        + loaded
        + ")"
        + (line.lastSigned().isPresent()
            ? "; last signed instance " + Formats.unsigned(line.lastSigned().getAsLong())
            : "; it signed none")
        + (line.notInCommittee() > 0
            ? "; not in the committee of " + Formats.integer(line.notInCommittee())
            : "")
        + ".";
  }
}
