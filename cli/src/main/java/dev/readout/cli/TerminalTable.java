package dev.readout.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.Column;

/**
 * A plain-text table for the terminal, laid out with picocli's {@link Help.TextTable}: each column
 * as wide as its widest cell on the screen, where picocli counts a CJK, kana or Hangul character as
 * two columns, then two spaces; a cell wider than {@value #MAX_CELL} columns is cut with an
 * ellipsis; the number of rows last. Cells are data: picocli's {@code @|bold text|@} markup in them
 * is printed as it is.
 */
final class TerminalTable {
  /** The widest a cell is printed, in terminal columns. */
  static final int MAX_CELL = 60;
  private static final int GAP = 2;
  private static final ColorScheme PLAIN = Help.defaultColorScheme(Help.Ansi.OFF);

  private final List<Text[]> rows = new ArrayList<>();

  TerminalTable(String... header) {
    Text[] texts = new Text[header.length];
    for (int i = 0; i < header.length; i++) {
      texts[i] = literal(header[i]);
    }
    rows.add(texts);
  }

  void row(String... cells) {
    Text[] texts = new Text[cells.length];
    for (int i = 0; i < cells.length; i++) {
      texts[i] = cut(literal(cells[i].replace('\n', ' ')));
    }
    rows.add(texts);
  }

  void print(PrintWriter out) {
    int count = rows.get(0).length;
    Column[] columns = new Column[count];
    for (int c = 0; c < count; c++) {
      int width = 0;
      for (Text[] row : rows) {
        width = Math.max(width, row[c].getCJKAdjustedLength());
      }
      columns[c] = new Column(c < count - 1 ? width + GAP : width, 0, Column.Overflow.TRUNCATE);
    }
    Help.TextTable table = new PaddedByWidth(columns);
    rows.forEach(table::addRowValues);
    out.print(table);
    out.println((rows.size() - 1) + (rows.size() == 2 ? " row" : " rows"));
    out.flush();
  }

  /** The text of a cell as picocli holds it, in pieces that hold no {@code @|}, so none is read as markup. */
  private static Text literal(String cell) {
    Text text = PLAIN.text("");
    for (String piece : cell.split("(?<=@)")) {
      text = text.concat(PLAIN.text(piece));
    }
    return text;
  }

  /** The text, or as much of it as fits in {@code MAX_CELL - 1} columns and an ellipsis. */
  private static Text cut(Text text) {
    if (text.getCJKAdjustedLength() <= MAX_CELL) {
      return text;
    }
    String plain = text.plainString();
    int end = 0;
    int width = 0;
    while (end < plain.length()) {
      int next = plain.offsetByCodePoints(end, 1);
      int w = text.substring(end, next).getCJKAdjustedLength();
      if (width + w > MAX_CELL - 1) {
        break;
      }
      width += w;
      end = next;
    }
    return text.substring(0, end).concat(PLAIN.text("…"));
  }

  /**
   * picocli's table, each cell padded to its column's width by the cell's width on the screen.
   * picocli 4.7 measures wide characters when it fits text into a column, but pads a cell by its
   * number of chars, which pushes every column after a CJK cell out of line.
   */
  private static final class PaddedByWidth extends Help.TextTable {
    PaddedByWidth(Column[] columns) {
      super(PLAIN, columns);
    }

    @Override
    public StringBuilder toString(StringBuilder text) {
      Column[] columns = columns();
      for (int row = 0; row < rowCount(); row++) {
        StringBuilder line = new StringBuilder();
        for (int col = 0; col < columns.length; col++) {
          Text cell = textAt(row, col);
          line.append(cell).append(" ".repeat(Math.max(0, columns[col].width - cell.getCJKAdjustedLength())));
        }
        text.append(line.toString().stripTrailing()).append(System.lineSeparator());
      }
      return text;
    }
  }
}
