package io.f3console.app.ui.overview;

import io.f3console.app.ui.UiTaskRunner;
import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.workspace.LoadedChain;
import io.f3console.app.ui.workspace.LoadedTable;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.core.inspect.CertificateStatus;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.inspect.StageExplanation;
import io.f3console.core.network.NetworkProfile;
import io.f3console.core.powertable.PowerTableStatistics;
import io.f3console.core.trust.NetworkIdentification;
import io.f3console.core.trust.TrustState;
import io.f3console.core.trust.TrustedValidation;
import io.f3console.core.validation.ValidationFailure;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The answer the console opens on: one verdict line for what is open, and a card each for the
 * network, the power table and the certificates.
 */
public final class OverviewViewModel {
  /**
   * Everything the overview shows, recomputed when the workspace changes.
   *
   * @param tone the verdict's colour and icon
   * @param verdict one sentence answering "is this chain and table sound?"
   * @param meaning what a failure means for an operator, when there is one
   * @param network lines about the selected network
   * @param table lines about the starting power table, empty when none is open
   * @param chain lines about the certificates, empty when none are open
   * @param tableCid the starting table's CID, empty when none is open
   * @param failureIndex the index of the failing certificate, if any
   * @param switchTo the known network the data was found to belong to, if any
   */
  public record Summary(
      Tone tone,
      String verdict,
      String meaning,
      String network,
      String table,
      String chain,
      String tableCid,
      Optional<Integer> failureIndex,
      Optional<String> switchTo) {}

  private final Workspace workspace;
  private final ReadOnlyBooleanProperty loading;
  private final ReadOnlyStringProperty loadingMessage;
  private Summary settled;
  private Optional<Participant> biggest = Optional.empty();
  private final ReadOnlyObjectWrapper<Summary> summary =
      new ReadOnlyObjectWrapper<>(this, "summary");

  /**
   * @param workspace what is open, summarised whenever it changes
   * @param runner the background work, whose message stands in for the verdict while the first
   *     thing is being read
   */
  public OverviewViewModel(Workspace workspace, UiTaskRunner runner) {
    this.workspace = java.util.Objects.requireNonNull(workspace, "workspace");
    this.loading = runner.runningProperty();
    this.loadingMessage = runner.messageProperty();
    loading.addListener((obs, old, value) -> show());
    loadingMessage.addListener((obs, old, value) -> show());
    workspace.networkProperty().addListener((obs, old, value) -> refresh());
    workspace.tableProperty().addListener((obs, old, value) -> refresh());
    workspace.chainProperty().addListener((obs, old, value) -> refresh());
    refresh();
  }

  public ReadOnlyObjectProperty<Summary> summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** Summarises the workspace again (it changed). */
  private void refresh() {
    Optional<LoadedTable> table = workspace.table();
    // one pass over the table for the card's text and for its biggest participant
    Optional<PowerTableStatistics> stats = table.map(t -> PowerTableStatistics.of(t.table()));
    settled = summarise(workspace.network(), table, workspace.chain(), stats);
    biggest =
        stats
            .flatMap(s -> s.rows().stream().findFirst())
            .map(
                row ->
                    new Participant(
                        row.entry().id().address(),
                        Formats.percent(row.share()) + " of the power"));
    show();
  }

  /**
   * Shows the workspace's summary, or what is being read while nothing is open yet. Progress
   * messages come often; they only reword that line, never summarise a table again.
   */
  private void show() {
    boolean nothingOpen = workspace.table().isEmpty() && workspace.chain().isEmpty();
    summary.set(loading.get() && nothingOpen ? opening(settled, loadingMessage.get()) : settled);
  }

  /**
   * What the overview says while the first thing is being read, instead of "Nothing is open": the
   * work in progress, in the runner's own words when it has some.
   */
  static Summary opening(Summary empty, String message) {
    String doing = message == null || message.isBlank() ? "Opening" : message.strip();
    if (doing.endsWith("…")) {
      doing = doing.substring(0, doing.length() - 1);
    }
    return new Summary(
        Tone.MUTED,
        doing + "…",
        "",
        empty.network(),
        "",
        "",
        "",
        Optional.empty(),
        Optional.empty());
  }

