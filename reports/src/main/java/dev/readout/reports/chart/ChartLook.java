package dev.readout.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * How every chart looks: its fonts, the colour and marker shape of each series, the strokes.
 *
 * <p>The colours are Okabe and Ito's palette for colour-blind readers, ordered so that neighbours
 * differ in lightness too and stay apart when printed in grey; the shapes (circle, square, triangle,
 * diamond, …) and hatches tell the series apart without colour at all. The fonts are the Liberation
 * Sans files the PDF renderer embeds, loaded as AWT fonts so that the layout JFreeChart computes
 * matches the glyphs the PDF draws.
 */
public final class ChartLook {
  /** The series colours: blue, orange, bluish green, vermillion, sky blue, reddish purple, yellow, black. */
  static final List<Color> PALETTE = List.of(
      new Color(0x00, 0x72, 0xB2),
      new Color(0xE6, 0x9F, 0x00),
      new Color(0x00, 0x9E, 0x73),
      new Color(0xD5, 0x5E, 0x00),
      new Color(0x56, 0xB4, 0xE9),
      new Color(0xCC, 0x79, 0xA7),
      new Color(0xF0, 0xE4, 0x42),
      new Color(0x00, 0x00, 0x00));

  static final Color INK = new Color(0x22, 0x22, 0x22);
  static final Color GRID = new Color(0xC8, 0xC8, 0xC8);
  static final Color MARKER = new Color(0x99, 0x00, 0x00);
  static final Stroke GRID_STROKE = new BasicStroke(0.5f);
  static final Stroke MARKER_STROKE =
      new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 2f}, 0f);

  private static final String SANS = "liberation/LiberationSans-Regular.ttf";
  private static final String SANS_BOLD = "liberation/LiberationSans-Bold.ttf";
  private static final Font REGULAR = load(SANS);
  private static final Font BOLD = load(SANS_BOLD);

  private ChartLook() {}

  /** {@return the regular face at the given size in points} */
  public static Font regular(float size) {
    return REGULAR.deriveFont(Font.PLAIN, size);
  }

  /** {@return the bold face at the given size in points} */
  static Font bold(float size) {
    return BOLD.deriveFont(Font.PLAIN, size);
  }

  /**
   * Returns whether the charts' font has a glyph for the code point: a chart label with a character
   * it lacks is reported by the renderer, not silently dropped.
   *
   * @param codePoint the character
   * @return whether it can be drawn
   */
  public static boolean canDisplay(int codePoint) {
    return Character.isWhitespace(codePoint) || REGULAR.canDisplay(codePoint);
  }

  /** {@return the colour of the series with this index} */
  static Color colour(int series) {
    return PALETTE.get(series % PALETTE.size());
  }

  /** {@return the marker shape of the series with this index, centred on the origin} */
  static Shape shape(int series, double size) {
    double h = size / 2;
    return switch (series % 6) {
      case 0 -> new Ellipse2D.Double(-h, -h, size, size);
      case 1 -> new Rectangle2D.Double(-h, -h, size, size);
      case 2 -> polygon(0, -h * 1.15, h * 1.15, h * 0.9, -h * 1.15, h * 0.9);
      case 3 -> polygon(0, -h * 1.3, h * 1.3, 0, 0, h * 1.3, -h * 1.3, 0);
      case 4 -> polygon(-h * 1.15, -h * 0.9, h * 1.15, -h * 0.9, 0, h * 1.15);
      default -> cross(h);
    };
  }

  private static Shape polygon(double... xy) {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(xy[0], xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      path.lineTo(xy[i], xy[i + 1]);
    }
    path.closePath();
    return path;
  }

  private static Shape cross(double h) {
    double t = h / 3;
    return polygon(-t, -h, t, -h, t, -t, h, -t, h, t, t, t, t, h, -t, h, -t, t, -h, t, -h, -t, -t, -t);
  }

  private static Font load(String resource) {
    try (InputStream in = ChartLook.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from openpdf-fonts-extra");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("resource " + resource + " is not a TrueType font", e);
    }
  }
}
