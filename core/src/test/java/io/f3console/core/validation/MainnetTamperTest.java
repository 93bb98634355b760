package io.f3console.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.bitfield.Bitfield;
import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.certs.PowerTableDelta;
import io.f3console.core.cid.Cid;
import io.f3console.core.gpbft.ActorId;
import io.f3console.core.gpbft.ECChain;
import io.f3console.core.gpbft.PowerEntry;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.gpbft.PubKey;
import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.gpbft.SupplementalData;
import io.f3console.core.gpbft.TipSet;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.testing.SharedData;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real mainnet certificates 0-9 and initial power table, tampered one field at a time, fail
 * with the reason go-f3's {@code ValidateFinalityCertificates} gives and at the instance tampered,
 * its order of checks deciding which reason wins: instance, chain, empty chain, base, signers (in
 * ascending index order), quorum, the committee's keys, the signature, the delta, the next table's
 * CID. The certificates before the tampered one still validate.
 */
class MainnetTamperTest {
  static final String NETWORK = "filecoin";
  static final String CID_AFTER_9 = MainnetCertificatesTest.CID_AFTER_9;
  static final String INITIAL_CID = MainnetCertificatesTest.INITIAL_CID;

  /** The data's README: the scaled powers of the initial table add up to 64763. */
  static final long SCALED_TOTAL = 64763;

  /** go-f3's strong quorum: 3 x power >= 2 x total, so ceil(2 x 64763 / 3). */
  static final long THRESHOLD = 43176;

  static PowerTable initial;
  static List<FinalityCertificate> certs;

  @BeforeEach
  void load() throws Exception {
    if (initial != null && certs != null) {
      return;
    }
    initial = PowerTableFiles.read(SharedData.file("mainnet_initial_power_table.json")).toTable();
    try (InputStream in = Files.newInputStream(SharedData.file("mainnet_certs_0_9.json"))) {
      certs = CertificateJson.readAll(in, "mainnet_certs_0_9.json");
    }
  }

  private static ValidationResult validate(PowerTable table, List<FinalityCertificate> list)
      throws Exception {
    return new CertificateValidator(NETWORK, ValidatorOptions.withThreads(2))
        .validate(table, 0, list);
  }

  /** The certificates with certificate {@code index} changed. */
  private static List<FinalityCertificate> with(
      int index, UnaryOperator<FinalityCertificate> change) {
    List<FinalityCertificate> list = new ArrayList<>(certs);
    list.set(index, change.apply(certs.get(index)));
    return list;
  }

  /** Validates and checks the reason and instance, and that every earlier certificate passed. */
  private static ValidationFailure failsWith(
      PowerTable table, List<FinalityCertificate> list, FailureReason reason, int instance)
      throws Exception {
    ValidationResult result = validate(table, list);

    assertThat(result.failure()).isPresent();
    ValidationFailure failure = result.failure().get();
    assertThat(failure.reason()).as(failure.message()).isEqualTo(reason);
    assertThat(failure.instance()).isEqualTo(instance);
    assertThat(result.validated()).isEqualTo(instance);
    assertThat(result.nextInstance()).isEqualTo(instance);
    return failure;
  }

  private static ValidationFailure failsWith(
      List<FinalityCertificate> list, FailureReason reason, int instance) throws Exception {
    return failsWith(initial, list, reason, instance);
  }

  private static FinalityCertificate withTipSet(FinalityCertificate cert, int i, TipSet tipSet) {
    List<TipSet> tipSets = new ArrayList<>(cert.chain().tipSets());
    tipSets.set(i, tipSet);
    return cert.withChain(ECChain.of(tipSets));
  }

  private static TipSet withKey(TipSet tipSet, byte[] key) {
    return TipSet.of(tipSet.epoch(), key, tipSet.powerTable(), tipSet.commitments());
  }

  private static byte[] flipped(byte[] bytes, int at) {
    byte[] copy = bytes.clone();
    copy[at] ^= 0x01;
    return copy;
  }

  private static long[] signers(FinalityCertificate cert) {
    return cert.signers().toArray(initial.size());
  }

  private static Bitfield plus(FinalityCertificate cert, long... more) {
    long[] all = Arrays.copyOf(signers(cert), signers(cert).length + more.length);
    System.arraycopy(more, 0, all, signers(cert).length, more.length);
    return Bitfield.of(all);
  }

