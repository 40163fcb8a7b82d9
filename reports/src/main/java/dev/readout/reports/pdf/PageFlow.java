package dev.readout.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Lays blocks out one after another down the text area of the pages, with one OpenPDF
 * {@link ColumnText} in composite mode drawing on the page's direct content, and starts a new page
 * whenever the current one is full.
 *
 * <p>Why not {@link Document#add}: OpenPDF writes paragraphs added to the document into one layer of
 * the page and tables into another, so a page's content stream would not hold its text in reading
 * order, which text extraction and screen readers follow. Wrapping every paragraph in a one-cell
 * table kept the order but laid each paragraph out twice (once to measure the row, once to write
 * it). Here every element, paragraph or table, is written where it stands in the flow, once.
 */
final class PageFlow {
  private final Document pdf;
  private final ColumnText column;

  PageFlow(Document pdf, PdfWriter writer) {
    this.pdf = pdf;
    this.column = new ColumnText(writer.getDirectContent());
    toTop();
  }

  /**
   * Writes an element (a paragraph or a table) below what is already on the page, continuing on
   * new pages as long as it needs.
   *
   * @throws IllegalStateException if the element cannot be placed even on an empty page (a row
   *     taller than the page that may not be split)
   */
  void add(Element element) {
    column.addElement(element);
    while (true) {
      boolean atTop = atTop();
      // Space before an element is left out at the top of a page.
      column.setAdjustFirstLine(atTop);
      int status = column.go();
      if ((status & ColumnText.NO_MORE_TEXT) != 0) {
        return;
      }
      if (atTop && atTop()) {
        throw new IllegalStateException("an element does not fit on an empty page");
      }
      newPage();
    }
  }

  /** Moves the next element down by this many points, or to the bottom of the page at most. */
  void skip(float points) {
    column.setYLine(Math.max(pdf.bottom(), column.getYLine() - points));
  }

  /** {@return how many points are left between what is written and the bottom margin} */
  float spaceLeft() {
    return column.getYLine() - pdf.bottom();
  }

  /** Starts a new page, unless nothing has been written on the current one. */
  void newPage() {
    pdf.newPage();
    toTop();
  }

  private boolean atTop() {
    return column.getYLine() >= pdf.top();
  }

  private void toTop() {
    column.setSimpleColumn(pdf.left(), pdf.bottom(), pdf.right(), pdf.top());
  }
}
