package dev.readout.reports.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.util.function.BiFunction;
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Paints a bar flat in its colour, outlined, with the hatch its series or item is given; a bar that
 * carries its label inside keeps a patch of flat colour at its centre, where the label is drawn.
 */
final class HatchedBarPainter implements BarPainter {
  /** The flat patch under a label inside the bar, in points: room for three digits. */
  private static final double LABEL_WIDTH = 17;
  private static final double LABEL_HEIGHT = 11;

  private final BiFunction<Integer, Integer, Hatch> hatch;
  private final boolean labelInside;

  /**
   * @param hatch the hatch of the item in (row, column)
   * @param labelInside whether the bar's label is drawn at its centre
   */
  HatchedBarPainter(BiFunction<Integer, Integer, Hatch> hatch, boolean labelInside) {
    this.hatch = hatch;
    this.labelInside = labelInside;
  }

  @Override
  public void paintBar(
      Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar, RectangleEdge base) {
    Paint paint = renderer.getItemPaint(row, column);
    g2.setPaint(paint);
    g2.fill(bar);
    if (paint instanceof Color colour) {
      Rectangle2D label = null;
      if (labelInside) {
        double w = Math.min(LABEL_WIDTH, bar.getWidth());
        double h = Math.min(LABEL_HEIGHT, bar.getHeight());
        label = new Rectangle2D.Double(bar.getCenterX() - w / 2, bar.getCenterY() - h / 2, w, h);
      }
      hatch.apply(row, column).draw(g2, bar, colour, label);
    }
    g2.setPaint(ChartLook.INK);
    g2.setStroke(renderer.getItemOutlineStroke(row, column));
    g2.draw(bar);
  }

  @Override
  public void paintBarShadow(
      Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar, RectangleEdge base,
      boolean pegShadow) {
    // No shadows: a flat print.
  }
}
