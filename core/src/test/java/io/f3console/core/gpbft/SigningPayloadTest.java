package io.f3console.core.gpbft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigningPayloadTest {
  private static final SupplementalData DATA = SupplementalData.of(new byte[32], TipSetTest.PT);

  @Test
  void phasesHaveGoF3Codes() {
    assertThat(Phase.INITIAL.code()).isZero();
    assertThat(Phase.DECIDE.code()).isEqualTo(5);
    assertThat(Phase.TERMINATED.code()).isEqualTo(6);
    for (Phase phase : Phase.values()) {
      assertThat(Phase.ofCode(phase.code())).isSameAs(phase);
    }
    assertThatThrownBy(() -> Phase.ofCode(7)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decidePayloadOnMainnetIs134Bytes() {
    byte[] bytes = SigningPayload.forDecide("filecoin", 9, DATA, ECChain.ZERO);
    assertThat(bytes).hasSize(134);
    assertThat(bytes)
        .isEqualTo(
            SigningPayload.marshalForSigning("filecoin", 9, 0, Phase.DECIDE, DATA, ECChain.ZERO));
    assertThat(bytes[15]).isEqualTo((byte) 5);
  }

  @Test
  void segmentsCoverEveryByteInOrder() {
    String network = "calibrationnet";
    byte[] bytes = SigningPayload.forDecide(network, 6204, DATA, ECChain.ZERO);
    List<SigningPayload.Segment> segments = SigningPayload.annotate(network, DATA);
    int offset = 0;
    for (SigningPayload.Segment segment : segments) {
      assertThat(segment.offset()).isEqualTo(offset);
      offset += segment.length();
    }
    assertThat(offset).isEqualTo(bytes.length);
    assertThat(segments)
        .extracting(SigningPayload.Segment::label)
        .containsExactly(
            SigningPayload.TAG,
            SigningPayload.SEPARATOR,
            SigningPayload.NETWORK,
            SigningPayload.SEPARATOR,
            SigningPayload.PHASE,
            SigningPayload.ROUND,
            SigningPayload.INSTANCE,
            SigningPayload.COMMITMENTS,
            SigningPayload.CHAIN_KEY,
            SigningPayload.POWER_TABLE_CID);
    assertThat(segments.get(2)).isEqualTo(new SigningPayload.Segment("network", 6, 14));
    assertThat(segments.get(6)).isEqualTo(new SigningPayload.Segment("instance", 30, 8));
  }

  @Test
  void undefinedPowerTableHasNoSegmentAndNoBytes() {
    SupplementalData undefined = SupplementalData.of(new byte[32], Optional.empty());
    assertThat(SigningPayload.annotate("", undefined)).hasSize(9);
    assertThat(SigningPayload.forDecide("", 0, undefined, ECChain.ZERO)).hasSize(88);
  }

  @Test
  void refusesANetworkNameWithoutUtf8Form() {
    assertThatThrownBy(() -> SigningPayload.forDecide("bad\uD800", 0, DATA, ECChain.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void supplementalDataChecksAndCopiesCommitments() {
    assertThatThrownBy(() -> SupplementalData.of(new byte[31], TipSetTest.PT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32");
    byte[] commitments = new byte[32];
    SupplementalData data = SupplementalData.of(commitments, TipSetTest.PT);
    commitments[0] = 1;
    data.commitments()[1] = 1;
    assertThat(data).isEqualTo(DATA).hasSameHashCodeAs(DATA);
    assertThat(data).isNotEqualTo(SupplementalData.of(new byte[32], Optional.empty()));
  }
}
