package dev.readout.reports.docx;

import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.KeyValueBlock;
import dev.readout.reports.doc.Note;
import dev.readout.reports.doc.Table;
import dev.readout.reports.doc.Text;
import dev.readout.reports.layout.CellWords;
import dev.readout.reports.layout.ColumnWidths;
import dev.readout.reports.layout.FontAdvances;
import java.util.List;
import java.util.Locale;

/**
 * Writes the blocks that are Word tables into the body, each as wide as the text with fixed column
 * widths: a {@link Table} (Table Grid style, header rows shaded, bold and repeated at the top of
 * every page, each column's alignment on its cells), a {@link KeyValueBlock} (two columns, keys
 * bold on a grey ground) and a {@link Note} (one cell shaded by kind, with a thick left border).
 * No row splits across pages. The caller writes what goes around a table (its caption, the
 * paragraph that carries a page break, the spacer after it).
 */
final class TableWriter {
  /** Readout's ids of the table style and the cells' paragraph style. */
  static final String TABLE_STYLE = "TableGrid";
  static final String CELL_STYLE = "Compact";
  private static final String HEADER_FILL = "D9E2F3";
  private static final String KEY_FILL = "F2F2F2";
  private static final int TWIPS_PER_POINT = 20;
  /**
   * The size of the Normal style's font (Liberation Serif, which Word replaces by Times New Roman,
   * of the same metrics), in points: what a cell's words are measured at. A template of other
   * fonts is measured the same, close enough for the widths of columns.
   */
  private static final float NORMAL_SIZE = 11f;
  /** A cell's margins at its left and right together: 108 twips each, the table styles' (TableNormal). */
  private static final int CELL_MARGINS = 216;
  /** A point more than a word's own width, for the cell's borders and rounding. */
  private static final int SLACK = 20;

  private final WordXml body;
  private final RunWriter runs;
  /** The width of the text between the margins, in twips. */
  private final int textWidth;
  /** The ids of the table style and the cells' paragraph style written (a Word template's, where it has them). */
  private final String tableStyle;
  private final String cellStyle;

  TableWriter(WordXml body, RunWriter runs, int textWidth, String tableStyle, String cellStyle) {
    this.body = body;
    this.runs = runs;
    this.textWidth = textWidth;
    this.tableStyle = tableStyle;
    this.cellStyle = cellStyle;
  }

  /** A table: its header rows, then its body rows. */
  void table(Table table) {
    List<Table.Column> columns = table.columns();
    int[] widths = fitted(table);
    start(tableStyle, widths, 0x0020);
    table.headerRows().forEach(row -> tableRow(row, columns, widths, true));
    table.bodyRows().forEach(row -> tableRow(row, columns, widths, false));
    body.end();
  }

  /** A key–value block: one row per entry, the key in the narrower first column. */
  void keyValues(KeyValueBlock keyValues) {
    int[] widths = widths(3, 7);
    start(tableStyle, widths, 0x0080);
    for (KeyValueBlock.Entry entry : keyValues.entries()) {
      row(false);
      textCell(widths[0], KEY_FILL, Table.Alignment.LEFT, List.of(new Text(entry.key())), true);
      textCell(widths[1], null, Table.Alignment.LEFT, entry.value(), false);
      body.end();
    }
    body.end();
  }

  /** A note: its title in bold, kept with its text. */
  void note(Note note) {
    NoteLook look = NoteLook.of(note.kind());
    start(null, new int[] {textWidth}, 0x0000);
    row(false);
    cell(textWidth, look.fill, look.border);
    note.title().ifPresent(t -> cellParagraph(Table.Alignment.LEFT, true, List.of(new Text(t)), true));
    cellParagraph(Table.Alignment.LEFT, false, note.content(), false);
    body.end().end().end();
  }

  /**
   * Opens a table as wide as the text: fixed layout, the given column widths in twips, the table
   * style (null for none) and the {@code tblLook} bits (0x0020 first row, 0x0080 first column).
   */
  private void start(String style, int[] widths, int look) {
    body.start("tbl").start("tblPr");
    if (style != null) {
      body.val("tblStyle", style);
    }
    body.empty("tblW").attr("type", "dxa").attr("w", textWidth);
    body.empty("tblLayout").attr("type", "fixed");
    int bits = look | 0x0600; // no banded rows or columns
    body.empty("tblLook").attr("val", String.format(Locale.ROOT, "%04X", bits))
        .attr("firstRow", Boolean.toString((look & 0x0020) != 0)).attr("lastRow", "false")
        .attr("firstColumn", Boolean.toString((look & 0x0080) != 0)).attr("lastColumn", "false")
        .attr("noHBand", "true").attr("noVBand", "true");
    body.end().start("tblGrid");
    for (int w : widths) {
      body.empty("gridCol").attr("w", w);
    }
    body.end();
  }

