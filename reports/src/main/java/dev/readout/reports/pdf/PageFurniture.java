package dev.readout.reports.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
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
import java.util.function.IntConsumer;

/**
 * What OpenPDF's page events draw and note: the running header and footer of each page, and the
 * page each heading lands on (the table of contents numbers its entries with them at the end).
 *
 * <p>The classification marking stands centred at the top and bottom of every page, the title at
 * the top of every page but a cover's. A theme's logo stands at the right of the running title, and
 * centred above the title of a cover. The footer "Page N of M" is left-aligned, so that the page
 * count M, known only when the file is closed, can end it: each page draws "Page N of " and then
 * one shared template, into which the count is written at the end. Right-aligned, the footer's
 * place would depend on the width of M, and every page would need a template of its own, held
 * until the end.
 */
final class PageFurniture extends PdfPageEventHelper {
  private static final float FOOTER_Y = 38f;
  /** Room below the baseline, in the template, for descenders. */
  private static final float TEMPLATE_DESCENT = 3f;
  /** The box a logo is fitted into in the running header, and its bottom's distance from the top edge. */
  private static final float HEADER_LOGO_WIDTH = 90f;
  private static final float HEADER_LOGO_HEIGHT = 18f;
  private static final float HEADER_LOGO_BOTTOM = 50.5f;
  /** Between the logo and the running title. */
  private static final float HEADER_LOGO_GAP = 8f;
  /** The box a logo is fitted into on the cover, and the space between it and the title below. */
  private static final float COVER_LOGO_WIDTH = 144f;
  private static final float COVER_LOGO_HEIGHT = 72f;
  private static final float COVER_LOGO_GAP = 24f;

  private final Metadata metadata;
  private final IntConsumer pageDone;
  private final Labels labels;
  private final Typesetter type;
  private final PdfTheme theme;
  /** The theme's logo as an image of this render, made on first use; null without one. */
  private Image logo;
  /** Where the cover's title starts below the top margin, as a share of the page height. */
  private final float coverTitleDrop;
  private final Style small = new Style(true, false, false, 8f, Style.MUTED);
  private final Map<String, Integer> headingPages = new LinkedHashMap<>();
  private final Set<Integer> coverPages = new HashSet<>();
  private int pages;
  private PdfTemplate pageCount;
  /** The classification marking and the running title: the same on every page, made once. */
  private Optional<Phrase> marking;
  private Phrase runningTitle;

  /**
   * @param coverTitleDrop how far below the top margin a cover's title starts, as a share of the
   *     page height: the cover's logo stands above it
   * @param pageDone told the number of each page once its furniture is drawn
   */
  PageFurniture(Metadata metadata, Labels labels, Typesetter type, PdfTheme theme, float coverTitleDrop,
                IntConsumer pageDone) {
    this.pageDone = pageDone;
    this.metadata = metadata;
    this.labels = labels;
    this.type = type;
    this.theme = theme;
    this.coverTitleDrop = coverTitleDrop;
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
      float room = right - left;
      if (logo() != null) {
        room -= fit(logo, HEADER_LOGO_WIDTH, HEADER_LOGO_HEIGHT)[0] + HEADER_LOGO_GAP;
      }
      runningTitle = type.fitted(Typesetter.plain(metadata.title()), small, room);
    }
    marking.ifPresent(c -> {
      show(cb, Element.ALIGN_CENTER, c, size.getWidth() / 2, top - 30f);
      show(cb, Element.ALIGN_CENTER, c, size.getWidth() / 2, 22f);
    });
    if (!coverPages.contains(page)) {
      show(cb, Element.ALIGN_LEFT, runningTitle, left, top - 48f);
      rule(cb, left, right, top - 53f);
      if (logo() != null) {
        float[] box = fit(logo, HEADER_LOGO_WIDTH, HEADER_LOGO_HEIGHT);
        draw(cb, right - box[0], top - HEADER_LOGO_BOTTOM, box);
      }
    } else if (logo() != null) {
      // Centred above the title, which starts a share of the page height below the top margin.
      float titleTop = d.top() - coverTitleDrop * top;
      float[] box = fit(logo, COVER_LOGO_WIDTH, Math.min(COVER_LOGO_HEIGHT, d.top() - titleTop - COVER_LOGO_GAP - 8f));
      draw(cb, (size.getWidth() - box[0]) / 2, titleTop + COVER_LOGO_GAP, box);
    }
    rule(cb, left, right, 50f);
    Phrase number = type.phrase(labels.pageNumber(page), small);
    ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, number, left, FOOTER_Y, 0);
    cb.addTemplate(pageCount, left + Typesetter.width(number), FOOTER_Y - TEMPLATE_DESCENT);
    pageDone.accept(page);
  }

  /** The theme's logo as an image of this render, or null without one. */
  private Image logo() {
    if (logo == null && theme.logoImage() != null) {
      PdfTheme.Logo image = theme.logoImage();
      logo = Image.getInstance(image.width(), image.height(), 3, 8, image.rgb());
    }
    return logo;
  }

  /** The width and height the image takes fitted into the box, its proportions kept. */
  private static float[] fit(Image image, float width, float height) {
    float scale = Math.min(width / image.getWidth(), Math.max(height, 1f) / image.getHeight());
    return new float[] {image.getWidth() * scale, image.getHeight() * scale};
  }

  /** Draws the logo in a box of the size whose lower left corner is at (x, y). */
  private void draw(PdfContentByte cb, float x, float y, float[] box) {
    cb.addImage(logo, box[0], 0, 0, box[1], x, y);
  }

  /** Draws a line of text, with right-to-left words in their order and Arabic joined. */
  private static void show(PdfContentByte cb, int alignment, Phrase phrase, float x, float y) {
    ColumnText.showTextAligned(cb, alignment, phrase, x, y, 0, ComplexText.runDirection(phrase), 0);
  }

  private void rule(PdfContentByte cb, float from, float to, float y) {
    cb.saveState();
    cb.setColorStroke(theme.ruleColour());
    cb.setLineWidth(0.5f);
    cb.moveTo(from, y);
    cb.lineTo(to, y);
    cb.stroke();
    cb.restoreState();
  }
}