  static Summary summarise(
      NetworkProfile network, Optional<LoadedTable> table, Optional<LoadedChain> chain) {
    return summarise(network, table, chain, table.map(t -> PowerTableStatistics.of(t.table())));
  }

  private static Summary summarise(
      NetworkProfile network,
      Optional<LoadedTable> table,
      Optional<LoadedChain> chain,
      Optional<PowerTableStatistics> stats) {
    String networkText = network == null ? "No network selected." : describeNetwork(network);
    String tableText = table.map(t -> describeTable(t, stats.orElseThrow())).orElse("");
    String cid = table.map(t -> t.table().cid().toString()).orElse("");
    Optional<ChainInspection> inspection = chain.flatMap(LoadedChain::inspection);
    String chainText = chain.map(c -> describeChain(c, inspection)).orElse("");
    Optional<Integer> failure = inspection.flatMap(ChainInspection::firstFailureIndex);

    if (table.isEmpty() && chain.isEmpty()) {
      return new Summary(
          Tone.MUTED,
          "Nothing is open. Open a power table or certificates"
              + " (Ctrl+O), or a demo network from the File menu.",
          "",
          networkText,
          tableText,
          chainText,
          cid,
          failure,
          Optional.empty());
    }
    if (table.isEmpty()) {
      return new Summary(
          Tone.WARNING,
          chain.get().certificates().size()
              + " certificates are open, but no power table: open the table of their first"
              + " instance to validate them.",
          "",
          networkText,
          tableText,
          chainText,
          cid,
          failure,
          Optional.empty());
    }
    LoadedTable loaded = table.get();
    TrustState trust = loaded.trust().state();
    Optional<TrustedValidation> judged = chain.flatMap(LoadedChain::judged);
    Optional<String> switchTo =
        judged
            .flatMap(TrustedValidation::identification)
            .map(NetworkIdentification.Finding::network);
    if (inspection.isPresent() && failure.isPresent()) {
      ValidationFailure why =
          inspection.get().outcomes().get(failure.get()).failure().orElseThrow();
      return new Summary(
          Tone.DANGER,
          "Validation stops at instance "
              + Long.toUnsignedString(why.instance())
              + ": "
              + StageExplanation.concreteSentence(why),
          judged.flatMap(TrustedValidation::explanation).orElse(why.reason().meaning()),
          networkText,
          tableText,
          chainText,
          cid,
          failure,
          switchTo);
    }
    if (inspection.isPresent() && judged.isPresent()) {
      ChainInspection done = inspection.get();
      String reach =
          "; the chain reaches instance "
              + Long.toUnsignedString(done.result().nextInstance())
              + ".";
      String meaning = judged.get().explanation().orElse("");
      return switch (judged.get().verdict()) {
        case UNTRUSTED_POWER_TABLE ->
            new Summary(
                Tone.DANGER,
                "The certificates are"
                    + " consistent, but the starting table is not "
                    + judged.get().start().network()
                    + "'s: all "
                    + done.certificates().size()
                    + " validate from a table that is a "
                    + trust.word()
                    + reach,
                meaning,
                networkText,
                tableText,
                chainText,
                cid,
                failure,
                switchTo);
        case VALID ->
            new Summary(
                Tone.SUCCESS,
                "All "
                    + done.certificates().size()
                    + " certificates validate from a verified power table"
                    + reach,
                meaning,
                networkText,
                tableText,
                chainText,
                cid,
                failure,
                switchTo);
        default ->
            new Summary(
                Tone.WARNING,
                "All "
                    + done.certificates().size()
                    + " certificates validate from an unverified power table (nothing to compare its"
                    + " CID with)"
                    + reach,
                meaning,
                networkText,
                tableText,
                chainText,
                cid,
                failure,
                switchTo);
      };
    }
    if (trust == TrustState.MISMATCH) {
      return new Summary(
          Tone.DANGER,
          "The power table is not "
              + network.key()
              + "'s initial table: "
              + loaded.trust().explanation(),
          "Check the network selected, or where the table came from.",
          networkText,
          tableText,
          chainText,
          cid,
          failure,
          switchTo);
    }
    Tone tone = trust == TrustState.VERIFIED ? Tone.SUCCESS : Tone.WARNING;
    return new Summary(
        tone,
        "A power table with "
            + Formats.integer(loaded.table().size())
            + " entries is open, "
            + (trust == TrustState.VERIFIED ? "verified" : "unverified")
            + ". Open certificates to validate a chain from it.",
        "",
        networkText,
        tableText,
        chainText,
        cid,
        failure,
        switchTo);
  }

