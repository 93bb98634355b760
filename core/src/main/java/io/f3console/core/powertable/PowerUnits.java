package io.f3console.core.powertable;

import io.f3console.core.gpbft.StoragePower;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Storage power as the Filecoin tools print it: binary units with two decimals. */
public final class PowerUnits {
  private static final String[] UNITS = {
    "B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"
  };

  private PowerUnits() {}

  /** E.g. {@code 22.28 EiB}; exact for values under 1 KiB. */
  public static String format(StoragePower power) {
    BigInteger value = power.value();
    String sign = value.signum() < 0 ? "-" : "";
    BigInteger magnitude = value.abs();
    int unit = 0;
    while (unit < UNITS.length - 1 && magnitude.bitLength() > 10 * (unit + 1)) {
      unit++;
    }
    if (unit == 0) {
      return sign + magnitude + " B";
    }
    BigDecimal scaled =
        new BigDecimal(magnitude)
            .divide(new BigDecimal(BigInteger.ONE.shiftLeft(10 * unit)), 2, RoundingMode.HALF_EVEN);
    if (scaled.compareTo(BigDecimal.valueOf(1024)) >= 0 && unit < UNITS.length - 1) {
      unit++;
      scaled =
          new BigDecimal(magnitude)
              .divide(
                  new BigDecimal(BigInteger.ONE.shiftLeft(10 * unit)), 2, RoundingMode.HALF_EVEN);
    }
    return sign + scaled.toPlainString() + " " + UNITS[unit];
  }
}
