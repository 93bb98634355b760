package io.f3console.core.validation;

import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.InvalidPowerDeltaException;
import io.f3console.core.certs.PowerTableDeltas;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.SigningPayload;
import io.f3console.core.gpbft.TipSet;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.PrimitiveIterator;

/**
 * The cheap, order-dependent stages of one certificate: everything before the signature check
 * (instance, chain, base, signers, quorum, payload) and everything after it (delta, next table
 * CID). Messages follow go-f3's wording so they can be matched against node logs; where go-f3
 * prints something misleading (an actor ID labelled as a signer index), both are given.
 */
final class CertificateChecks {
  private static final HexFormat HEX = HexFormat.of();

  private final String networkName;
  private final boolean trace;

  CertificateChecks(String networkName, boolean trace) {
    this.networkName = networkName;
    this.trace = trace;
  }

  /** The outcome of the stages before the signature check. */
  record BeforeSignature(
      List<StageEvent> events,
      Optional<ValidationFailure> failure,
      int[] signers,
      byte[] message) {}

  /** The outcome of the stages after the signature check. */
  record AfterSignature(
      List<StageEvent> events, Optional<ValidationFailure> failure, PowerTable nextTable) {}

  BeforeSignature beforeSignature(
      FinalityCertificate cert, long expected, PowerTable table, Optional<TipSet> base) {
    StageRecorder recorder = new StageRecorder(expected, trace);
    Optional<ValidationFailure> failure =
        checkInstance(recorder, cert, expected)
            .or(() -> checkChain(recorder, cert, expected))
            .or(() -> checkBase(recorder, cert, expected, base));
    if (failure.isPresent()) {
      return new BeforeSignature(recorder.events(), failure, new int[0], new byte[0]);
    }
    SignerSelection selection = SignerSelection.select(recorder, cert, expected, table);
    if (selection.failure().isPresent()) {
      return new BeforeSignature(recorder.events(), selection.failure(), new int[0], new byte[0]);
    }
    recorder.begin();
    long threshold = table.strongQuorumThreshold();
    long power = selection.power();
    List<Detail> quorum =
        List.of(
            Detail.of("signerPower", power),
            Detail.of("scaledTotal", table.scaledTotal()),
            Detail.of("threshold", threshold),
            Detail.of("signers", selection.indexes().length));
    if (power < threshold) {
      ValidationFailure insufficient =
          recorder.fail(
              FailureReason.INSUFFICIENT_POWER,
              "finality certificate for instance "
                  + Long.toUnsignedString(expected)
                  + " has insufficient power: "
                  + power
                  + " < 2/3 "
                  + table.scaledTotal()
                  + " (the threshold is "
                  + threshold
                  + ")",
              quorum,
              StageRecorder.none());
      return new BeforeSignature(
          recorder.events(), Optional.of(insufficient), new int[0], new byte[0]);
    }
    recorder.pass(
        Stage.QUORUM, () -> quorum, () -> List.of(Detail.of("margin", power - threshold)));

    recorder.begin();
    ECChain chain = cert.chain();
    byte[] message =
        SigningPayload.forDecide(networkName, cert.instance(), cert.supplementalData(), chain);
    recorder.pass(
        Stage.PAYLOAD,
        () ->
            List.of(
                Detail.of("network", networkName),
                Detail.of("instance", Long.toUnsignedString(cert.instance())),
                Detail.of("round", 0),
                Detail.of("phase", "DECIDE")),
        () ->
            List.of(
                Detail.of("chainKey", HEX.formatHex(chain.key())),
                Detail.of("length", message.length),
                Detail.of("bytes", HEX.formatHex(message))));
    return new BeforeSignature(recorder.events(), Optional.empty(), selection.indexes(), message);
  }

