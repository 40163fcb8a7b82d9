package dev.readout.reports.chart;

import dev.readout.reports.doc.Chart;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUnits;

/** A chart as an SVG document (JFreeSVG): vector, text as text, sized in points. */
public final class SvgCharts {
  private SvgCharts() {}

  /**
   * Returns the chart as an {@code <svg>} element: no XML declaration, so it can stand alone in a
   * file (after one) or inline in HTML.
   *
   * @param chart the chart
   * @param language the document's language
   * @param idPrefix what the drawing's internal ids start with, unique within a page that holds
   *     several drawings
   * @return the markup
   */
  public static String svg(Chart chart, String language, String idPrefix) {
    Dimension size = Drawings.size(chart);
    SVGGraphics2D g2 = new SVGGraphics2D(size.width, size.height, SVGUnits.PT);
    g2.setDefsKeyPrefix(idPrefix);
    g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    Drawings.draw(chart, language, g2, new Rectangle2D.Double(0, 0, size.width, size.height));
    return g2.getSVGElement(idPrefix + "svg", true, null, null, null);
  }
}
