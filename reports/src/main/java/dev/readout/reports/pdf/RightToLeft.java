package dev.readout.reports.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Where the Unicode bidirectional algorithm runs: in the table cells, and the paragraphs moved into
 * one, whose text has a right-to-left letter (Hebrew), so that such a word inside a line is drawn in
 * its own order. Lines still run left to right. Other cells are laid out without the algorithm,
 * which changes nothing for left-to-right text and took about a third of the time a book took to
 * lay out; OpenPDF's document layout, which lays out the other paragraphs, has no such algorithm.
 */
final class RightToLeft {
  /** Hebrew, the first right-to-left script: no character below it runs right to left. */
  private static final char FIRST_RIGHT_TO_LEFT = '\u0590';

  private RightToLeft() {}

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
   * The element as it goes into the flow: a paragraph whose text has a right-to-left letter in a
   * table of one borderless cell with the algorithm, and with the paragraph's space before and
   * after; anything else as it is.
   */
  static Element laidOut(Element element) {
    if (!(element instanceof com.lowagie.text.Paragraph p) || !hasRightToLeft(p)) {
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
    cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
    t.addCell(cell);
    return t;
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
