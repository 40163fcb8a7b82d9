package dev.readout.reports.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Text that OpenPDF's document layout, which lays out the paragraphs, cannot write as it stands:
 * right-to-left words, the scripts that are shaped, and footnote marks, which it may break from
 * their word at the end of a line. Such a paragraph is laid out in a table of one borderless cell, drawn on the page's {@link ShapingContent}, which writes shaped text as the
 * glyphs of its layout ({@link Shaping}).
 *
 * <p>The Unicode bidirectional algorithm runs in the table cells, and the paragraphs moved into one,
 * whose text has a right-to-left letter (Hebrew, Arabic), so that such a word inside a line is drawn
 * in its own order; the same layout joins Arabic letters ({@link ArabicForms}). Lines still run left
 * to right. Other cells are laid out without the algorithm, which changes nothing for left-to-right
 * text and took about a third of the time a book took to lay out; OpenPDF's document layout has no
 * such algorithm.
 */
final class ComplexText {
  /** Hebrew, the first right-to-left script: no character below it runs right to left. */
  private static final char FIRST_RIGHT_TO_LEFT = '\u0590';

  private ComplexText() {}

  /**
   * Returns a table cell, holding the phrase in text mode or, without one, elements in composite
   * mode (added with {@link #addTo}), with the algorithm when the phrase needs it.
   */
  static PdfPCell newCell(Phrase phrase) {
    PdfPCell cell = phrase == null ? new PdfPCell() : new PdfPCell(phrase);
    if (phrase != null && hasRightToLeft(phrase)) {
      cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
    }
    return cell;
  }

  /** Adds an element to a composite cell, and the algorithm when its text needs it. */
  static void addTo(PdfPCell cell, Element element) {
    cell.addElement(element);
    if (hasRightToLeft(element)) {
      cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
    }
  }

  /**
   * The element as it goes into the flow: a paragraph whose text has a right-to-left letter (with
   * the algorithm), text to shape or a footnote mark in a table of one borderless cell, with the paragraph's space
   * before and after; anything else as it is.
   */
  static Element laidOut(Element element) {
    if (!(element instanceof com.lowagie.text.Paragraph p)) {
      return element;
    }
    boolean rightToLeft = hasRightToLeft(p);
    if (!rightToLeft && !needsShaping(p) && !hasNoteMark(p)) {
      return element;
    }
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    t.setSpacingBefore(p.getSpacingBefore());
    t.setSpacingAfter(p.getSpacingAfter());
    p.setSpacingBefore(0f);
    p.setSpacingAfter(0f);
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0f);
    cell.addElement(p);
    if (rightToLeft) {
      cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
    }
    t.addCell(cell);
    return t;
  }

  /**
   * The run direction to draw the phrase in on its own ({@code ColumnText.showTextAligned}): with
   * the algorithm when it has a right-to-left letter, else without.
   */
  static int runDirection(Phrase phrase) {
    return hasRightToLeft(phrase) ? PdfWriter.RUN_DIRECTION_LTR : PdfWriter.RUN_DIRECTION_NO_BIDI;
  }

  /** Whether the element's own text has a footnote mark, which the document layout could break from its word. */
  static boolean hasNoteMark(Element element) {
    for (Element part : element.getChunks()) {
      if (part instanceof Chunk chunk && chunk.getChunkAttributes() != null
          && chunk.getChunkAttributes().containsKey(Typesetter.NOTE_MARK)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the element's own text has characters of a shaped script. */
  static boolean needsShaping(Element element) {
    for (Element part : element.getChunks()) {
      if (part instanceof Chunk chunk && Shaping.needs(chunk.getContent())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the element's own text (not a nested table's) has a right-to-left letter. */
  static boolean hasRightToLeft(Element element) {
    for (Element part : element.getChunks()) {
      if (!(part instanceof Chunk)) {
        continue;
      }
      String text = ((Chunk) part).getContent();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < FIRST_RIGHT_TO_LEFT) {
          continue;
        }
        byte direction = Character.getDirectionality(c);
        if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
            || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
          return true;
        }
      }
    }
    return false;
  }
}
