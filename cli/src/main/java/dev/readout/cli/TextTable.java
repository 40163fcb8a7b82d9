package dev.readout.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: columns padded to their widest cell, long cells cut with an ellipsis. */
final class TextTable {
  private static final int MAX_CELL = 60;
  private final List<String[]> rows = new ArrayList<>();

  TextTable(String... header) {
    rows.add(header);
  }

  void row(String... cells) {
    String[] cut = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i].replace('\n', ' ');
      cut[i] = c.codePointCount(0, c.length()) > MAX_CELL
          ? c.substring(0, c.offsetByCodePoints(0, MAX_CELL - 1)) + "…" : c;
    }
    rows.add(cut);
  }

  void print(PrintWriter out) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], width(r[i]));
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(r[i]);
        if (i < columns - 1) {
          line.append(" ".repeat(widths[i] - width(r[i]) + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
    out.println((rows.size() - 1) + (rows.size() == 2 ? " row" : " rows"));
    out.flush();
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }
}
