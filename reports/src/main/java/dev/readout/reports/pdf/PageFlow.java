package dev.readout.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Lays blocks out one after another down the text area of the pages, starting a new page whenever
 * the current one is full: the renderer's view of a {@link FlowDocument}, which keeps each page's
 * content in reading order.
 */
final class PageFlow {
  private final FlowDocument pdf;

  /**
   * @param writer a writer made by {@link FlowDocument#writer} or {@link LeanDocument#writer}, of an
   *     open document
   */
  PageFlow(PdfWriter writer) {
    this.pdf = FlowDocument.of(writer);
  }

  /**
   * Writes an element (a paragraph or a table) below what is already on the page, continuing on
   * new pages as long as it needs.
   *
   * @throws IllegalStateException if the element cannot be placed even on an empty page (a row
   *     taller than the page that may not be split)
   */
  void add(Element element) {
    try {
      pdf.add(element);
    } catch (DocumentException e) {
      throw new ExceptionConverter(e);
    }
  }

  /** Moves the next element down by this many points, or to the bottom of the page at most. */
  void skip(float points) {
    pdf.skip(points);
  }

  /** {@return how many points are left between what is written and the bottom margin} */
  float spaceLeft() {
    return pdf.spaceLeft();
  }

  /** Starts a new page, unless nothing has been written on the current one. */
  void newPage() {
    pdf.newPage();
  }
}