  // Instance

  @Test
  void aChangedInstanceNumberFailsTheInstanceCheckFirst() throws Exception {
    ValidationFailure failure =
        failsWith(with(3, c -> c.withInstance(4)), FailureReason.INSTANCE_MISMATCH, 3);

    assertThat(failure.message()).isEqualTo("expected instance 3, found instance 4");
  }

  // Chain

  @Test
  void twoTipsetsSwappedBreakTheChainsOrder() throws Exception {
    List<TipSet> tipSets = new ArrayList<>(certs.get(3).chain().tipSets());
    TipSet fifth = tipSets.get(5);
    tipSets.set(5, tipSets.get(6));
    tipSets.set(6, fifth);

    ValidationFailure failure =
        failsWith(with(3, c -> c.withChain(ECChain.of(tipSets))), FailureReason.INVALID_CHAIN, 3);

    assertThat(failure.message())
        .startsWith("invalid finality certificate at instance 3: ")
        .contains("chain must have increasing epochs " + fifth.epoch());
  }

  @Test
  void aTipsetWithAnEmptyKeyIsAnInvalidChain() throws Exception {
    ValidationFailure failure =
        failsWith(
            with(6, c -> withTipSet(c, 10, withKey(c.chain().get(10), new byte[0]))),
            FailureReason.INVALID_CHAIN,
            6);

    assertThat(failure.message()).endsWith("tipset 10: tipset key must not be empty");
  }

  @Test
  void anEmptyChainFailsAfterTheChainIsFoundWellFormed() throws Exception {
    ValidationFailure failure =
        failsWith(with(2, c -> c.withChain(ECChain.ZERO)), FailureReason.EMPTY_CHAIN, 2);

    assertThat(failure.message()).isEqualTo("empty finality certificate for instance 2");
  }

  // Base

  @Test
  void aChangedBaseKeyFailsTheBaseCheckBeforeTheSignature() throws Exception {
    failsWith(
        with(
            4,
            c -> withTipSet(c, 0, withKey(c.chain().base(), flipped(c.chain().base().key(), 5)))),
        FailureReason.BASE_MISMATCH,
        4);
  }

  @Test
  void theFirstCertificatesBaseIsNotCheckedSoItsChangedKeyFailsTheSignature() throws Exception {
    failsWith(
        with(
            0,
            c -> withTipSet(c, 0, withKey(c.chain().base(), flipped(c.chain().base().key(), 5)))),
        FailureReason.INVALID_SIGNATURE,
        0);
  }

  @Test
  void aChangedKeyAfterTheBaseIsCoveredByTheSignature() throws Exception {
    failsWith(
        with(
            4,
            c -> withTipSet(c, 7, withKey(c.chain().get(7), flipped(c.chain().get(7).key(), 20)))),
        FailureReason.INVALID_SIGNATURE,
        4);
  }

  // Signers

  @Test
  void aSignerPastTheEndOfTheTableIsOutOfRange() throws Exception {
    ValidationFailure failure =
        failsWith(
            with(2, c -> c.withSigners(plus(c, initial.size()))),
            FailureReason.SIGNER_OUT_OF_RANGE,
            2);

    assertThat(failure.message())
        .isEqualTo(
            "finality certificate for instance 2 specifies a signer 1560 but we only have 1560"
                + " entries in the power table");
  }

  @Test
  void aSignerFarOutOfRangeIsOutOfRange() throws Exception {
    ValidationFailure failure =
        failsWith(
            with(8, c -> c.withSigners(plus(c, 1L << 40))), FailureReason.SIGNER_OUT_OF_RANGE, 8);

    assertThat(failure.detail("signerIndex")).contains(Long.toString(1L << 40));
  }

  /** The first entry of the initial table whose scaled power is zero and that did not sign. */
  private static int zeroPowerNonSigner(FinalityCertificate cert) {
    BigInteger total = BigInteger.ZERO;
    for (PowerEntry entry : initial.entries()) {
      total = total.add(entry.power().value());
    }
    for (int i = 0; i < initial.size(); i++) {
      // go-f3's scaling, computed here from the entry itself: 0xffff x power / total, floored.
      BigInteger scaled =
          initial.entry(i).power().value().multiply(BigInteger.valueOf(0xffff)).divide(total);
      if (scaled.signum() == 0 && !cert.signers().contains(i)) {
        return i;
      }
    }
    throw new AssertionError("the mainnet table has no zero-power entry outside the signers");
  }

