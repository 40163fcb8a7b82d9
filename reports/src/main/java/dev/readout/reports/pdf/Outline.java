package dev.readout.reports.pdf;

import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import dev.readout.reports.doc.Heading;
import dev.readout.reports.doc.PlainText;
import java.util.Arrays;
import java.util.List;

/**
 * The file's outline (bookmarks): one item per heading, under the last heading of a higher level
 * before it, each going to the heading's named destination; items of levels 1 and 2 open. Built as
 * OpenPDF's own tree of {@link PdfOutline}s, which the writer numbers and writes when it closes.
 */
final class Outline {
  private Outline() {}

  /**
   * Adds an item for each heading, in document order, to OpenPDF's outline tree under {@code root}.
   *
   * @param anchors the headings' unique anchors, which name their destinations
   */
  static void addTo(PdfOutline root, List<Heading> headings, List<String> anchors) {
    PdfOutline[] parents = new PdfOutline[4];
    parents[0] = root;
    for (int i = 0; i < headings.size(); i++) {
      Heading heading = headings.get(i);
      int level = heading.level();
      PdfOutline parent = parents[0];
      for (int l = level - 1; l >= 1; l--) {
        if (parents[l] != null) {
          parent = parents[l];
          break;
        }
      }
      String title = Typesetter.plain(PlainText.of(heading.content()));
      parents[level] = new PdfOutline(parent, PdfAction.gotoLocalPage(anchors.get(i), false), title, level < 3);
      Arrays.fill(parents, level + 1, parents.length, null);
    }
  }
}
