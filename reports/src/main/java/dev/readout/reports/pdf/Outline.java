package dev.readout.reports.pdf;

import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import java.util.Arrays;
import java.util.List;

/**
 * The file's outline (bookmarks): one item per heading, under the last heading of a higher level
 * before it, each going to the heading's named destination; items of levels 1 and 2 open. Built as
 * OpenPDF's own tree of {@link PdfOutline}s, which the writer numbers and writes when it closes.
 */
final class Outline {
  private Outline() {}

  /** A heading's item: its level (1–3), its title and the named destination it goes to. */
  record Item(int level, String title, String anchor) {
    boolean open() {
      return level < 3;
    }
  }

  /** Adds the items, in document order, to OpenPDF's outline tree under {@code root}. */
  static void addTo(PdfOutline root, List<Item> items) {
    PdfOutline[] parents = new PdfOutline[4];
    parents[0] = root;
    for (Item item : items) {
      int level = item.level();
      PdfOutline parent = parents[0];
      for (int l = level - 1; l >= 1; l--) {
        if (parents[l] != null) {
          parent = parents[l];
          break;
        }
      }
      parents[level] = new PdfOutline(parent, PdfAction.gotoLocalPage(item.anchor(), false), item.title(), item.open());
      Arrays.fill(parents, level + 1, parents.length, null);
    }
  }
}