  AfterSignature afterSignature(FinalityCertificate cert, long instance, PowerTable table) {
    StageRecorder recorder = new StageRecorder(instance, trace);
    recorder.begin();
    PowerTable next;
    try {
      next = PowerTableDeltas.apply(table, cert.powerTableDelta());
    } catch (InvalidPowerDeltaException e) {
      ValidationFailure failure =
          recorder.fail(
              FailureReason.INVALID_POWER_DELTA,
              "failed to apply power table delta for finality certificate for instance "
                  + Long.toUnsignedString(instance)
                  + ": "
                  + e.getMessage(),
              List.of(
                  Detail.of("deltaIndex", e.deltaIndex()),
                  Detail.of("participant", e.participant()),
                  Detail.of("problem", e.problem())),
              () -> List.of(Detail.of("deltas", cert.powerTableDelta().size())));
      return new AfterSignature(recorder.events(), Optional.of(failure), table);
    }
    recorder.pass(
        Stage.POWER_DELTA,
        () ->
            List.of(
                Detail.of("deltas", cert.powerTableDelta().size()),
                Detail.of("entriesBefore", table.size())),
        () -> List.of(Detail.of("entriesAfter", next.size())));

    recorder.begin();
    Cid computed = next.cid();
    Optional<Cid> expected = cert.supplementalData().powerTable();
    String expectedText = expected.map(Cid::toString).orElse("(undefined)");
    if (expected.isEmpty() || !expected.get().equals(computed)) {
      ValidationFailure failure =
          recorder.fail(
              FailureReason.POWER_TABLE_CID_MISMATCH,
              "incorrect power diff from finality certificate for instance "
                  + Long.toUnsignedString(instance)
                  + ": expected "
                  + expectedText
                  + ", got "
                  + computed,
              List.of(Detail.of("expectedCid", expectedText), Detail.of("computedCid", computed)),
              StageRecorder.none());
      return new AfterSignature(recorder.events(), Optional.of(failure), table);
    }
    recorder.pass(
        Stage.POWER_TABLE_CID,
        () -> List.of(Detail.of("expectedCid", expectedText)),
        () -> List.of(Detail.of("computedCid", computed)));
    return new AfterSignature(recorder.events(), Optional.empty(), next);
  }

  private static Optional<ValidationFailure> checkInstance(
      StageRecorder recorder, FinalityCertificate cert, long expected) {
    recorder.begin();
    List<Detail> details =
        List.of(
            Detail.of("expected", Long.toUnsignedString(expected)),
            Detail.of("found", Long.toUnsignedString(cert.instance())));
    if (cert.instance() != expected) {
      return Optional.of(
          recorder.fail(
              FailureReason.INSTANCE_MISMATCH,
              "expected instance "
                  + Long.toUnsignedString(expected)
                  + ", found instance "
                  + Long.toUnsignedString(cert.instance()),
              details,
              StageRecorder.none()));
    }
    recorder.pass(
        Stage.INSTANCE,
        () -> details,
        () -> List.of(Detail.of("instance", Long.toUnsignedString(expected))));
    return Optional.empty();
  }

  private static Optional<ValidationFailure> checkChain(
      StageRecorder recorder, FinalityCertificate cert, long instance) {
    recorder.begin();
    ECChain chain = cert.chain();
    Optional<String> invalid = chain.validationError();
    if (invalid.isPresent()) {
      return Optional.of(
          recorder.fail(
              FailureReason.INVALID_CHAIN,
              "invalid finality certificate at instance "
                  + Long.toUnsignedString(instance)
                  + ": "
                  + invalid.get(),
              List.of(Detail.of("problem", invalid.get()), Detail.of("tipsets", chain.size())),
              StageRecorder.none()));
    }
    if (chain.isZero()) {
      return Optional.of(
          recorder.fail(
              FailureReason.EMPTY_CHAIN,
              "empty finality certificate for instance " + Long.toUnsignedString(instance),
              List.of(Detail.of("tipsets", 0)),
              StageRecorder.none()));
    }
    recorder.pass(
        Stage.CHAIN,
        () -> List.of(Detail.of("tipsets", chain.size())),
        () ->
            List.of(
                Detail.of("baseEpoch", chain.base().epoch()),
                Detail.of("headEpoch", chain.head().epoch())));
    return Optional.empty();
  }