  /** Opens a row that does not split across pages; a header row repeats on every page. */
  private void row(boolean header) {
    body.start("tr").start("trPr").empty("cantSplit");
    if (header) {
      body.empty("tblHeader");
    }
    body.end();
  }

  /** A whole row of a table: header cells shaded and bold. */
  private void tableRow(Table.Row row, List<Table.Column> columns, int[] widths, boolean header) {
    row(header);
    for (int c = 0; c < columns.size(); c++) {
      textCell(widths[c], header ? HEADER_FILL : null, columns.get(c).alignment(), row.cells().get(c).content(), header);
    }
    body.end();
  }

  /** A whole cell holding one paragraph. */
  private void textCell(int width, String fill, Table.Alignment alignment, List<Inline> content, boolean bold) {
    cell(width, fill, null);
    cellParagraph(alignment, false, content, bold);
    body.end();
  }

  /** Opens a cell of the width in twips, shaded with {@code fill} and with a note's borders in {@code border}. */
  private void cell(int width, String fill, String border) {
    body.start("tc").start("tcPr");
    body.empty("tcW").attr("type", "dxa").attr("w", width);
    if (border != null) {
      body.start("tcBorders");
      border("top", 4, border);
      border("left", 24, border);
      border("bottom", 4, border);
      border("right", 4, border);
      body.end();
    }
    if (fill != null) {
      body.empty("shd").attr("val", "clear").attr("color", "auto").attr("fill", fill);
    }
    body.end();
  }

  private void border(String side, int eighthsOfPoint, String color) {
    body.empty(side).attr("val", "single").attr("sz", eighthsOfPoint).attr("space", 0).attr("color", color);
  }

  /** A whole paragraph in the open cell; {@code keepNext} keeps a note's title with its text. */
  private void cellParagraph(Table.Alignment alignment, boolean keepNext, List<Inline> content, boolean bold) {
    Para p = Para.style(cellStyle).aligned(switch (alignment) {
      case LEFT -> "left";
      case CENTER -> "center";
      case RIGHT -> "right";
    });
    body.start("p");
    (keepNext ? p.keptWithNext() : p).write(body);
    runs.write(content, bold);
    body.end();
  }

  /**
   * The columns' widths in twips: the document's shares, each column widened to its longest word
   * where the others have room ({@link ColumnWidths#fit}), measured in the header and the first
   * {@value ColumnWidths#MEASURED_ROWS} rows, so that Word breaks no word that the table has room for.
   */
  private int[] fitted(Table table) {
    double[] widths = ColumnWidths.fit(table, (content, header) -> CellWords.longestWord(content, header,
        FontAdvances.SERIF, FontAdvances.SERIF_BOLD) * NORMAL_SIZE * TWIPS_PER_POINT, CELL_MARGINS + SLACK, textWidth);
    return widths(widths, textWidth);
  }

  private int[] widths(double... relative) {
    return widths(relative, textWidth);
  }

  /**
   * Splits {@code total} twips between columns in proportion to their relative widths: column
   * {@code i} ends at {@code round(total × (w0 + … + wi) / sum)}, so the widths add up exactly. The
   * widths are divided by the largest first, so that no sum overflows.
   */
  static int[] widths(double[] relative, int total) {
    double max = 0;
    for (double w : relative) {
      max = Math.max(max, w);
    }
    double units = 0;
    for (double w : relative) {
      units += w / max;
    }
    int[] widths = new int[relative.length];
    double sum = 0;
    int previous = 0;
    for (int i = 0; i < relative.length; i++) {
      sum += relative[i] / max;
      int end = i == relative.length - 1 ? total : (int) Math.round(total * sum / units);
      widths[i] = end - previous;
      previous = end;
    }
    return widths;
  }

  /** The fill and border colour of each kind of note. */
  private enum NoteLook {
    INFO("DEEAF6", "2E74B5"),
    IMPORTANT("FFF2CC", "BF8F00"),
    WARNING("FBE4D5", "C00000");

    final String fill;
    final String border;

    NoteLook(String fill, String border) {
      this.fill = fill;
      this.border = border;
    }

    static NoteLook of(Note.Kind kind) {
      return switch (kind) {
        case INFO -> INFO;
        case IMPORTANT -> IMPORTANT;
        case WARNING -> WARNING;
      };
    }
  }
}
