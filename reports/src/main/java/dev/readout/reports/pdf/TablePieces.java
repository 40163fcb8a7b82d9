package dev.readout.reports.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.readout.reports.doc.Table;
import dev.readout.reports.layout.ColumnWidths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A document's table as OpenPDF tables: the caption and header rows shaded and repeated at the top
 * of every page the table spans, body rows with zebra shading and a rule below each, cells aligned
 * as their column says. A long table is made and laid out a piece of {@value #PIECE_ROWS} body rows
 * at a time, so that its cells are held a piece at a time rather than all at once: a piece after
 * the first has no space before it and shows its caption and header only when it starts a page
 * (OpenPDF's skip-first-header), so the pieces lay out exactly as one table would.
 */
final class TablePieces {
  /** How many body rows of a table are laid out at a time. */
  static final int PIECE_ROWS = 200;

  private TablePieces() {}

  /** A cell's padding at its left and at its right. */
  private static final float PADDING = 4f;
  /** A point more than a word's own width: OpenPDF's line does not take a word exactly as wide as the cell. */
  private static final float SLACK = 1f;
  private static final Style HEADER = new Style(true, true, false, Style.SMALL_SIZE, Style.INK);
  private static final Style BODY = new Style(false, false, false, 10f, Style.INK);

  /**
   * Makes the table's pieces one after another, each given to {@code flow} before the next is made,
   * the columns as wide in every piece: {@linkplain ColumnWidths#fit fitted} to the longest words
   * of the header and the first piece's rows.
   */
  static void layOut(Table table, Typesetter type, float tableWidth, Consumer<Element> flow) {
    int rows = table.bodyRows().size();
    float[] widths = widths(table, type, tableWidth);
    int from = 0;
    do {
      int to = Math.min(rows, from + PIECE_ROWS);
      flow.accept(piece(table, from, to, widths, type));
      from = to;
    } while (from < rows);
  }

  private static float[] widths(Table table, Typesetter type, float tableWidth) {
    double[] fitted = ColumnWidths.fit(table, (content, header) -> longestWord(type.phrase(content, header ? HEADER : BODY)),
        2 * PADDING + SLACK, tableWidth);
    float[] widths = new float[fitted.length];
    for (int c = 0; c < fitted.length; c++) {
      widths[c] = (float) fitted[c];
    }
    return widths;
  }

  /** The width of the phrase's widest run of text without a break, across its chunks, in points. */
  private static float longestWord(Phrase phrase) {
    List<Chunk> chunks = new ArrayList<>();
    for (Element e : phrase) {
      if (e instanceof Chunk chunk && chunk.getFont().getBaseFont() != null) {
        chunks.add(chunk);
      }
    }
    return (float) ColumnWidths.longestWord(chunks, Chunk::getContent,
        (chunk, part) -> chunk.getFont().getBaseFont().getWidthPoint(part, chunk.getFont().getSize()));
  }

  /** Body rows {@code from} to {@code to} of the table, with its caption and header rows. */
  private static PdfPTable piece(Table table, int from, int to, float[] widths, Typesetter type) {
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setSpacingBefore(from == 0 ? 4f : 0f);
    t.setSpacingAfter(to == table.bodyRows().size() ? 10f : 0f);
    t.setSkipFirstHeader(from > 0);
    int headerRows = table.headerRows().size();
    if (table.caption().isPresent()) {
      Style captionStyle = new Style(true, true, false, Style.SMALL_SIZE, Style.MUTED);
      PdfPCell caption = ComplexText.newCell(type.phrase(table.caption().get(), captionStyle));
      caption.setColspan(widths.length);
      caption.setBorder(Rectangle.NO_BORDER);
      caption.setPaddingLeft(0);
      caption.setPaddingBottom(5f);
      t.addCell(caption);
      headerRows++;
    }
    t.setHeaderRows(headerRows);
    for (Table.Row row : table.headerRows()) {
      for (int c = 0; c < widths.length; c++) {
        PdfPCell cell = cell(row.cells().get(c), HEADER, table.columns().get(c), type);
        cell.setBackgroundColor(type.theme().tableHeaderColour());
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(type.theme().ruleColour());
        cell.setBorderWidth(0.75f);
        t.addCell(cell);
      }
    }
    for (int r = from; r < to; r++) {
      Table.Row row = table.bodyRows().get(r);
      for (int c = 0; c < widths.length; c++) {
        PdfPCell cell = cell(row.cells().get(c), BODY, table.columns().get(c), type);
        if (r % 2 == 1) {
          cell.setBackgroundColor(Style.ZEBRA_FILL);
        }
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Style.BODY_RULE);
        cell.setBorderWidth(0.5f);
        t.addCell(cell);
      }
    }
    return t;
  }

  private static PdfPCell cell(Table.Cell content, Style style, Table.Column column, Typesetter type) {
    PdfPCell cell = ComplexText.newCell(type.phrase(content.content(), style));
    cell.setHorizontalAlignment(switch (column.alignment()) {
      case LEFT -> Element.ALIGN_LEFT;
      case CENTER -> Element.ALIGN_CENTER;
      case RIGHT -> Element.ALIGN_RIGHT;
    });
    cell.setPadding(PADDING);
    cell.setPaddingBottom(5f);
    cell.setUseAscender(true);
    cell.setLeading(0f, 1.25f);
    return cell;
  }
}
