package dev.readout.reports.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The widths of text in one of the Liberation faces bundled for the PDF, in ems, from each
 * character's advance (no kerning), each character read from the font once: how a Word or HTML
 * table's column is measured for its longest word, where the file's reader lays it out.
 */
public final class FontAdvances {
  /** Liberation Serif, with Times New Roman's metrics: Word's Normal style. */
  public static final FontAdvances SERIF = new FontAdvances("liberation/LiberationSerif-Regular.ttf");
  /** Liberation Serif Bold. */
  public static final FontAdvances SERIF_BOLD = new FontAdvances("liberation/LiberationSerif-Bold.ttf");
  /** Liberation Sans, with Arial's metrics. */
  public static final FontAdvances SANS = new FontAdvances("liberation/LiberationSans-Regular.ttf");
  /** Liberation Sans Bold. */
  public static final FontAdvances SANS_BOLD = new FontAdvances("liberation/LiberationSans-Bold.ttf");

  /** The size the advances are read at, for precision: an em is this many units. */
  private static final float UNITS = 1000f;
  private static final FontRenderContext UNSCALED = new FontRenderContext(null, false, true);

  private final String resource;
  private volatile Font font;
  private final Map<Integer, Double> advances = new ConcurrentHashMap<>();

  private FontAdvances(String resource) {
    this.resource = resource;
  }

  /**
   * The width of the text set in this face, in ems.
   *
   * @param text the text
   * @return its width at a size of one
   */
  public double width(String text) {
    double width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += advances.computeIfAbsent(cp, this::advance);
      i += Character.charCount(cp);
    }
    return width;
  }

  private double advance(int codePoint) {
    return font().getStringBounds(new String(Character.toChars(codePoint)), UNSCALED).getWidth() / UNITS;
  }

  private Font font() {
    Font f = font;
    if (f == null) {
      try (InputStream in = FontAdvances.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("resource " + resource + " is missing from openpdf-fonts-extra");
        }
        f = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(UNITS);
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
