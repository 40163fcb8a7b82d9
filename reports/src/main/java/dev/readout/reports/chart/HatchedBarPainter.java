package dev.readout.reports.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.RectangularShape;
import java.util.function.BiFunction;
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleEdge;

/** Paints a bar flat in its colour, outlined, with the hatch its series or item is given. */
final class HatchedBarPainter implements BarPainter {
  private final BiFunction<Integer, Integer, Hatch> hatch;

  /** @param hatch the hatch of the item in (row, column) */
  HatchedBarPainter(BiFunction<Integer, Integer, Hatch> hatch) {
    this.hatch = hatch;
  }

  @Override
  public void paintBar(
      Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar, RectangleEdge base) {
    Paint paint = renderer.getItemPaint(row, column);
    g2.setPaint(paint);
    g2.fill(bar);
    if (paint instanceof Color colour) {
      hatch.apply(row, column).draw(g2, bar, colour);
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