  private static Optional<ValidationFailure> checkBase(
      StageRecorder recorder, FinalityCertificate cert, long instance, Optional<TipSet> base) {
    recorder.begin();
    TipSet actual = cert.chain().base();
    if (base.isPresent() && !base.get().equals(actual)) {
      return Optional.of(
          recorder.fail(
              FailureReason.BASE_MISMATCH,
              "base tipset does not match finalized chain at instance "
                  + Long.toUnsignedString(instance)
                  + " (expected epoch "
                  + base.get().epoch()
                  + ", found epoch "
                  + actual.epoch()
                  + ")",
              List.of(
                  Detail.of("expectedBase", describe(base.get())),
                  Detail.of("actualBase", describe(actual))),
              StageRecorder.none()));
    }
    recorder.pass(
        Stage.BASE,
        () ->
            List.of(
                Detail.of(
                    "expectedBase",
                    base.map(CertificateChecks::describe)
                        .orElse("none given (first certificate): not checked"))),
        () -> List.of(Detail.of("actualBase", describe(actual))));
    return Optional.empty();
  }

  static String describe(TipSet tipSet) {
    return "epoch "
        + tipSet.epoch()
        + ", key "
        + shortHex(tipSet.key())
        + ", power table "
        + tipSet.powerTable();
  }

  private static String shortHex(byte[] bytes) {
    String hex = HEX.formatHex(bytes);
    return hex.length() <= 24
        ? hex
        : hex.substring(0, 12)
            + "…"
            + hex.substring(hex.length() - 12)
            + " ("
            + bytes.length
            + " bytes)";
  }

  /** The signers of a certificate, checked against the table, and their scaled power. */
  record SignerSelection(int[] indexes, long power, Optional<ValidationFailure> failure) {
    static SignerSelection select(
        StageRecorder recorder, FinalityCertificate cert, long instance, PowerTable table) {
      recorder.begin();
      int size = table.size();
      int[] indexes = new int[Math.min(size, 1024)];
      int count = 0;
      long power = 0;
      PrimitiveIterator.OfLong iterator = cert.signers().iterator();
      while (iterator.hasNext()) {
        long index = iterator.nextLong();
        if (Long.compareUnsigned(index, size) >= 0) {
          return failed(
              recorder.fail(
                  FailureReason.SIGNER_OUT_OF_RANGE,
                  "finality certificate for instance "
                      + Long.toUnsignedString(instance)
                      + " specifies a signer "
                      + Long.toUnsignedString(index)
                      + " but we only have "
                      + size
                      + " entries in the power table",
                  List.of(
                      Detail.of("signerIndex", Long.toUnsignedString(index)),
                      Detail.of("tableSize", size)),
                  StageRecorder.none()));
        }
        int i = (int) index;
        long scaled = table.scaledPower(i);
        if (scaled == 0) {
          return failed(
              recorder.fail(
                  FailureReason.SIGNER_ZERO_POWER,
                  "finality certificate for instance "
                      + Long.toUnsignedString(instance)
                      + " specifies a signer "
                      + i
                      + " ("
                      + table.entry(i).id()
                      + ") but they have no effective power after scaling",
                  List.of(
                      Detail.of("signerIndex", i),
                      Detail.of("actor", table.entry(i).id()),
                      Detail.of("power", table.entry(i).power())),
                  StageRecorder.none()));
        }
        if (count == indexes.length) {
          indexes = Arrays.copyOf(indexes, Math.min(size, indexes.length * 2));
        }
        indexes[count++] = i;
        power += scaled;
      }
      int[] selected = Arrays.copyOf(indexes, count);
      long total = power;
      recorder.pass(
          Stage.SIGNERS,
          () ->
              List.of(
                  Detail.of("signerRuns", cert.signers().runCount()), Detail.of("tableSize", size)),
          () -> List.of(Detail.of("signers", selected.length), Detail.of("signerPower", total)));
      return new SignerSelection(selected, power, Optional.empty());
    }

    private static SignerSelection failed(ValidationFailure failure) {
      return new SignerSelection(new int[0], 0, Optional.of(failure));
    }
  }
}
