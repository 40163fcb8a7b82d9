package dev.readout.reports.layout;

import dev.readout.reports.doc.Emphasis;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.Strong;
import java.util.List;

/**
 * The longest word of a table cell, as a renderer that leaves the layout to its reader's program
 * (Word, a browser) measures it: the cell's plain text in a bundled face of the font it names, in
 * bold where the cell is (a header) or where any of its text is, which errs on the wide side.
 */
public final class CellWords {
  private CellWords() {}

  /**
   * The width of the widest run of the content without a break, in ems.
   *
   * @param content the cell's content
   * @param bold whether the whole cell is bold
   * @param regular the face of plain text
   * @param strong the face of bold text
   * @return the width at a size of one
   */
  public static double longestWord(List<Inline> content, boolean bold, FontAdvances regular, FontAdvances strong) {
    FontAdvances face = bold || hasStrong(content) ? strong : regular;
    return ColumnWidths.longestWord(List.of(PlainText.of(content)), text -> text, (text, part) -> face.width(part));
  }

  private static boolean hasStrong(List<Inline> content) {
    for (Inline inline : content) {
      if (inline instanceof Strong
          || inline instanceof Emphasis e && hasStrong(e.children())
          || inline instanceof Link l && hasStrong(l.children())) {
        return true;
      }
    }
    return false;
  }
}
