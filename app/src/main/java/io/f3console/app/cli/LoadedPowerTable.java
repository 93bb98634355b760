package io.f3console.app.cli;

import io.f3console.core.gpbft.PowerTable;
import io.f3console.core.powertable.PowerTableDocument;
import io.f3console.core.powertable.PowerTableFiles;
import io.f3console.core.powertable.PowerTableFormat;
import io.f3console.core.powertable.PowerTableFormatException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A power-table file read for a command, with what the reader noticed about it: the file's own
 * claims (declared CID, totals) that do not hold are {@link #contradictions()}, lesser oddities
 * are {@link #notes()}.
 */
record LoadedPowerTable(PowerTableDocument document, PowerTable table, List<String> notes,
    List<String> contradictions) {

  /** The name that stands for standard input in place of a file. */
  static final String STANDARD_INPUT = "-";

  static LoadedPowerTable read(Path path) throws PowerTableFormatException {
    PowerTableDocument document = STANDARD_INPUT.equals(path.toString())
        ? PowerTableFiles.read(System.in, "standard input")
        : PowerTableFiles.read(path);
    PowerTable table = document.toTable();
    List<String> notes = new ArrayList<>();
    List<String> contradictions = new ArrayList<>();
    int outOfOrder = table.firstOutOfOrderIndex();
    if (outOfOrder >= 0) {
      notes.add("entries are not in go-f3's canonical order (power descending, then ID) from entry "
          + outOfOrder + "; the CID is of the order given; in canonical order it would be "
          + table.canonical().cid());
    }
    if (document.format() == PowerTableFormat.DAG_CBOR && !document.canonicalBytes()) {
      notes.add("the file's CBOR is not byte-for-byte canonical (lax big-integer forms go-f3 "
          + "accepts); the CID is of the canonical re-encoding, as go-f3 computes it");
    }
    document.declaredCid().filter(cid -> !cid.equals(table.cid())).ifPresent(cid ->
        contradictions.add("the file states CID " + cid + " but its entries hash to "
            + table.cid()));
    document.declaredTotal().filter(total -> !total.equals(table.total())).ifPresent(total ->
        contradictions.add("the file states total power " + total + " but its entries add up to "
            + table.total()));
    document.declaredScaledTotal().filter(total -> total != table.scaledTotal()).ifPresent(total ->
        contradictions.add("the file states scaled total " + total + " but the entries scale to "
            + table.scaledTotal()));
    return new LoadedPowerTable(document, table, List.copyOf(notes), List.copyOf(contradictions));
  }

  String describe() {
    return document.source() + " (" + document.format().description() + ", " + table.size()
        + (table.size() == 1 ? " entry" : " entries")
        + document.instance().map(i -> ", instance " + i).orElse("") + ")";
  }

  Optional<Long> instance() {
    return document.instance();
  }
}
