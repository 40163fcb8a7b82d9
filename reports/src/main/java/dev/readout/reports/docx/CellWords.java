package dev.readout.reports.docx;

import dev.readout.reports.doc.Emphasis;
import dev.readout.reports.doc.Inline;
import dev.readout.reports.doc.Link;
import dev.readout.reports.doc.PlainText;
import dev.readout.reports.doc.Strong;
import dev.readout.reports.layout.ColumnWidths;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The width of a table cell's longest word as Word sets it: in the Normal style's Liberation Serif
 * (Times New Roman's metrics, which Word puts in its place where Liberation is not installed) at 11
 * points, bold where the cell or any of its text is, with no kerning (Word's default). Each
 * character's advance is read once from the font file bundled for the PDF and summed; a Word
 * template of other fonts is measured as Liberation Serif all the same, close enough for the widths
 * of columns.
 */
final class CellWords {
  /** The Normal style's size, in points. */
  static final float SIZE = 11f;
  private static final Face REGULAR = new Face("liberation/LiberationSerif-Regular.ttf");
  private static final Face BOLD = new Face("liberation/LiberationSerif-Bold.ttf");

  private CellWords() {}

  /**
   * The width of the widest run of the content without a break, in points: in bold where the cell
   * is (a header cell) or where any of its text is, which errs on the wide side for the rest.
   *
   * @param content the cell's content
   * @param bold whether the whole cell is bold
   */
  static double longestWord(List<Inline> content, boolean bold) {
    Face face = bold || hasStrong(content) ? BOLD : REGULAR;
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

  /** A face of the font and the advances of the characters measured so far, at {@link #SIZE}. */
  private static final class Face {
    private static final FontRenderContext UNSCALED = new FontRenderContext(null, false, true);
    private final String resource;
    private volatile Font font;
    private final Map<Integer, Double> advances = new ConcurrentHashMap<>();

    Face(String resource) {
      this.resource = resource;
    }

    double width(String text) {
      double width = 0;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        width += advances.computeIfAbsent(cp, this::advance);
        i += Character.charCount(cp);
      }
      return width;
    }

    private double advance(int codePoint) {
      return font().getStringBounds(new String(Character.toChars(codePoint)), UNSCALED).getWidth();
    }

    private Font font() {
      Font f = font;
      if (f == null) {
        try (InputStream in = CellWords.class.getClassLoader().getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("resource " + resource + " is missing from openpdf-fonts-extra");
          }
          f = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(SIZE);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
          throw new IllegalStateException("resource " + resource + " is not a TrueType font", e);
        }
        font = f;
      }
      return f;
    }
  }
}
