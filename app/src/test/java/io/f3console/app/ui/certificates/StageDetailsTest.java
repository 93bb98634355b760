package io.f3console.app.ui.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.app.ui.certificates.StageDetail.CidComparison;
import io.f3console.core.validation.Detail;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How stage details are written for people. */
class StageDetailsTest {
  @Test
  void detailNamesBecomeWords() {
    assertThat(StageDetails.label("signerPower")).isEqualTo("Signer power");
    assertThat(StageDetails.label("expectedCid")).isEqualTo("Expected CID");
    assertThat(StageDetails.label("dst")).isEqualTo("DST");
    assertThat(StageDetails.label("committeePreparedNanos")).isEqualTo("Committee prepared (ns)");
    assertThat(StageDetails.label("tipsets")).isEqualTo("Tipsets");
  }

  @Test
  void numbersAreGroupedAndIdentifiersCopyable() {
    List<StageDetail.DetailRow> rows =
        StageDetails.rows(
            List.of(
                Detail.of("signerPower", 43643),
                Detail.of("signers", 95),
                Detail.of("computedCid", "bafy2bzacedqzh5fexamplexamplexamplexampleexample"),
                Detail.of("expectedBase", "none given (first certificate): not checked")));

    assertThat(rows)
        .extracting(StageDetail.DetailRow::value)
        .containsExactly(
            "43,643",
            "95",
            "bafy2bzacedqzh5fexamplexamplexamplexampleexample",
            "none given (first certificate): not checked");
    assertThat(rows)
        .extracting(StageDetail.DetailRow::copyable)
        .containsExactly(false, false, true, false);
  }

  @Test
  void cidsThatDifferSayWhere() {
    assertThat(new CidComparison("bafyabc", "bafyabc").firstDifference()).isEqualTo(-1);
    assertThat(new CidComparison("bafyabc", "bafyabd").firstDifference()).isEqualTo(6);
    assertThat(new CidComparison("bafyabc", "bafyab").firstDifference()).isEqualTo(6);
    assertThat(new CidComparison("bafyabc", "bafyabd").equal()).isFalse();
  }
}