  @Test
  void aSignerWithoutScaledPowerIsRefused() throws Exception {
    int zero = zeroPowerNonSigner(certs.get(1));

    ValidationFailure failure =
        failsWith(with(1, c -> c.withSigners(plus(c, zero))), FailureReason.SIGNER_ZERO_POWER, 1);

    assertThat(failure.detail("signerIndex")).contains(Integer.toString(zero));
    assertThat(failure.detail("actor")).contains(initial.entry(zero).id().toString());
  }

  @Test
  void signersAreCheckedInIndexOrderSoTheLowerBadSignerWins() throws Exception {
    int zero = zeroPowerNonSigner(certs.get(1));

    failsWith(
        with(1, c -> c.withSigners(plus(c, zero, initial.size() + 5L))),
        FailureReason.SIGNER_ZERO_POWER,
        1);
  }

  @Test
  void anAddedSignerWithPowerKeepsTheQuorumButBreaksTheSignature() throws Exception {
    FinalityCertificate cert = certs.get(6);
    int extra =
        (int)
            LongStream.range(0, initial.size())
                .filter(i -> !cert.signers().contains(i) && initial.scaledPower((int) i) > 0)
                .findFirst()
                .orElseThrow();

    failsWith(with(6, c -> c.withSigners(plus(c, extra))), FailureReason.INVALID_SIGNATURE, 6);
  }

  /** The signers of certificate {@code index} without their weakest (by scaled power). */
  private static long[] withoutWeakest(int index) {
    long[] signers = signers(certs.get(index));
    long weakest =
        Arrays.stream(signers)
            .boxed()
            .min(Comparator.comparingLong(i -> initial.scaledPower(i.intValue())))
            .orElseThrow();
    return Arrays.stream(signers).filter(i -> i != weakest).toArray();
  }

  private static long scaledPower(long[] signers) {
    return Arrays.stream(signers).map(i -> initial.scaledPower((int) i)).sum();
  }

  @Test
  void everyCertificateIsSignedByAMinimalQuorumSoNoSignerCanBeRemovedWithoutLosingIt() {
    // Without the weakest signer of any of the ten, the power is below two thirds: a removed
    // signer can only fail the quorum (below), never reach the signature check.
    for (int i = 0; i < certs.size(); i++) {
      assertThat(scaledPower(signers(certs.get(i))))
          .as("instance %d", i)
          .isGreaterThanOrEqualTo(THRESHOLD);
      assertThat(scaledPower(withoutWeakest(i))).as("instance %d", i).isLessThan(THRESHOLD);
    }
  }

  @Test
  void aRemovedSignerLosesTheQuorum() throws Exception {
    int instance = 5;
    long[] kept = withoutWeakest(instance);

    ValidationFailure failure =
        failsWith(
            with(instance, c -> c.withSigners(Bitfield.of(kept))),
            FailureReason.INSUFFICIENT_POWER,
            instance);

    assertThat(failure.message())
        .contains("has insufficient power: " + scaledPower(kept) + " < 2/3 " + SCALED_TOTAL);
  }

  // Quorum

  // Committee keys

  @Test
  void anUnusableKeyAnywhereInTheCommitteeStopsTheAggregate() throws Exception {
    List<PowerEntry> entries = new ArrayList<>(initial.entries());
    int last = entries.size() - 1;
    PowerEntry entry = entries.get(last);
    // 48 zero bytes: the compression flag is not set, so this is no compressed G1 point.
    entries.set(last, new PowerEntry(entry.id(), entry.power(), PubKey.of(new byte[48])));

    ValidationFailure failure =
        failsWith(PowerTable.of(entries), certs, FailureReason.INVALID_PUBLIC_KEY, 0);

    assertThat(failure.detail("entryIndex")).contains(Integer.toString(last));
  }

  // Power-table delta (not covered by the signature, so the signature still verifies)

  private static List<FinalityCertificate> withDeltas(
      int index, UnaryOperator<List<PowerTableDelta>> change) {
    return with(
        index, c -> c.withPowerTableDelta(change.apply(new ArrayList<>(c.powerTableDelta()))));
  }

