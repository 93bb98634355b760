package io.f3console.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns; columns listed in {@code rightAligned} align right. */
final class TextTable {
  private final String[] headers;
  private final boolean[] right;
  private final List<String[]> rows = new ArrayList<>();

  TextTable(String[] headers, boolean[] rightAligned) {
    this.headers = headers.clone();
    this.right = rightAligned.clone();
  }

  void add(String... cells) {
    if (cells.length != headers.length) {
      throw new IllegalArgumentException("row has " + cells.length + " cells");
    }
    rows.add(cells.clone());
  }

  void print(PrintWriter out) {
    int[] widths = new int[headers.length];
    for (int c = 0; c < headers.length; c++) {
      widths[c] = headers[c].length();
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    printRow(out, headers, widths);
    for (String[] row : rows) {
      printRow(out, row, widths);
    }
  }

  private void printRow(PrintWriter out, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        line.append("  ");
      }
      String cell = cells[c];
      String pad = " ".repeat(widths[c] - cell.length());
      boolean last = c == cells.length - 1;
      line.append(right[c] ? pad + cell : last ? cell : cell + pad);
    }
    out.println(line);
  }
}
