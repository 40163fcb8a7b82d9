package dev.readout.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.Consumer;

/**
 * OpenPDF's {@link PdfDocument} with its page content in reading order: paragraphs are laid out by
 * the document's own line breaker, and tables, drawn by a {@link ColumnText}, come after the text
 * above them in the page's content stream.
 *
 * <p>Stock OpenPDF writes a page's paragraphs into a text layer and its tables into the page's
 * direct content, and joins the two only when the page ends: graphics, then all the text, then all
 * the tables. Text extraction and screen readers follow the content stream, so a paragraph after a
 * table would be read before it. Here the text and graphics written so far are moved into the direct
 * content, in a saved graphics state and a text object of their own, before each table and at the
 * end of each page; the text layer then goes on from the same point of the page.
 *
 * <p>Why not lay paragraphs out with a {@code ColumnText} on the direct content as well, which keeps
 * the order by itself: its line breaker ({@code BidiLine}) measures every character two or three
 * times through a boxed lookup, and made a book's render about a tenth slower than the document's
 * own layout, which measures a chunk at a time.
 *
 * <p>Two changes to stock behaviour go with this: space before and after a paragraph moves the text
 * down instead of writing a line holding one space (which text extraction reads between the letters
 * of the words around it), and a paragraph kept together keeps its space after. A table that cannot
 * be placed even on an empty page is an error rather than OpenPDF's "infinite table loop"
 * paragraph.
 */
final class FlowDocument extends PdfDocument {
  /** Whether lines or drawings have been written to the text and graphics layers since they moved. */
  private boolean written;

  private FlowDocument() {}

  /**
   * A writer for the document, as {@link PdfWriter#getInstance} makes one, with this document's
   * layout and OpenPDF's own bookkeeping, whose direct content (where tables and the running header
   * and footer are drawn) is a {@link ShapingContent} that lays text out with the shaper, and whose
   * fonts (OpenPDF's {@code documentFonts}) are handed to {@code beforeFontsWritten} before they are
   * written (see {@link CffSubsetGuard}).
   */
  static PdfWriter writer(com.lowagie.text.Document document, OutputStream out, ShapingContent.Shaper shaper,
      Consumer<Map<BaseFont, ?>> beforeFontsWritten) {
    FlowDocument pdf = new FlowDocument();
    // As PdfWriter.getInstance connects OpenPDF's own document (PdfWriter's constructor with a
    // document is protected, hence the subclass).
    PdfWriter writer = new PdfWriter(pdf, out) {
      {
        directContent = new ShapingContent(this, shaper);
      }

      @Override
      protected void addSharedObjectsToBody() throws IOException {
        beforeFontsWritten.accept(documentFonts);
        super.addSharedObjectsToBody();
      }
    };
    pdf.setTextRenderingOptions(document.getTextRenderingOptions());
    document.addDocListener(pdf);
    pdf.addWriter(writer);
    return writer;
  }

  /**
   * The document a writer made by {@link #writer} writes, once it is open: what the renderer adds
   * its blocks to ({@link #add}, {@link #skip}, {@link #spaceLeft}, {@link #newPage}).
   */
  static FlowDocument of(PdfWriter writer) {
    if (writer.getDirectContent().getPdfDocument() instanceof FlowDocument flow) {
      return flow;
    }
    throw new IllegalArgumentException("the writer was not made by FlowDocument.writer");
  }

  @Override
  public boolean add(Element element) throws DocumentException {
    if (element instanceof PdfPTable table) {
      addTable(table);
      return true;
    }
    boolean added = super.add(element);
    if (element instanceof Paragraph p && p.getKeepTogether()) {
      // OpenPDF lays a paragraph kept together out in a table of one cell, and forgets its space after.
      addSpacing(p.getSpacingAfter(), p.getTotalLeading(), p.getFont());
    }
    return added;
  }

  /**
   * Draws the table below what is written, continuing on new pages as long as it needs.
   *
   * @throws IllegalStateException if the table cannot be placed even on an empty page (a row taller
   *     than the page that may not be split)
   */
  private void addTable(PdfPTable table) throws DocumentException {
    ensureNewLine();
    flushLines();
    moveLayersToDirectContent();
    if (table.getKeepTogether() && currentHeight > 0 && !fitsBelow(table)) {
      newPage();
    }
    ColumnText column = new ColumnText(writer.getDirectContent());
    if (currentHeight > 0 || table.isSkipFirstHeader()) {
      // As OpenPDF does: an empty paragraph first, so that the table's space before is kept.
      Paragraph empty = new Paragraph();
      empty.setLeading(0);
      column.addElement(empty);
    }
    column.addElement(table);
    while (true) {
      boolean atTop = currentHeight == 0;
      column.setSimpleColumn(indentLeft(), bottom(), indentRight(), indentTop() - currentHeight);
      int status = column.go();
      if ((status & ColumnText.NO_MORE_TEXT) != 0) {
        text.moveText(0, column.getYLine() - indentTop() + currentHeight);
        currentHeight = indentTop() - column.getYLine();
        break;
      }
      if (atTop && column.getYLine() >= indentTop()) {
        throw new IllegalStateException("an element does not fit on an empty page");
      }
      newPage();
    }
    newLine();
  }

  /** Whether the whole table, with its space before, fits between what is written and the bottom. */
  private boolean fitsBelow(PdfPTable table) {
    if (!table.isLockedWidth()) {
      table.setTotalWidth((indentRight() - indentLeft()) * table.getWidthPercentage() / 100);
    }
    return table.getTotalHeight() + table.spacingBefore() <= spaceLeft();
  }

  /**
   * Moves the text down by the space, without writing anything; nothing at the top of a page, and
   * nothing when the space would reach the bottom margin (what follows starts a new page anyway).
   */
  @Override
  protected void addSpacing(float extraspace, float oldleading, Font f) {
    if (extraspace <= 0 || currentHeight == 0) {
      return;
    }
    if (currentHeight + extraspace >= indentTop() - bottom()) {
      return;
    }
    moveDown(extraspace);
  }

  /** Moves what comes next down by this many points, or to the bottom margin at most. */
  void skip(float points) {
    moveDown(Math.min(points, spaceLeft()));
  }

  private void moveDown(float points) {
    flushLines();
    text.moveText(0, -points);
    currentHeight += points;
  }

  /** {@return how many points are left between what is written and the bottom margin} */
  float spaceLeft() {
    return indentTop() - currentHeight - bottom();
  }

  @Override
  protected float flushLines() throws DocumentException {
    if (lines != null && (!lines.isEmpty() || line != null && line.size() > 0)) {
      written = true;
    }
    return super.flushLines();
  }

  @Override
  public boolean newPage() {
    flushLines();
    moveLayersToDirectContent();
    return super.newPage();
  }

  /**
   * Appends the graphics and text layers to the page's direct content, each in a graphics state of
   * its own, and starts the text layer again where it was.
   */
  private void moveLayersToDirectContent() {
    if (!written) {
      return;
    }
    written = false;
    float x = text.getXTLM();
    float y = text.getYTLM();
    text.endText();
    PdfContentByte direct = writer.getDirectContent();
    if (graphics.getInternalBuffer().size() > 0) {
      direct.saveState();
      direct.add(graphics);
      direct.restoreState();
      graphics.reset();
    }
    direct.saveState();
    direct.add(text);
    direct.restoreState();
    text.reset();
    text.beginText();
    // As OpenPDF's own: the size of an empty text layer before the move (the page writer needs text).
    textEmptySize = text.getInternalBuffer().size();
    text.setTextMatrix(x, y);
  }
}
