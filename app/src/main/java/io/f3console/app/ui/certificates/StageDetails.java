package io.f3console.app.ui.certificates;

import io.f3console.app.ui.certificates.StageDetail.CidComparison;
import io.f3console.app.ui.certificates.StageDetail.DeltaRow;
import io.f3console.app.ui.certificates.StageDetail.DeltaTable;
import io.f3console.app.ui.certificates.StageDetail.DetailRow;
import io.f3console.app.ui.certificates.StageDetail.FailureNote;
import io.f3console.app.ui.certificates.StageDetail.HexValue;
import io.f3console.app.ui.controls.Formats;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.PowerTableDelta;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.inspect.CertificateOutcome;
import io.f3console.core.inspect.PayloadAnnotation;
import io.f3console.core.inspect.StageExplanation;
import io.f3console.core.inspect.StageExplanation.Verdict;
import io.f3console.core.participation.InstanceRoll;
import io.f3console.core.validation.Detail;
import io.f3console.core.validation.Stage;
import io.f3console.core.validation.StageEvent;
import io.f3console.core.validation.ValidationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns one recorded stage of one certificate into a {@link StageDetail}. Reads the events the
 * inspection kept; validates nothing, so a step costs only formatting.
 */
final class StageDetails {
  static final String NOT_VALIDATED =
      "Not validated: open a power table to validate these" + " certificates.";

  private StageDetails() {}

  /**
   * The detail of {@code stage} of {@code certificate}.
   *
   * @param networkName the network the signatures were checked for (for the payload layout)
   * @param outcome the certificate's outcome, empty when the chain was not validated
   * @param firstFailure the chain's first failure
   */
  static StageDetail of(
      String networkName,
      FinalityCertificate certificate,
      Optional<CertificateOutcome> outcome,
      Stage stage,
      Optional<ValidationFailure> firstFailure) {
    return of(networkName, certificate, outcome, stage, firstFailure, Optional.empty());
  }