  private static String describeNetwork(NetworkProfile network) {
    return network.description()
        + "\nF3 network name: "
        + network.f3NetworkName()
        + "\nBootstrap epoch: "
        + Formats.integer(network.bootstrapEpoch())
        + "  (initial table from epoch "
        + Formats.integer(network.powerTableEpoch())
        + ")"
        + (network.initialPowerTableCid().isPresent()
            ? ""
            : "\nExpected initial power-table CID: none published");
  }

  /** The selected network's published initial power-table CID, to copy; empty when none. */
  public String expectedCid() {
    NetworkProfile network = workspace.network();
    return network == null ? "" : network.initialPowerTableCid().orElse("");
  }

  /** The CID of the table that validates the next instance, to copy; empty before that. */
  public String nextTableCid() {
    return workspace
        .chain()
        .flatMap(LoadedChain::inspection)
        .map(done -> done.result().powerTable().cid().toString())
        .orElse("");
  }

  /**
   * The participant with the most power in the open table, to copy, and its share of the power in
   * words ("12.34% of the power").
   */
  public record Participant(String actor, String share) {}

  /** The open table's biggest participant; empty when no table (or an empty one) is open. */
  public Optional<Participant> biggestParticipant() {
    return biggest;
  }

  /** The instance whose committee the open table is, to copy; empty when none is open. */
  public String tableInstance() {
    return workspace.table().map(table -> Long.toUnsignedString(table.instance())).orElse("");
  }

  /** The first open certificate's instance, to copy; empty when none is open. */
  public String firstInstance() {
    return workspace
        .chain()
        .filter(chain -> !chain.certificates().isEmpty())
        .map(chain -> Long.toUnsignedString(chain.certificates().get(0).instance()))
        .orElse("");
  }

  /** The last open certificate's instance, to copy; empty when none is open. */
  public String lastInstance() {
    return workspace
        .chain()
        .filter(chain -> !chain.certificates().isEmpty())
        .map(
            chain ->
                Long.toUnsignedString(
                    chain.certificates().get(chain.certificates().size() - 1).instance()))
        .orElse("");
  }

  /** The instance the next certificate would be, to copy; empty before validation. */
  public String nextInstance() {
    return workspace
        .chain()
        .flatMap(LoadedChain::inspection)
        .map(done -> Long.toUnsignedString(done.result().nextInstance()))
        .orElse("");
  }

  private static String describeTable(LoadedTable table, PowerTableStatistics stats) {
    StringBuilder text = new StringBuilder();
    text.append(table.title())
        .append('\n')
        .append(Formats.integer(table.table().size()))
        .append(" entries · total ")
        .append(Formats.power(table.table().total()))
        .append(" · scaled total ")
        .append(Formats.integer(table.table().scaledTotal()))
        .append(" · 2/3 = ")
        .append(Formats.integer(table.table().strongQuorumThreshold()));
    if (!stats.rows().isEmpty()) {
      text.append("\nThe top ")
          .append(stats.topHoldingTwoThirds())
          .append(" participants hold 2/3 of the power; the top ")
          .append(stats.topHoldingOneThird())
          .append(" hold 1/3.");
    }
    text.append('\n').append(table.trust().explanation());
    return text.toString();
  }

  private static String describeChain(LoadedChain chain, Optional<ChainInspection> inspection) {
    int count = chain.certificates().size();
    if (inspection.isEmpty()) {
      return count + " certificates, not validated yet.";
    }
    ChainInspection done = inspection.get();
    return count
        + " certificates\n"
        + done.count(CertificateStatus.VALID)
        + " valid · "
        + done.count(CertificateStatus.INVALID)
        + " invalid · "
        + done.count(CertificateStatus.NOT_REACHED)
        + " not reached";
  }
}
