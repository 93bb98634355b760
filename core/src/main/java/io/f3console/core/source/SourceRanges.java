package io.f3console.core.source;

import io.f3console.core.certs.FinalityCertificate;
import java.util.List;

/** Picking an instance range out of certificates held in memory. */
public final class SourceRanges {
  private SourceRanges() {}

  /**
   * The certificates with instances {@code from} to {@code to}, inclusive, which must all be there
   * and in order.
   */
  public static List<FinalityCertificate> slice(
      SourceSpec spec, List<FinalityCertificate> certs, long from, long to) throws SourceException {
    if (certs.isEmpty()) {
      throw new SourceException(spec + " holds no certificates");
    }
    long first = certs.get(0).instance();
    long latest = certs.get(certs.size() - 1).instance();
    if (Long.compareUnsigned(from, to) > 0) {
      throw new SourceException(
          "instance range "
              + Long.toUnsignedString(from)
              + ".."
              + Long.toUnsignedString(to)
              + " is empty");
    }
    if (Long.compareUnsigned(from, first) < 0 || Long.compareUnsigned(to, latest) > 0) {
      throw new SourceException(
          spec
              + " holds instances "
              + Long.toUnsignedString(first)
              + ".."
              + Long.toUnsignedString(latest)
              + ", not "
              + Long.toUnsignedString(from)
              + ".."
              + Long.toUnsignedString(to));
    }
    int start = (int) (from - first);
    int end = (int) (to - first);
    for (int i = start; i <= end; i++) {
      if (certs.get(i).instance() != first + i) {
        throw new SourceException(
            spec
                + ": the certificate of instance "
                + Long.toUnsignedString(first + i)
                + " is missing (found "
                + Long.toUnsignedString(certs.get(i).instance())
                + " in its place)");
      }
    }
    return certs.subList(start, end + 1);
  }
}
