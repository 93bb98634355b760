package io.f3console.app.ui.certificates;

import io.f3console.app.ui.controls.Formats;
import io.f3console.app.ui.controls.Tone;
import io.f3console.app.ui.workspace.LoadedChain;
import io.f3console.app.ui.workspace.Workspace;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.inspect.CertificateOutcome;
import io.f3console.core.inspect.CertificateStatus;
import io.f3console.core.inspect.ChainInspection;
import io.f3console.core.inspect.StageExplanation;
import io.f3console.core.inspect.ValidationMarkdown;
import io.f3console.core.participation.InstanceRoll;
import io.f3console.core.trust.ChainVerdict;
import io.f3console.core.trust.NetworkIdentification;
import io.f3console.core.trust.TrustedValidation;
import io.f3console.core.validation.Stage;
import io.f3console.core.validation.StageEvent;
import io.f3console.core.validation.ValidationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The certificate stepper: the loaded certificates with their status, the selected one, and a
 * cursor over its go-f3 stages. Everything it shows was recorded by the workspace's inspection; a
 * step only moves the cursor and formats the recorded stage, so stepping is instant.
 *
 * <p>Follows the workspace: a new chain rebuilds the list, and the workspace's selected certificate
 * and this model's selection are kept equal. FX thread only.
 */
public final class CertificatesViewModel {
  private static final Stage[] STAGES = Stage.values();

  private final Workspace workspace;
  private final Consumer<String> notice;
  private final ObservableList<CertificateRow> rows = FXCollections.observableArrayList();
  private final ObservableList<StageNode> pipeline = FXCollections.observableArrayList();
  private final ObservableList<CertificateRow> rowsView =
      FXCollections.unmodifiableObservableList(rows);
  private final ObservableList<StageNode> pipelineView =
      FXCollections.unmodifiableObservableList(pipeline);
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper summaryDetail =
      new ReadOnlyStringWrapper(this, "summaryDetail", "");
  private final ReadOnlyObjectWrapper<Tone> summaryTone =
      new ReadOnlyObjectWrapper<>(this, "summaryTone", Tone.MUTED);
  private final ReadOnlyStringWrapper meaning = new ReadOnlyStringWrapper(this, "meaning", "");
  private final ReadOnlyObjectWrapper<NetworkIdentification.Finding> identification =
      new ReadOnlyObjectWrapper<>(this, "identification");
  private final ReadOnlyStringWrapper nextTableCid =
      new ReadOnlyStringWrapper(this, "nextTableCid", "");
  private final ReadOnlyBooleanWrapper hasFailure = new ReadOnlyBooleanWrapper(this, "hasFailure");
  private final ReadOnlyIntegerWrapper selectedIndex =
      new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
  private final ReadOnlyObjectWrapper<Stage> cursor =
      new ReadOnlyObjectWrapper<>(this, "cursor", Stage.INSTANCE);
  private final ReadOnlyObjectWrapper<CertificateHeader> header =
      new ReadOnlyObjectWrapper<>(this, "header");
  private final ReadOnlyObjectWrapper<StageDetail> detail =
      new ReadOnlyObjectWrapper<>(this, "detail");
  private final ReadOnlyBooleanWrapper canStepBack =
      new ReadOnlyBooleanWrapper(this, "canStepBack");
  private final ReadOnlyBooleanWrapper canStepForward =
      new ReadOnlyBooleanWrapper(this, "canStepForward");
  private final ReadOnlyBooleanWrapper hasReport = new ReadOnlyBooleanWrapper(this, "hasReport");

  private List<FinalityCertificate> certificates = List.of();
  private Optional<ChainInspection> inspection = Optional.empty();
  private Optional<TrustedValidation> judged = Optional.empty();