  @Test
  void certificateNinesDeltasOutOfOrderCannotBeApplied() throws Exception {
    ValidationFailure failure =
        failsWith(
            withDeltas(
                9,
                d -> {
                  PowerTableDelta first = d.get(0);
                  d.set(0, d.get(1));
                  d.set(1, first);
                  return d;
                }),
            FailureReason.INVALID_POWER_DELTA,
            9);

    assertThat(failure.detail("problem")).contains("NOT_SORTED");
    assertThat(failure.detail("deltaIndex")).contains("1");
  }

  @Test
  void aDeltaTakingMorePowerThanTheParticipantHasCannotBeApplied() throws Exception {
    PowerTableDelta first = certs.get(9).powerTableDelta().get(0);
    assertThat(first.participant()).isEqualTo(ActorId.of(101020));
    StoragePower current =
        initial.entry(initial.indexOf(first.participant()).orElseThrow()).power();

    ValidationFailure failure =
        failsWith(
            withDeltas(
                9,
                d -> {
                  d.set(
                      0,
                      new PowerTableDelta(
                          first.participant(),
                          StoragePower.of(current.value().add(BigInteger.ONE).negate()),
                          first.signingKey()));
                  return d;
                }),
            FailureReason.INVALID_POWER_DELTA,
            9);

    assertThat(failure.detail("problem")).contains("NEGATIVE_POWER");
    assertThat(failure.detail("participant")).contains(first.participant().toString());
  }

  @Test
  void aNewParticipantWithoutAKeyCannotBeApplied() throws Exception {
    ActorId newcomer = ActorId.of(99_999_999);
    assertThat(initial.indexOf(newcomer)).isEmpty();

    ValidationFailure failure =
        failsWith(
            withDeltas(
                9,
                d -> {
                  d.add(new PowerTableDelta(newcomer, StoragePower.of(1L << 40), PubKey.EMPTY));
                  return d;
                }),
            FailureReason.INVALID_POWER_DELTA,
            9);

    assertThat(failure.detail("problem")).contains("NEW_ENTRY_WITHOUT_KEY");
  }

  // The next table's CID

  @Test
  void aDeltaChangedByOneByteOfPowerGivesAnotherNextTable() throws Exception {
    PowerTableDelta last = certs.get(9).powerTableDelta().get(6);
    ValidationFailure failure =
        failsWith(
            withDeltas(
                9,
                d -> {
                  d.set(
                      6,
                      new PowerTableDelta(
                          last.participant(),
                          StoragePower.of(last.powerDelta().value().add(BigInteger.ONE)),
                          last.signingKey()));
                  return d;
                }),
            FailureReason.POWER_TABLE_CID_MISMATCH,
            9);

    assertThat(failure.message())
        .startsWith(
            "incorrect power diff from finality certificate for instance 9: expected "
                + CID_AFTER_9
                + ", got ");
    assertThat(failure.detail("computedCid")).isPresent().get().isNotEqualTo(CID_AFTER_9);
  }

  @Test
  void aDroppedDeltaGivesAnotherNextTable() throws Exception {
    failsWith(
        withDeltas(
            9,
            d -> {
              d.remove(3);
              return d;
            }),
        FailureReason.POWER_TABLE_CID_MISMATCH,
        9);
  }

  @Test
  void certificateNinesDeltasOnCertificateFiveGiveTheTableCertificateNineCommitsTo()
      throws Exception {
    List<PowerTableDelta> nines = certs.get(9).powerTableDelta();

    ValidationFailure failure =
        failsWith(
            with(5, c -> c.withPowerTableDelta(nines)), FailureReason.POWER_TABLE_CID_MISMATCH, 5);

    assertThat(failure.detail("expectedCid")).contains(INITIAL_CID);
    assertThat(failure.detail("computedCid")).contains(CID_AFTER_9);
  }

  @Test
  void aChangedSupplementalTableCidIsSignedSoTheSignatureFailsFirst() throws Exception {
    failsWith(
        with(
            9,
            c ->
                c.withSupplementalData(
                    SupplementalData.of(c.supplementalData().commitments(), cid(INITIAL_CID)))),
        FailureReason.INVALID_SIGNATURE,
        9);
  }

  private static Cid cid(String text) {
    try {
      return Cid.fromString(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
