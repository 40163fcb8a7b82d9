package dev.readout.reports.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.readout.reports.doc.Table;
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

  /** Makes the table's pieces one after another, each given to {@code flow} before the next is made. */
  static void layOut(Table table, Typesetter type, Consumer<Element> flow) {
    int rows = table.bodyRows().size();
    int from = 0;
    do {
      int to = Math.min(rows, from + PIECE_ROWS);
      flow.accept(piece(table, from, to, type));
      from = to;
    } while (from < rows);
  }

  /** Body rows {@code from} to {@code to} of the table, with its caption and header rows. */
  private static PdfPTable piece(Table table, int from, int to, Typesetter type) {
    float[] widths = new float[table.columns().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = (float) table.columns().get(i).width();
    }
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
    Style header = new Style(true, true, false, Style.SMALL_SIZE, Style.INK);
    for (Table.Row row : table.headerRows()) {
      for (int c = 0; c < widths.length; c++) {
        PdfPCell cell = cell(row.cells().get(c), header, table.columns().get(c), type);
        cell.setBackgroundColor(type.theme().tableHeaderColour());
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(type.theme().ruleColour());
        cell.setBorderWidth(0.75f);
        t.addCell(cell);
      }
    }
    Style body = new Style(false, false, false, 10f, Style.INK);
    for (int r = from; r < to; r++) {
      Table.Row row = table.bodyRows().get(r);
      for (int c = 0; c < widths.length; c++) {
        PdfPCell cell = cell(row.cells().get(c), body, table.columns().get(c), type);
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
    cell.setPadding(4f);
    cell.setPaddingBottom(5f);
    cell.setUseAscender(true);
    cell.setLeading(0f, 1.25f);
    return cell;
  }
}