  public CertificatesViewModel(Workspace workspace, Consumer<String> notice) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.notice = Objects.requireNonNull(notice, "notice");
    workspace.chainProperty().addListener((obs, old, chain) -> load(chain));
    workspace
        .selectedCertificateProperty()
        .addListener(
            (obs, old, index) -> {
              if (index != null && index != selectedIndex.get()) {
                select(index);
              }
            });
    load(workspace.chainProperty().get());
  }

  // ---- what the view shows

  /** The certificates, in chain order. */
  public ObservableList<CertificateRow> rows() {
    return rowsView;
  }

  /** The verdict of the chain in one line, verdict first. */
  public ReadOnlyStringProperty summary() {
    return summary.getReadOnlyProperty();
  }

  /** The counts behind the verdict. */
  public ReadOnlyStringProperty summaryDetail() {
    return summaryDetail.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Tone> summaryTone() {
    return summaryTone.getReadOnlyProperty();
  }

  /**
   * What the verdict means when it is not a plain success (core's sentence): the table is not the
   * network's, nothing proves it, or which network the data is.
   */
  public ReadOnlyStringProperty meaning() {
    return meaning.getReadOnlyProperty();
  }

  /**
   * The known network the certificates were found to belong to, when signatures fail at the first
   * one under the selected network's name; null otherwise.
   */
  public ReadOnlyObjectProperty<NetworkIdentification.Finding> identification() {
    return identification.getReadOnlyProperty();
  }

  /** The CID of the table that validates the next instance, when the whole chain is valid. */
  public ReadOnlyStringProperty nextTableCid() {
    return nextTableCid.getReadOnlyProperty();
  }

  /** Whether a certificate failed (the first-failure commands have somewhere to go). */
  public ReadOnlyBooleanProperty hasFailure() {
    return hasFailure.getReadOnlyProperty();
  }

  /** The selected certificate's index, or -1. */
  public ReadOnlyIntegerProperty selectedIndex() {
    return selectedIndex.getReadOnlyProperty();
  }

  /** The stage at the stepping cursor. */
  public ReadOnlyObjectProperty<Stage> cursor() {
    return cursor.getReadOnlyProperty();
  }

  /** The selected certificate's facts; null when none is selected. */
  public ReadOnlyObjectProperty<CertificateHeader> header() {
    return header.getReadOnlyProperty();
  }

  /** The selected certificate's stages, in go-f3's order, with the cursor marked. */
  public ObservableList<StageNode> pipeline() {
    return pipelineView;
  }

  /** The stage at the cursor; null when no certificate is selected. */
  public ReadOnlyObjectProperty<StageDetail> detail() {
    return detail.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canStepBack() {
    return canStepBack.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canStepForward() {
    return canStepForward.getReadOnlyProperty();
  }

  /** Whether the certificates were validated, so there is a report to copy or export. */
  public ReadOnlyBooleanProperty hasReport() {
    return hasReport.getReadOnlyProperty();
  }

  /**
   * The validation as Markdown (core's report: verdict, trust, failure with its evidence, the
   * stages the verdict rests on); empty when nothing was validated.
   */
  public String markdown() {
    return inspection.map(i -> ValidationMarkdown.of(i, judged)).orElse("");
  }

  /** The instance of the certificate at {@code index}, in full, to copy; empty when none. */
  public String instanceText(int index) {
    return index < 0 || index >= certificates.size()
        ? ""
        : Long.toUnsignedString(certificates.get(index).instance());
  }

  /**
   * The power-table CID the certificate at {@code index} commits to, to copy; empty when none or it
   * commits to none.
   */
  public String committedTableCid(int index) {
    return index < 0 || index >= certificates.size()
        ? ""
        : certificates.get(index).supplementalData().powerTable().map(Object::toString).orElse("");
  }

  // ---- commands

  /**
   * Selects a certificate and puts the cursor on its first stage, or on its failing stage when it
   * failed.
   */
  public void select(int index) {
    if (index < 0 || index >= certificates.size()) {
      return;
    }
    Stage start =
        outcome(index)
            .flatMap(CertificateOutcome::failure)
            .map(ValidationFailure::stage)
            .orElse(Stage.INSTANCE);
    show(index, start);
  }

  /**
   * Moves to another certificate keeping the cursor on the same stage, so one stage can be compared
   * across certificates (the arrow keys and the list do this).
   */
  public void moveTo(int index) {
    if (index < 0 || index >= certificates.size()) {
      return;
    }
    if (selectedIndex.get() < 0) {
      select(index);
    } else {
      show(index, cursor.get());
    }
  }

  /** Moves the cursor to a stage of the selected certificate. */
  public void selectStage(Stage stage) {
    if (selectedIndex.get() >= 0) {
      show(selectedIndex.get(), stage);
    }
  }

  public void nextStage() {
    if (canStepForward.get()) {
      selectStage(STAGES[cursor.get().ordinal() + 1]);
    }
  }

  public void previousStage() {
    if (canStepBack.get()) {
      selectStage(STAGES[cursor.get().ordinal() - 1]);
    }
  }

  public void firstStage() {
    selectStage(STAGES[0]);
  }

  public void lastStage() {
    selectStage(STAGES[STAGES.length - 1]);
  }

  /** The next certificate, at the same stage. */
  public void nextCertificate() {
    moveTo(selectedIndex.get() + 1);
  }

  /** The previous certificate, at the same stage. */
  public void previousCertificate() {
    moveTo(selectedIndex.get() - 1);
  }

  /**
   * Moves to the end of validation: the last stage that ran of the last certificate checked (the
   * failing stage when validation stopped early).
   */
  public void runToEnd() {
    if (inspection.isEmpty() || certificates.isEmpty()) {
      notice.accept(
          certificates.isEmpty()
              ? "No certificates are open."
              : "Nothing was validated: open a power table first.");
      return;
    }
    int last = inspection.get().firstFailureIndex().orElse(certificates.size() - 1);
    List<StageEvent> events = outcome(last).map(CertificateOutcome::events).orElse(List.of());
    Stage stage = events.isEmpty() ? Stage.INSTANCE : events.get(events.size() - 1).stage();
    show(last, stage);
    notice.accept("End of validation: " + summary.get() + ".");
  }

  /** Moves to the failing stage of the failing certificate, or says there is none. */
  public void runToFirstFailure() {
    Optional<Integer> failed = inspection.flatMap(ChainInspection::firstFailureIndex);
    if (failed.isEmpty()) {
      notice.accept(
          inspection.isEmpty()
              ? "Nothing was validated: open a power table first."
              : "No failure: every certificate is valid.");
      return;
    }
    select(failed.get());
    notice.accept(summary.get() + ".");
  }

  // ---- state

  private void load(LoadedChain chain) {
    certificates = chain == null ? List.of() : chain.certificates();
    inspection = chain == null ? Optional.empty() : chain.inspection();
    judged = chain == null ? Optional.empty() : chain.judged();
    hasReport.set(inspection.isPresent());
    selectedIndex.set(-1);
    List<CertificateRow> list = new ArrayList<>(certificates.size());
    for (int i = 0; i < certificates.size(); i++) {
      list.add(row(i));
    }
    rows.setAll(list);
    summarise();
    Integer wanted = workspace.selectedCertificateProperty().get();
    int index = wanted == null ? 0 : Math.max(0, Math.min(wanted, certificates.size() - 1));
    if (certificates.isEmpty()) {
      header.set(null);
      detail.set(null);
      pipeline.clear();
      canStepBack.set(false);
      canStepForward.set(false);
    } else {
      select(index);
    }
  }

  private void summarise() {
    nextTableCid.set("");
    hasFailure.set(inspection.flatMap(ChainInspection::firstFailureIndex).isPresent());
    identification.set(null);
    meaning.set("");
    if (certificates.isEmpty()) {
      summaryTone.set(Tone.MUTED);
      summary.set("No certificates open");
      summaryDetail.set("Open certificate files (with their power table) or a demo network.");
      return;
    }
    if (inspection.isEmpty()) {
      summaryTone.set(Tone.WARNING);
      summary.set("⚠ Open a power table to validate these certificates");
      summaryDetail.set(count(certificates.size()) + " loaded, not validated.");
      return;
    }
    ChainInspection chain = inspection.get();
    boolean failed = hasFailure.get();
    ChainVerdict verdict =
        judged
            .map(TrustedValidation::verdict)
            .orElse(failed ? ChainVerdict.INVALID : ChainVerdict.VALID_UNVERIFIED);
    String network = judged.map(j -> j.start().network()).orElse("the network");
    identification.set(judged.flatMap(TrustedValidation::identification).orElse(null));
    switch (verdict) {
      case VALID -> {
        summaryTone.set(Tone.SUCCESS);
        summary.set("✔ " + StageExplanation.chainVerdict(chain));
      }
      case VALID_UNVERIFIED -> {
        summaryTone.set(Tone.WARNING);
        summary.set(
            "⚠ "
                + StageExplanation.chainVerdict(chain)
                + ", from an unverified"
                + " starting table");
      }
      case UNTRUSTED_POWER_TABLE -> {
        summaryTone.set(Tone.DANGER);
        summary.set(
            "✘ The certificates are consistent, but the starting table is not " + network + "'s");
      }
      case INVALID -> {
        summaryTone.set(Tone.DANGER);
        summary.set("✘ " + StageExplanation.chainVerdict(chain));
      }
    }
    meaning.set(judged.flatMap(TrustedValidation::explanation).orElse(""));
    if (failed) {
      summaryDetail.set(
          Formats.integer(chain.count(CertificateStatus.VALID))
              + " valid, "
              + Formats.integer(chain.count(CertificateStatus.INVALID))
              + " invalid, "
              + Formats.integer(chain.count(CertificateStatus.NOT_REACHED))
              + " not reached.");
    } else {
      summaryDetail.set(
          "Every certificate was checked like go-f3 does; the next table CID is"
              + " the one the last certificate commits to:");
      chain
          .outcomes()
          .get(chain.outcomes().size() - 1)
          .event(Stage.POWER_TABLE_CID)
          .flatMap(e -> StageDetails.find(e.outputs(), "computedCid"))
          .ifPresent(nextTableCid::set);
    }
  }

  private void show(int index, Stage stage) {
    selectedIndex.set(index);
    cursor.set(stage);
    if (!Objects.equals(workspace.selectedCertificateProperty().get(), index)) {
      workspace.selectedCertificateProperty().set(index);
    }
    FinalityCertificate certificate = certificates.get(index);
    Optional<CertificateOutcome> outcome = outcome(index);
    header.set(CertificateFacts.header(certificate, outcome, failure()));
    List<StageNode> nodes = new ArrayList<>(STAGES.length);
    for (Stage s : STAGES) {
      nodes.add(
          new StageNode(
              s,
              outcome
                  .map(o -> StageExplanation.verdict(o, s))
                  .orElse(StageExplanation.Verdict.NOT_RUN),
              s == stage));
    }
    pipeline.setAll(nodes);
    String network =
        inspection
            .map(ChainInspection::networkName)
            .orElse(workspace.network() == null ? "" : workspace.network().f3NetworkName());
    detail.set(StageDetails.of(network, certificate, outcome, stage, failure(), roll(index)));
    canStepBack.set(stage.ordinal() > 0);
    canStepForward.set(stage.ordinal() < STAGES.length - 1);
  }

  /**
   * Who signed the certificate at {@code index} and who did not, read against the committee
   * validation used for it; empty when that committee is unknown or a signer is outside it.
   */
  private Optional<InstanceRoll> roll(int index) {
    Optional<PowerTable> committee = inspection.flatMap(i -> i.committeeOf(index));
    if (committee.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InstanceRoll.of(certificates.get(index), committee.get()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private CertificateRow row(int index) {
    return CertificateFacts.row(index, certificates.get(index), outcome(index));
  }

  private Optional<CertificateOutcome> outcome(int index) {
    return inspection.map(i -> i.outcomes().get(index));
  }

  private Optional<ValidationFailure> failure() {
    return inspection.flatMap(i -> i.result().failure());
  }

  private static String count(int n) {
    return Formats.integer(n) + (n == 1 ? " certificate" : " certificates");
  }
}
