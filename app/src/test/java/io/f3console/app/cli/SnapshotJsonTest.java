package io.f3console.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.validation.Detail;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The details of an import-check finding in JSON: instances as unsigned numbers, the rest text. */
class SnapshotJsonTest {
  @Test
  void instanceDetailsAreUnsignedNumbersAndOthersStayText() {
    JsonFields json =
        SnapshotJson.details(
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
    JsonFields json = SnapshotJson.details(List.of(Detail.of("latestInstance", "unknown")));

    assertThat(json.node().get("latestInstance").asText()).isEqualTo("unknown");
  }
}