  /**
   * The same, with the certificate's signers and absentees (core's {@link InstanceRoll}) shown at
   * the signers and quorum stages when they ran.
   */
  static StageDetail of(
      String networkName,
      FinalityCertificate certificate,
      Optional<CertificateOutcome> outcome,
      Stage stage,
      Optional<ValidationFailure> firstFailure,
      Optional<InstanceRoll> roll) {
    String step = "stage " + (stage.ordinal() + 1) + " of " + Stage.values().length;
    Optional<StageEvent> event = outcome.flatMap(o -> o.event(stage));
    if (outcome.isEmpty() || event.isEmpty()) {
      String text =
          outcome
              .map(o -> StageExplanation.verdictSentence(o, stage, firstFailure))
              .orElse(NOT_VALIDATED);
      return new StageDetail(
          stage,
          step,
          Verdict.NOT_RUN,
          text,
          "",
          "",
          Optional.empty(),
          List.of(),
          List.of(),
          List.of(),
          Optional.empty(),
          List.of(),
          List.of(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }
    StageEvent e = event.get();
    Optional<FailureNote> failure =
        e.failure()
            .map(
                f ->
                    new FailureNote(
                        StageExplanation.failureHeadline(f),
                        StageExplanation.concreteSentence(f),
                        f.reason().meaning()));
    List<DetailRow> evidence = e.failure().map(f -> rows(f.details())).orElse(List.of());
    return new StageDetail(
        stage,
        step,
        StageExplanation.verdict(outcome.get(), stage),
        StageExplanation.verdictSentence(outcome.get(), stage, firstFailure),
        timing(e.nanos()),
        summary(e, certificate),
        failure,
        rows(e.inputs()),
        rows(e.outputs()),
        evidence,
        StageExplanation.quorum(e),
        payload(networkName, certificate, e),
        hexValues(e, outcome.get()),
        deltas(e, certificate),
        cids(e),
        stage == Stage.SIGNERS || stage == Stage.QUORUM ? roll : Optional.empty());
  }

  /** A detail list as rows: names for people, numbers grouped, identifiers copyable. */
  static List<DetailRow> rows(List<Detail> details) {
    List<DetailRow> rows = new ArrayList<>(details.size());
    for (Detail d : details) {
      rows.add(new DetailRow(label(d.name()), value(d.value()), copyable(d.value())));
    }
    return List.copyOf(rows);
  }

  /** {@code signerPower} → {@code Signer power}, {@code expectedCid} → {@code Expected CID}. */
  static String label(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split("(?=[A-Z])")) {
      String lower = word.toLowerCase(Locale.ROOT);
      String shown =
          switch (lower) {
            case "cid" -> "CID";
            case "dst" -> "DST";
            case "bls" -> "BLS";
            case "nanos" -> "(ns)";
            default -> lower;
          };
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(shown);
    }
    return out.length() == 0 ? name : Character.toUpperCase(out.charAt(0)) + out.substring(1);
  }

  private static String value(String value) {
    if (value.matches("-?\\d{4,18}")) {
      return Formats.integer(Long.parseLong(value));
    }
    return value;
  }

  private static boolean copyable(String value) {
    return value.length() > 24 && !value.contains(" ");
  }

  private static String timing(long nanos) {
    if (nanos <= 0) {
      return "";
    }
    return nanos < 1_000_000
        ? String.format(Locale.ROOT, "%.1f µs", nanos / 1e3)
        : String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
  }

  private static String summary(StageEvent e, FinalityCertificate certificate) {
    return switch (e.stage()) {
      case CHAIN ->
          certificate.chain().isZero()
              ? ""
              : Formats.integer(certificate.chain().size())
                  + " tipsets from epoch "
                  + Formats.integer(certificate.chain().base().epoch())
                  + " (the base, finalised"
                  + " before) to epoch "
                  + Formats.integer(certificate.chain().head().epoch())
                  + ".";
      case SIGNERS ->
          find(e.outputs(), "signers")
              .flatMap(
                  s ->
                      find(e.inputs(), "tableSize")
                          .map(
                              t ->
                                  value(s)
                                      + " of the committee's "
                                      + value(t)
                                      + " participants signed."))
              .orElse("");
      case AGGREGATE_KEY ->
          find(e.inputs(), "signers")
              .flatMap(
                  s ->
                      find(e.inputs(), "committeeSize")
                          .map(
                              c ->
                                  "The sum of "
                                      + value(s)
                                      + " of the committee's "
                                      + value(c)
                                      + " worker keys, each weighted by its BDN coefficient: the one key the"
                                      + " signature must verify against."))
              .orElse("");
      case HASH_TO_G2 ->
          find(e.inputs(), "messageBytes")
              .map(
                  n ->
                      "The "
                          + n
                          + " signed bytes"
                          + " hashed to a point of the G2 curve (RFC 9380, the tag below).")
              .orElse("");
      case PAIRING ->
          e.passed()
              ? "The pairing equation holds: e(aggregate key, H(payload)) ="
                  + " e(generator, signature). The signers did sign these bytes."
              : "";
      case POWER_DELTA ->
          Formats.integer(certificate.powerTableDelta().size())
              + (certificate.powerTableDelta().size() == 1 ? " change" : " changes")
              + " to the power table for the next instance.";
      default -> "";
    };
  }

  private static List<PayloadAnnotation.Part> payload(
      String networkName, FinalityCertificate certificate, StageEvent e) {
    if (e.stage() != Stage.PAYLOAD) {
      return List.of();
    }
    return find(e.outputs(), "bytes")
        .map(hex -> PayloadAnnotation.ofHex(networkName, certificate.supplementalData(), hex))
        .orElse(List.of());
  }

  private static List<HexValue> hexValues(StageEvent e, CertificateOutcome outcome) {
    List<HexValue> values = new ArrayList<>();
    switch (e.stage()) {
      case AGGREGATE_KEY ->
          find(e.outputs(), "aggregateKey")
              .ifPresent(
                  k ->
                      values.add(
                          new HexValue("Aggregate key (G1, compressed)", k, "aggregate key")));
      case HASH_TO_G2 ->
          find(e.outputs(), "messagePoint")
              .ifPresent(
                  p ->
                      values.add(
                          new HexValue(
                              "Message point H(payload) (G2, compressed)", p, "message point")));
      case PAIRING -> {
        outcome
            .event(Stage.HASH_TO_G2)
            .flatMap(h -> find(h.outputs(), "messagePoint"))
            .ifPresent(
                p -> values.add(new HexValue("Message point H(payload)", p, "message point")));
        find(e.inputs(), "signature")
            .ifPresent(s -> values.add(new HexValue("Signature (G2, compressed)", s, "signature")));
        find(e.inputs(), "aggregateKey")
            .ifPresent(
                k ->
                    values.add(new HexValue("Aggregate key (G1, compressed)", k, "aggregate key")));
      }
      default -> {}
    }
    return List.copyOf(values);
  }

  private static Optional<DeltaTable> deltas(StageEvent e, FinalityCertificate certificate) {
    if (e.stage() != Stage.POWER_DELTA) {
      return Optional.empty();
    }
    List<DeltaRow> rows = new ArrayList<>();
    for (PowerTableDelta delta : certificate.powerTableDelta()) {
      int sign = delta.powerDelta().signum();
      String magnitude =
          Formats.power(
              sign < 0 ? StoragePower.of(delta.powerDelta().value().negate()) : delta.powerDelta());
      String shown = sign == 0 ? "0" : (sign > 0 ? "+" : "−") + magnitude;
      rows.add(
          new DeltaRow(
              delta.participant().address(),
              shown,
              Formats.exactBytes(delta.powerDelta()),
              delta.signingKey().isEmpty() ? "" : delta.signingKey().toHex()));
    }
    String before = find(e.inputs(), "entriesBefore").map(StageDetails::value).orElse("?");
    String after = find(e.outputs(), "entriesAfter").map(StageDetails::value).orElse("");
    return Optional.of(new DeltaTable(List.copyOf(rows), before, after));
  }

  private static Optional<CidComparison> cids(StageEvent e) {
    if (e.stage() != Stage.POWER_TABLE_CID) {
      return Optional.empty();
    }
    List<Detail> all = new ArrayList<>(e.inputs());
    all.addAll(e.outputs());
    e.failure().ifPresent(f -> all.addAll(f.details()));
    Optional<String> expected = find(all, "expectedCid");
    Optional<String> computed = find(all, "computedCid");
    if (expected.isEmpty() || computed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CidComparison(expected.get(), computed.get()));
  }

  static Optional<String> find(List<Detail> details, String name) {
    return details.stream().filter(d -> d.name().equals(name)).map(Detail::value).findFirst();
  }
}
