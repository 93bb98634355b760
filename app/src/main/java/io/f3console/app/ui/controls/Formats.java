package io.f3console.app.ui.controls;

import io.f3console.core.gpbft.StoragePower;
import io.f3console.core.powertable.PowerUnits;
import java.util.Locale;

/** Numbers and identifiers written the way the Filecoin tools write them. */
public final class Formats {
  private Formats() {}

  /** {@code bafy2bzacecklgxd…cikgmbu}: the start and end of a long value. */
  public static String shortenMiddle(String text, int head, int tail) {
    if (text.length() <= head + tail + 1) {
      return text;
    }
    return text.substring(0, head) + "…" + text.substring(text.length() - tail);
  }

  /** A CID or key shortened for a table cell or a header. */
  public static String shorten(String text) {
    return shortenMiddle(text, 16, 7);
  }

  /** {@code 64,763}. */
  public static String integer(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** An unsigned 64-bit instance or epoch, grouped. */
  public static String unsigned(long value) {
    if (value >= 0) {
      return integer(value);
    }
    return Long.toUnsignedString(value);
  }

  /** {@code 5.41%} for a share between 0 and 1. */
  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.2f%%", share * 100);
  }

  /** {@code 22.28 EiB}. */
  public static String power(StoragePower power) {
    return PowerUnits.format(power);
  }

  /** The exact byte count, grouped, for a tooltip. */
  public static String exactBytes(StoragePower power) {
    return String.format(Locale.ROOT, "%,d bytes", power.value());
  }
}
