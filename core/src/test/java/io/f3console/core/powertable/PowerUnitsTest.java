package io.f3console.core.powertable;

import static org.assertj.core.api.Assertions.assertThat;

import io.f3console.core.gpbft.StoragePower;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PowerUnitsTest {
  @ParameterizedTest
  @CsvSource({
    "0, 0 B",
    "1023, 1023 B",
    "1024, 1.00 KiB",
    "1099511627776, 1.00 TiB",
    "34359738368, 32.00 GiB",
    "25682009171389644800, 22.28 EiB",
    "-1125899906842624, -1.00 PiB",
    "1152921504606846975, 1.00 EiB"
  })
  void formatsInBinaryUnitsWithTwoDecimals(String bytes, String expected) {
    assertThat(PowerUnits.format(StoragePower.of(new BigInteger(bytes)))).isEqualTo(expected);
  }
}
