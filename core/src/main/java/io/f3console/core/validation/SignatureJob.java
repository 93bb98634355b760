package io.f3console.core.validation;

import io.f3console.core.crypto.AggregateKey;
import io.f3console.core.crypto.BlsException;
import io.f3console.core.crypto.BlsSignatures;
import io.f3console.core.crypto.InvalidPublicKeyException;
import io.f3console.core.crypto.MessagePoint;
import io.f3console.core.crypto.SignatureCheck;
import io.f3console.core.crypto.SignatureVerifier;
import io.f3console.core.validation.CommitteeMemo.Prepared;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The signature check of one certificate: aggregate the signers' keys with their BDN weights, hash
 * the signed bytes to G2, check the pairing, each step by the validator's {@link SignatureVerifier}
 * and recorded as its own stage. This is the expensive part of validation and depends only on the
 * certificate and the table of its instance, so certificates can be checked in parallel while power
 * tables evolve in order on another thread.
 */
final class SignatureJob {
  private static final HexFormat HEX = HexFormat.of();

  private final long instance;
  private final SignatureVerifier verifier;
  private final CommitteeMemo committee;
  private final int[] signers;
  private final byte[] message;
  private final byte[] signature;
  private final boolean trace;

  SignatureJob(
      long instance,
      SignatureVerifier verifier,
      CommitteeMemo committee,
      int[] signers,
      byte[] message,
      byte[] signature,
      boolean trace) {
    this.instance = instance;
    this.verifier = verifier;
    this.committee = committee;
    this.signers = signers;
    this.message = message;
    this.signature = signature;
    this.trace = trace;
  }

  /** The stages' events and the failure, if any; an environment error is kept, not thrown. */
  record Outcome(
      List<StageEvent> events,
      Optional<ValidationFailure> failure,
      Optional<BlsException> environmentError) {}

  Outcome run() {
    StageRecorder recorder = new StageRecorder(instance, trace);
    try {
      recorder.begin();
      Prepared prepared;
      try {
        prepared = committee.get();
      } catch (InvalidPublicKeyException e) {
        ValidationFailure failure =
            recorder.fail(
                FailureReason.INVALID_PUBLIC_KEY,
                "cannot aggregate the power table's keys for instance "
                    + instance
                    + ": "
                    + e.getMessage(),
                List.of(
                    Detail.of("entryIndex", e.entryIndex().orElse(-1)),
                    Detail.of("keyStatus", e.status())),
                StageRecorder.none());
        return new Outcome(recorder.events(), Optional.of(failure), Optional.empty());
      }
      AggregateKey key = verifier.aggregate(prepared.committee(), signers);
      recorder.pass(
          Stage.AGGREGATE_KEY,
          () ->
              List.of(
                  Detail.of("signers", signers.length),
                  Detail.of("committeeSize", prepared.committee().size()),
                  Detail.of("committeePreparedNanos", prepared.preparationNanos())),
          () -> List.of(Detail.of("aggregateKey", HEX.formatHex(key.compressed()))));

      recorder.begin();
      MessagePoint point = verifier.hashToG2(message);
      recorder.pass(
          Stage.HASH_TO_G2,
          () ->
              List.of(
                  Detail.of("messageBytes", message.length), Detail.of("dst", BlsSignatures.DST)),
          () -> List.of(Detail.of("messagePoint", HEX.formatHex(point.compressed()))));

      recorder.begin();
      SignatureCheck check = verifier.checkPairing(key, point, signature);
      if (!check.isValid()) {
        ValidationFailure failure =
            recorder.fail(
                FailureReason.INVALID_SIGNATURE,
                "invalid signature on finality certificate for instance "
                    + instance
                    + ": "
                    + check.detail(),
                List.of(
                    Detail.of("outcome", check.outcome()),
                    Detail.of("signatureBytes", signature.length)),
                () ->
                    List.of(
                        Detail.of("signature", HEX.formatHex(signature)),
                        Detail.of("aggregateKey", HEX.formatHex(key.compressed()))));
        return new Outcome(recorder.events(), Optional.of(failure), Optional.empty());
      }
      recorder.pass(
          Stage.PAIRING,
          () ->
              List.of(
                  Detail.of("signature", HEX.formatHex(signature)),
                  Detail.of("aggregateKey", HEX.formatHex(key.compressed()))),
          () -> List.of(Detail.of("result", "e(aggregate key, H(m)) = e(g1, signature)")));
      return new Outcome(recorder.events(), Optional.empty(), Optional.empty());
    } catch (BlsException e) {
      return new Outcome(recorder.events(), Optional.empty(), Optional.of(e));
    }
  }
}
