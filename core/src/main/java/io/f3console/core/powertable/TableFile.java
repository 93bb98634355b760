package io.f3console.core.powertable;

import io.f3console.core.gpbft.PowerTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A power table read from a file, with what the reader noticed: the file's own claims (a {@code
 * lotus f3 powertable get} wrapper's CID and totals) that its entries contradict, and lesser
 * oddities (entries out of go-f3's canonical order, lax CBOR) as notes.
 *
 * @param document what the file holds
 * @param table its entries as a power table, in the order given
 * @param notes oddities that do not change what the table is
 * @param contradictions claims of the file that its entries do not bear out
 */
public record TableFile(
    PowerTableDocument document,
    PowerTable table,
    List<String> notes,
    List<String> contradictions) {

  public TableFile {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(table, "table");
    notes = List.copyOf(notes);
    contradictions = List.copyOf(contradictions);
  }

  /** The table of a document, with its notes and contradictions. */
  public static TableFile of(PowerTableDocument document) throws PowerTableFormatException {
    PowerTable table = document.toTable();
    List<String> notes = new ArrayList<>();
    List<String> contradictions = new ArrayList<>();
    int outOfOrder = table.firstOutOfOrderIndex();
    if (outOfOrder >= 0) {
      notes.add(
          "entries are not in go-f3's canonical order (power descending, then ID) from entry "
              + outOfOrder
              + "; the CID is of the order given; in canonical order it would be "
              + table.canonical().cid());
    }
    if (document.format() == PowerTableFormat.DAG_CBOR && !document.canonicalBytes()) {
      notes.add(
          "the file's CBOR is not byte-for-byte canonical (lax big-integer forms go-f3 "
              + "accepts); the CID is of the canonical re-encoding, as go-f3 computes it");
    }
    document
        .declaredCid()
        .filter(cid -> !cid.equals(table.cid()))
        .ifPresent(
            cid ->
                contradictions.add(
                    "the file states CID " + cid + " but its entries hash to " + table.cid()));
    document
        .declaredTotal()
        .filter(total -> !total.equals(table.total()))
        .ifPresent(
            total ->
                contradictions.add(
                    "the file states total power "
                        + total
                        + " but its entries add up to "
                        + table.total()));
    document
        .declaredScaledTotal()
        .filter(total -> total != table.scaledTotal())
        .ifPresent(
            total ->
                contradictions.add(
                    "the file states scaled total "
                        + total
                        + " but the entries scale to "
                        + table.scaledTotal()));
    return new TableFile(document, table, notes, contradictions);
  }
}
