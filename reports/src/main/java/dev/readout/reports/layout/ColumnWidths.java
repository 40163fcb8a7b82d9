package dev.readout.reports.layout;

import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.Table;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;

/**
 * The widths of a table's columns on the page. The document gives each column a share of the width;
 * a column whose share is narrower than its longest word would break that word across lines
 * ("Chairmanshi" above "p"), so it is widened to the word, and what it gains is taken from the
 * columns with room to spare beyond their own longest words, in proportion to that room. Where the
 * table has not that much room in all, the shares stay as given, and the words that cannot fit break.
 */
public final class ColumnWidths {
  /**
   * How many body rows a renderer measures, after the header: the rows a PDF lays out at a time, so
   * a table of many thousand rows costs no more to fit than its first page or so.
   */
  public static final int MEASURED_ROWS = 200;

  private ColumnWidths() {}

  /**
   * The columns' widths for a table, each column at least as wide as the longest word of its header
   * cells and of its first {@value #MEASURED_ROWS} body cells, and its padding.
   *
   * @param table the table
   * @param longestWord the width of a cell's longest word, given its content and whether it is a
   *     header cell, in the unit of {@code tableWidth}
   * @param padding a cell's padding at its left and right together, and what else a line needs
   *     beside the word, in that unit
   * @param tableWidth the table's width
   * @return the widths, adding up to {@code tableWidth}
   */
  public static double[] fit(Table table, ToDoubleBiFunction<List<Inline>, Boolean> longestWord, double padding,
      double tableWidth) {
    double[] shares = table.columns().stream().mapToDouble(Table.Column::width).toArray();
    double[] least = new double[shares.length];
    BiConsumer<Table.Row, Boolean> measure = (row, header) -> {
      for (int c = 0; c < shares.length; c++) {
        least[c] = Math.max(least[c], longestWord.applyAsDouble(row.cells().get(c).content(), header) + padding);
      }
    };
    table.headerRows().forEach(row -> measure.accept(row, true));
    table.bodyRows().stream().limit(MEASURED_ROWS).forEach(row -> measure.accept(row, false));
    return fit(shares, least, tableWidth);
  }

  /**
   * The columns' widths.
   *
   * @param shares the document's shares of the width, one a column
   * @param least the width each column needs for its longest word, its padding included, in the
   *     unit of {@code tableWidth}
   * @param tableWidth the table's width
   * @return the widths, adding up to {@code tableWidth}
   */
  public static double[] fit(double[] shares, double[] least, double tableWidth) {
    double total = 0;
    for (double share : shares) {
      total += share;
    }
    double[] widths = new double[shares.length];
    double lacking = 0;
    double spare = 0;
    for (int c = 0; c < shares.length; c++) {
      widths[c] = tableWidth * shares[c] / total;
      lacking += Math.max(0, least[c] - widths[c]);
      spare += Math.max(0, widths[c] - least[c]);
    }
    if (lacking == 0 || spare < lacking) {
      return widths;
    }
    double[] fitted = new double[widths.length];
    for (int c = 0; c < widths.length; c++) {
      fitted[c] = widths[c] < least[c] ? least[c] : widths[c] - (widths[c] - least[c]) * lacking / spare;
    }
    return fitted;
  }

  /**
   * The width of the widest run of text without a break, across pieces of text set each in a font
   * of its own (a word half in bold is one word): the width a column must give it. A no-break space
   * joins the words either side, as it does on the page.
   *
   * @param <P> a piece of text and its font
   * @param pieces the pieces, in reading order
   * @param text a piece's text
   * @param width the width of part of a piece's text, in its font
   * @return the width of the widest run
   */
  public static <P> double longestWord(Iterable<P> pieces, Function<P, String> text,
      ToDoubleBiFunction<P, String> width) {
    double longest = 0;
    double word = 0;
    for (P piece : pieces) {
      String t = text.apply(piece);
      int start = 0;
      for (int i = 0; i <= t.length(); i++) {
        if (i == t.length() || isBreak(t.charAt(i))) {
          if (i > start) {
            word += width.applyAsDouble(piece, t.substring(start, i));
          }
          if (i < t.length()) { // a break ends the word; a piece's end does not
            longest = Math.max(longest, word);
            word = 0;
          }
          start = i + 1;
        }
      }
    }
    return Math.max(longest, word);
  }

  /** Whether a line may break at the character: white space, but a no-break space. */
  public static boolean isBreak(char c) {
    return Character.isWhitespace(c) && c != '\u00A0' && c != '\u202F' && c != '\u2007';
  }
}
