package dev.readout.reports.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.readout.reports.doc.Metadata;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What OpenPDF's page events draw and note: the running header and footer of each page, and the
 * page each heading lands on (the table of contents of the next pass needs it).
 *
 * <p>The classification marking stands centred at the top and bottom of every page, the title at
 * the top of every page but a cover's. The footer "Page N of M" is left-aligned, so that the page
 * count M, known only when the file is closed, can end it: each page draws "Page N of " and then
 * one shared template, into which the count is written at the end. Right-aligned, the footer's
 * place would depend on the width of M, and every page would need a template of its own, held
 * until the end, or a second layout pass.
 */
final class PageFurniture extends PdfPageEventHelper {
  private static final float FOOTER_Y = 38f;
  /** Room below the baseline, in the template, for descenders. */
  private static final float TEMPLATE_DESCENT = 3f;

  private final Metadata metadata;
  private final Labels labels;
  private final Typesetter type;
  private final Style small = new Style(true, false, false, 8f, Style.MUTED);
  private final Map<String, Integer> headingPages = new LinkedHashMap<>();
  private final Set<Integer> coverPages = new HashSet<>();
  private int pages;
  private PdfTemplate pageCount;
  /** The classification marking and the running title: the same on every page, made once. */
  private Optional<Phrase> marking;
  private Phrase runningTitle;

  PageFurniture(Metadata metadata, Labels labels, Typesetter type) {
    this.metadata = metadata;
    this.labels = labels;
    this.type = type;
  }

  /** Leaves the running title off the page: a cover's. */
  void coverOn(int page) {
    coverPages.add(page);
  }

  /**
   * The page of each heading whose paragraph carries its anchor as OpenPDF's generic tag, in the
   * order they were laid out.
   */
  Map<String, Integer> headingPages() {
    return headingPages;
  }

  @Override
  public void onOpenDocument(PdfWriter w, com.lowagie.text.Document d) {
    pageCount = w.getDirectContent().createTemplate(0f, 0f);
  }

  @Override
  public void onCloseDocument(PdfWriter w, com.lowagie.text.Document d) {
    Phrase count = type.phrase(labels.pageCount(pages), small);
    pageCount.setWidth(Typesetter.width(count) + 1f);
    pageCount.setHeight(small.size() * 1.5f);
    ColumnText.showTextAligned(pageCount, Element.ALIGN_LEFT, count, 0f, TEMPLATE_DESCENT, 0);
  }

  @Override
  public void onGenericTag(PdfWriter w, com.lowagie.text.Document d, Rectangle rect, String anchor) {
    headingPages.putIfAbsent(anchor, w.getPageNumber());
  }

  @Override
  public void onEndPage(PdfWriter w, com.lowagie.text.Document d) {
    int page = w.getPageNumber();
    pages = Math.max(pages, page);
    Rectangle size = d.getPageSize();
    float left = d.left();
    float right = d.right();
    float top = size.getHeight();
    PdfContentByte cb = w.getDirectContent();
    if (runningTitle == null) {
      Style style = new Style(true, true, false, 9f, Style.INK);
      marking = metadata.classification().map(c -> type.phrase(c, style));
      runningTitle = type.fitted(Typesetter.plain(metadata.title()), small, right - left);
    }
    marking.ifPresent(c -> {
      show(cb, Element.ALIGN_CENTER, c, size.getWidth() / 2, top - 30f);
      show(cb, Element.ALIGN_CENTER, c, size.getWidth() / 2, 22f);
    });
    if (!coverPages.contains(page)) {
      show(cb, Element.ALIGN_LEFT, runningTitle, left, top - 48f);
      rule(cb, left, right, top - 53f);
    }
    rule(cb, left, right, 50f);
    Phrase number = type.phrase(labels.pageNumber(page), small);
    ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, number, left, FOOTER_Y, 0);
    cb.addTemplate(pageCount, left + Typesetter.width(number), FOOTER_Y - TEMPLATE_DESCENT);
  }

  /** Draws a line of text, with right-to-left words in their order and Arabic joined. */
  private static void show(PdfContentByte cb, int alignment, Phrase phrase, float x, float y) {
    ColumnText.showTextAligned(cb, alignment, phrase, x, y, 0, ComplexText.runDirection(phrase), 0);
  }

  private static void rule(PdfContentByte cb, float from, float to, float y) {
    cb.saveState();
    cb.setColorStroke(Style.RULE);
    cb.setLineWidth(0.5f);
    cb.moveTo(from, y);
    cb.lineTo(to, y);
    cb.stroke();
    cb.restoreState();
  }
}
