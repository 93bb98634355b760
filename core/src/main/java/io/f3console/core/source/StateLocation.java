package io.f3console.core.source;

import java.util.OptionalLong;

/**
 * Where a {@code state:} source string points: the blocks ({@code car:PATH}, {@code rpc:URL} or a
 * plain path or URL), and the epoch (empty: the network's bootstrap tipset). Parsing it opens
 * nothing.
 */
public record StateLocation(String blocks, OptionalLong epoch) {
  public static StateLocation parse(String location) throws SourceException {
    int at = location.lastIndexOf('@');
    if (at <= 0 || at == location.length() - 1) {
      throw new SourceException(
          "state:"
              + location
              + ": give state:car:PATH@EPOCH,"
              + " state:rpc:URL@EPOCH or …@bootstrap");
    }
    String blocks = location.substring(0, at);
    String which = location.substring(at + 1);
    if (which.equals("bootstrap")) {
      return new StateLocation(blocks, OptionalLong.empty());
    }
    try {
      long epoch = Long.parseLong(which);
      if (epoch < 0) {
        throw new NumberFormatException();
      }
      return new StateLocation(blocks, OptionalLong.of(epoch));
    } catch (NumberFormatException e) {
      throw new SourceException(
          "state:" + location + ": \"" + which + "\" is neither an epoch nor bootstrap");
    }
  }

  public boolean node() {
    return blocks.startsWith("rpc:")
        || blocks.startsWith("http://")
        || blocks.startsWith("https://");
  }
}
