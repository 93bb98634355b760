package io.f3console.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.certs.CertificateJson;
import io.f3console.core.certs.FinalityCertificate;
import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.testing.SharedData;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The end-to-end oracle: the ten real mainnet certificates validate from the real mainnet initial
 * power table exactly as on the network, and each kind of tampering fails where and how go-f3 would
 * fail.
 */
class MainnetCertificatesTest {
  static final String NETWORK = "filecoin";
  static final String CID_AFTER_9 =
      "bafy2bzaceb5yxdkkdomvwpfejeie5iagpx6ete6qnaaq7x4gt4w7isdi6xp2i";
  static final String INITIAL_CID =
      "bafy2bzacecklgxd2eksmodvhgurqvorkg3wamgqkrunir3al2gchv2cikgmbu";

  static PowerTable initial;
  static List<FinalityCertificate> certs;

  /** Read before each test (once), so a missing file skips each test, never the class. */
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

  static ValidationResult validate(int threads, String network, List<FinalityCertificate> list)
      throws Exception {
    return new CertificateValidator(network, ValidatorOptions.withThreads(threads))
        .validate(initial, 0, list);
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2, 3})
  void realCertificatesValidateToInstanceTenAndTheCommittedTable(int threads) throws Exception {
    ValidationResult result = validate(threads, NETWORK, certs);

    assertThat(result.failure()).isEmpty();
    assertThat(result.valid()).isTrue();
    assertThat(result.firstInstance()).isZero();
    assertThat(result.nextInstance()).isEqualTo(10);
    assertThat(result.validated()).isEqualTo(10);
    assertThat(result.powerTable().cid()).hasToString(CID_AFTER_9);
    assertThat(result.powerTable().cid())
        .isEqualTo(certs.get(9).supplementalData().powerTable().orElseThrow());
    assertThat(result.head()).contains(certs.get(9).chain().head());
  }

  @Test
  void theRetainedChainIsEveryCertificatesSuffixInOrder() throws Exception {
    ValidationResult result =
        new CertificateValidator(NETWORK, ValidatorOptions.withThreads(2).retainingChain())
            .validate(initial, 0, certs);

    assertThat(result.finalized()).hasSize(10 * 19);
    assertThat(result.finalized().get(0)).isEqualTo(certs.get(0).chain().get(1));
    assertThat(result.finalized().get(result.finalized().size() - 1))
        .isEqualTo(certs.get(9).chain().head());
  }

  @ParameterizedTest(name = "bit {0} of certificate 4's signature")
  @ValueSource(ints = {0, 7, 100, 383, 767})
  void aFlippedSignatureBitFailsWithInvalidSignatureAtThatInstance(int bit) throws Exception {
    List<FinalityCertificate> tampered = new ArrayList<>(certs);
    byte[] signature = certs.get(4).signature();
    signature[bit / 8] ^= (byte) (1 << (bit % 8));
    tampered.set(4, certs.get(4).withSignature(signature));

    ValidationResult result = validate(2, NETWORK, tampered);

    assertThat(result.failure())
        .hasValueSatisfying(
            failure -> {
              assertThat(failure.reason()).isEqualTo(FailureReason.INVALID_SIGNATURE);
              assertThat(failure.instance()).isEqualTo(4);
            });
    assertThat(result.nextInstance()).isEqualTo(4);
    assertThat(result.validated()).isEqualTo(4);
    assertThat(result.powerTable().cid()).hasToString(INITIAL_CID);
  }

  @Test
  void theWrongNetworkNameFailsTheFirstSignature() throws Exception {
    ValidationResult result = validate(1, "calibrationnet", certs);

    assertThat(result.failure())
        .hasValueSatisfying(
            failure -> {
              assertThat(failure.reason()).isEqualTo(FailureReason.INVALID_SIGNATURE);
              assertThat(failure.instance()).isZero();
              assertThat(failure.message())
                  .startsWith("invalid signature on finality certificate for instance 0");
            });
    assertThat(result.validated()).isZero();
  }

  @Test
  void swappedCertificatesFailWithTheInstanceThatWasExpected() throws Exception {
    List<FinalityCertificate> swapped = new ArrayList<>(certs);
    swapped.set(3, certs.get(4));
    swapped.set(4, certs.get(3));

    ValidationResult result = validate(2, NETWORK, swapped);

    assertThat(result.failure())
        .hasValueSatisfying(
            failure -> {
              assertThat(failure.reason()).isEqualTo(FailureReason.INSTANCE_MISMATCH);
              assertThat(failure.instance()).isEqualTo(3);
              assertThat(failure.message()).isEqualTo("expected instance 3, found instance 4");
            });
    assertThat(result.nextInstance()).isEqualTo(3);
    assertThat(result.validated()).isEqualTo(3);
  }

  @Test
  void aGapNamesTheMissingInstance() throws Exception {
    List<FinalityCertificate> gap = new ArrayList<>(certs);
    gap.remove(6);

    ValidationResult result = validate(2, NETWORK, gap);

    assertThat(result.failure().orElseThrow().reason()).isEqualTo(FailureReason.INSTANCE_MISMATCH);
    assertThat(result.nextInstance()).isEqualTo(6);
  }

  @Test
  void aCertificateFromAnotherPointInTheChainFailsTheBaseCheck() throws Exception {
    List<FinalityCertificate> mixed = new ArrayList<>(certs);
    mixed.set(5, certs.get(5).withChain(certs.get(7).chain()));

    ValidationResult result = validate(1, NETWORK, mixed);

    assertThat(result.failure().orElseThrow().reason()).isEqualTo(FailureReason.BASE_MISMATCH);
    assertThat(result.failure().orElseThrow().instance()).isEqualTo(5);
  }

  @Test
  void certificateNineValidatesFromTheTableAfterNineCertificatesOnly() throws Exception {
    ValidationResult first = validate(1, NETWORK, certs.subList(0, 9));
    assertThat(first.powerTable().cid()).hasToString(INITIAL_CID);

    ValidationResult rest =
        new CertificateValidator(NETWORK, ValidatorOptions.withThreads(1))
            .validate(
                first.powerTable(),
                first.nextInstance(),
                first.head(),
                CertificateStream.of(certs.subList(9, 10)),
                ValidationListener.NONE);

    assertThat(rest.valid()).isTrue();
    assertThat(rest.firstInstance()).isEqualTo(9);
    assertThat(rest.powerTable().cid()).hasToString(CID_AFTER_9);
  }

  @Test
  void theInitialTableInAnotherOrderDoesNotValidate() throws Exception {
    List<io.f3console.core.gpbft.PowerEntry> reversed = new ArrayList<>(initial.entries());
    java.util.Collections.reverse(reversed);
    PowerTable shuffled = PowerTable.of(reversed);

    ValidationResult result =
        new CertificateValidator(NETWORK, ValidatorOptions.withThreads(1))
            .validate(shuffled, 0, certs);

    assertThat(result.valid()).isFalse();
    assertThat(result.failure().orElseThrow().instance()).isZero();
  }

  @Test
  void aTraceReportsEveryStageOfEveryCertificateInGoF3Order() throws Exception {
    List<StageEvent> events = new ArrayList<>();
    List<Long> validated = new ArrayList<>();
    ValidationListener listener =
        new ValidationListener() {
          @Override
          public void stage(StageEvent event) {
            events.add(event);
          }

          @Override
          public void validated(FinalityCertificate certificate, PowerTable nextTable) {
            validated.add(certificate.instance());
          }
        };
    ValidationResult result =
        new CertificateValidator(NETWORK, ValidatorOptions.withThreads(2).traced())
            .validate(initial, 0, Optional.empty(), CertificateStream.of(certs), listener);

    assertThat(result.valid()).isTrue();
    assertThat(validated).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(events).hasSize(10 * Stage.values().length);
    for (int c = 0; c < 10; c++) {
      for (Stage stage : Stage.values()) {
        StageEvent event = events.get(c * Stage.values().length + stage.ordinal());
        assertThat(event.stage()).isEqualTo(stage);
        assertThat(event.instance()).isEqualTo(c);
        assertThat(event.passed()).isTrue();
        assertThat(event.outputs()).isNotEmpty();
      }
    }
    StageEvent quorum = events.get(Stage.QUORUM.ordinal());
    assertThat(quorum.inputs())
        .contains(new Detail("threshold", "43176"), new Detail("scaledTotal", "64763"));
    long signerPower = Long.parseLong(quorum.inputs().get(0).value());
    assertThat(signerPower).isGreaterThanOrEqualTo(43176);
    StageEvent payload = events.get(Stage.PAYLOAD.ordinal());
    assertThat(payload.outputs()).contains(new Detail("length", "134"));
    StageEvent cid = events.get(9 * Stage.values().length + Stage.POWER_TABLE_CID.ordinal());
    assertThat(cid.outputs()).contains(new Detail("computedCid", CID_AFTER_9));
    assertThat(result.stageTimes().certificates()).isEqualTo(10);
    assertThat(result.stageTimes().totalNanos().get(Stage.PAIRING)).isPositive();
  }
}
