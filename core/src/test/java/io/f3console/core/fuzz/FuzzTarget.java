package io.f3console.core.fuzz;

import java.util.List;
import java.util.Objects;

/**
 * One parser under test: its name, the seeds its inputs are mutated from, and how one input is
 * handed to it (parsed completely, every record read).
 *
 * @param name the parser, e.g. {@code cbor.CborReader}
 * @param seeds valid (or deliberately odd) inputs to start from
 * @param parser reads one input the way the product does
 */
record FuzzTarget(String name, List<byte[]> seeds, Parser parser) {
  FuzzTarget {
    Objects.requireNonNull(name, "name");
    seeds = List.copyOf(seeds);
    Objects.requireNonNull(parser, "parser");
  }

  /** Parses one input; any exception it throws is judged by {@link FuzzRunner}. */
  @FunctionalInterface
  interface Parser {
    void parse(byte[] input) throws Exception;
  }
}
