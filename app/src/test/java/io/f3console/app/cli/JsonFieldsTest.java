package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.validation.Detail;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conventions every command's JSON follows, held by {@link JsonFields}. */
class JsonFieldsTest {
  @Test
  void instanceDetailsAreUnsignedNumbersAndOthersStayText() {
    JsonFields json =
        JsonFields.details(
            List.of(
                Detail.of("manifestInstance", "18446744073709551615"),
                Detail.of("instance", "7"),
                Detail.of("snapshotCid", "bafy-not-checked-here"),
                Detail.of("block", "3")));

    assertThat(json.node().get("manifestInstance").bigIntegerValue())
        .isEqualTo(BigInteger.TWO.pow(64).subtract(BigInteger.ONE));
    assertThat(json.node().get("instance").isIntegralNumber()).isTrue();
    assertThat(json.node().get("instance").asLong()).isEqualTo(7);
    assertThat(json.node().get("snapshotCid").asText()).isEqualTo("bafy-not-checked-here");
    assertThat(json.node().get("block").isTextual()).isTrue();
  }

  @Test
  void anInstanceDetailThatIsNotANumberStaysText() {
    JsonFields json = JsonFields.details(List.of(Detail.of("latestInstance", "unknown")));

    assertThat(json.node().get("latestInstance").asText()).isEqualTo("unknown");
  }

  @Test
  void epochDetailsKeepTheirSignAsUpstreamsInt64() {
    JsonFields json =
        JsonFields.details(
            List.of(
                Detail.of("baseEpoch", "-5"),
                Detail.of("chainHead", "4920480"),
                Detail.of("height", "not a number")));

    assertThat(json.node().get("baseEpoch").asLong()).isEqualTo(-5);
    assertThat(json.node().get("chainHead").asLong()).isEqualTo(4920480);
    assertThat(json.node().get("height").asText()).isEqualTo("not a number");
  }

  @Test
  void uint64ValuesPrintUnsignedAndEpochsSigned() {
    JsonFields json = JsonFields.object().uint64("instance", -1L).epoch("epoch", -1L);

    assertThat(json.node().get("instance").bigIntegerValue())
        .isEqualTo(BigInteger.TWO.pow(64).subtract(BigInteger.ONE));
    assertThat(json.node().get("epoch").asLong()).isEqualTo(-1);
  }

  @Test
  void aKeyOutsideTheConventionIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> JsonFields.object().text("instance_reached", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("instance_reached");
    assertThat(JsonFields.isKey("instanceReached")).isTrue();
    assertThat(JsonFields.isKey("InstanceReached")).isFalse();
  }

  @Test
  void anAbsentValueIsNullNotAMissingKey() {
    JsonFields json = JsonFields.object().uint64("instanceReached", java.util.Optional.empty());

    assertThat(json.node().has("instanceReached")).isTrue();
    assertThat(json.node().get("instanceReached").isNull()).isTrue();
  }
}
