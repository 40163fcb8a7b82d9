package dev.readout.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Area;
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
  private static final Stroke STROKE = new BasicStroke(0.8f);

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
      case RISING -> diagonals(path, box, x0, y1, span, -1);
      case FALLING -> diagonals(path, box, x0, y0, span, 1);
      case CROSS -> {
        diagonals(path, box, x0, y1, span, -1);
        diagonals(path, box, x0, y0, span, 1);
      }
      default -> throw new AssertionError(this);
    }
    return path;
  }

  private static void diagonals(Path2D path, Rectangle2D box, double x, double y, double span, int direction) {
    for (double d = GAP; d < span; d += GAP) {
      Line2D clipped = clip(new Line2D.Double(x + d, y, x, y + direction * d), box);
      if (clipped != null) {
        path.append(clipped, false);
      }
    }
  }

  /** The part of the segment inside the box (Liang and Barsky's clipping), or null when none is. */
  static Line2D clip(Line2D line, Rectangle2D box) {
    double dx = line.getX2() - line.getX1();
    double dy = line.getY2() - line.getY1();
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {line.getX1() - box.getMinX(), box.getMaxX() - line.getX1(),
        line.getY1() - box.getMinY(), box.getMaxY() - line.getY1()};
    double t0 = 0;
    double t1 = 1;
    for (int i = 0; i < 4; i++) {
      if (p[i] == 0) {
        if (q[i] < 0) {
          return null;
        }
      } else {
        double t = q[i] / p[i];
        if (p[i] < 0) {
          t0 = Math.max(t0, t);
        } else {
          t1 = Math.min(t1, t);
        }
      }
    }
    if (t0 >= t1) {
      return null;
    }
    return new Line2D.Double(line.getX1() + t0 * dx, line.getY1() + t0 * dy, line.getX1() + t1 * dx, line.getY1() + t1 * dy);
  }

  /**
   * Draws the hatch over an already filled shape, clipped to it, in a colour that shows on the fill,
   * leaving out the area given (where a label sits on flat colour), if any.
   */
  void draw(Graphics2D g2, Shape shape, Color fill, Shape except) {
    if (this == NONE) {
      return;
    }
    Shape clip = g2.getClip();
    Stroke stroke = g2.getStroke();
    Area area = new Area(shape);
    if (except != null) {
      area.subtract(new Area(except));
    }
    g2.clip(area);
    g2.setStroke(STROKE);
    g2.setPaint(lineColour(fill));
    g2.draw(lines(shape.getBounds2D()));
    g2.setStroke(stroke);
    g2.setClip(clip);
  }

  /**
   * The hatch's colour on a fill: between the fill and the colour text takes on it, so the lines
   * show in greyscale but the bar's label stays the strongest mark.
   */
  static Color lineColour(Color fill) {
    Color text = onFill(fill);
    return new Color((fill.getRed() + text.getRed()) / 2, (fill.getGreen() + text.getGreen()) / 2,
        (fill.getBlue() + text.getBlue()) / 2);
  }

  /** {@return black on a light fill, white on a dark one} */
  static Color onFill(Color fill) {
    double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
    return luminance > 140 ? Color.BLACK : Color.WHITE;
  }
}
