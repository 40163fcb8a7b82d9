package dev.readout.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The hatch each series of bars carries over its colour, so that bars are told apart in greyscale
 * and without colour vision: none, rising diagonals, horizontals, a cross, falling diagonals,
 * verticals. Drawn as vector lines clipped to the bar (no pattern fills, no transparency: the PDF
 * stays PDF/A-1b), and drawn the same way in the legend.
 */
enum Hatch {
  NONE, RISING, HORIZONTAL, CROSS, FALLING, VERTICAL;

  private static final double GAP = 4.5;
  private static final Stroke STROKE = new BasicStroke(0.9f);

  /** {@return the hatch of the series with this index} */
  static Hatch of(int series) {
    return values()[series % values().length];
  }

  /** The hatch's lines across the rectangle, as one path; empty for {@link #NONE}. */
  Path2D lines(Rectangle2D box) {
    Path2D.Double path = new Path2D.Double();
    double x0 = box.getMinX();
    double y0 = box.getMinY();
    double x1 = box.getMaxX();
    double y1 = box.getMaxY();
    double span = box.getWidth() + box.getHeight();
    switch (this) {
      case NONE -> { }
      case HORIZONTAL -> {
        for (double y = y0 + GAP / 2; y < y1; y += GAP) {
          path.append(new Line2D.Double(x0, y, x1, y), false);
        }
      }
      case VERTICAL -> {
        for (double x = x0 + GAP / 2; x < x1; x += GAP) {
          path.append(new Line2D.Double(x, y0, x, y1), false);
        }
      }
      case RISING -> diagonals(path, x0, y1, span, -1);
      case FALLING -> diagonals(path, x0, y0, span, 1);
      case CROSS -> {
        diagonals(path, x0, y1, span, -1);
        diagonals(path, x0, y0, span, 1);
      }
      default -> throw new AssertionError(this);
    }
    return path;
  }

  private static void diagonals(Path2D path, double x, double y, double span, int direction) {
    for (double d = GAP; d < span; d += GAP) {
      path.append(new Line2D.Double(x + d, y, x, y + direction * d), false);
    }
  }

  /** Draws the hatch over an already filled shape, clipped to it, in a colour that shows on the fill. */
  void draw(Graphics2D g2, Shape shape, Color fill) {
    if (this == NONE) {
      return;
    }
    Shape clip = g2.getClip();
    Stroke stroke = g2.getStroke();
    g2.clip(shape);
    g2.setStroke(STROKE);
    g2.setPaint(onFill(fill));
    g2.draw(lines(shape.getBounds2D()));
    g2.setStroke(stroke);
    g2.setClip(clip);
  }

  /** {@return black on a light fill, white on a dark one} */
  static Color onFill(Color fill) {
    double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
    return luminance > 140 ? Color.BLACK : Color.WHITE;
  }
}
