package dev.readout.reports.chart;

import dev.readout.reports.doc.Chart;
import java.awt.Dimension;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUnits;

/**
 * A chart as an SVG document (JFreeSVG), sized in points, its words as text. The layout is measured
 * with Liberation Sans; the text names it first and then the fonts made to the same metrics (Arimo,
 * Arial, Helvetica), and each text carries the width it was laid out at ({@code textLength}), so a
 * reader without it sees the words fill the same room. (Outlines of the
 * glyphs would look the same everywhere, but made each drawing ten to forty times larger and its
 * words unsearchable.) The figure's text alternative is the drawing's {@code <title>}.
 */
public final class SvgCharts {
  /** Liberation Sans and the fonts with its metrics, then any sans-serif face. */
  private static final String METRIC_TWINS = "\"Liberation Sans\", Arimo, Arial, Helvetica, sans-serif";

  private SvgCharts() {}

  /**
   * Returns the chart as an {@code <svg>} element: no XML declaration, so it can stand alone in a
   * file (after one) or inline in HTML.
   *
   * @param chart the chart
   * @param language the document's language
   * @param idPrefix what the drawing's internal ids start with, unique within a page that holds
   *     several drawings
   * @param title the drawing's title: the figure's text alternative, for a reader of the file alone
   * @return the markup
   */
  public static String svg(Chart chart, String language, String idPrefix, String title) {
    String svg = svg(chart, language, idPrefix);
    int open = svg.indexOf('>') + 1;
    return svg.substring(0, open) + "<title>" + escape(title) + "</title>" + svg.substring(open);
  }

  /**
   * Returns the chart as an {@code <svg>} element without a title, for a page that labels it
   * itself (HTML's {@code aria-label}).
   *
   * @param chart the chart
   * @param language the document's language
   * @param idPrefix what the drawing's internal ids start with
   * @return the markup
   */
  public static String svg(Chart chart, String language, String idPrefix) {
    Dimension size = Drawings.size(chart);
    SVGGraphics2D g2 = new SVGGraphics2D(size.width, size.height, SVGUnits.PT);
    g2.setDefsKeyPrefix(idPrefix);
    g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    g2.setFontFunction(family -> family.startsWith("Liberation Sans") ? METRIC_TWINS : family);
    Drawings.draw(chart, language, g2, new Rectangle2D.Double(0, 0, size.width, size.height));
    return fitted(g2.getSVGElement(idPrefix + "svg", true, null, null, null));
  }

  private static final Pattern TEXT = Pattern.compile("<text ([^>]*font-size: ([0-9.]+)px;[^>]*)>([^<]*)</text>");
  private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

  /**
   * Gives each text its width as laid out ({@code textLength}, glyphs and spacing adjusted), so that
   * a reader whose browser sets it in a wider or narrower face than Liberation Sans still sees it
   * end where the chart's layout ends it: a long label does not run into the bars.
   */
  static String fitted(String svg) {
    Matcher m = TEXT.matcher(svg);
    StringBuilder sb = new StringBuilder(svg.length() + svg.length() / 10);
    while (m.find()) {
      String text = m.group(3).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
          .replace("&apos;", "'").replace("&amp;", "&");
      double width = ChartLook.regular(Float.parseFloat(m.group(2))).getStringBounds(text, MEASURE).getWidth();
      String fit = String.format(Locale.ROOT, "<text %s textLength='%.2f' lengthAdjust='spacingAndGlyphs'>%s</text>",
          m.group(1), width, m.group(3));
      m.appendReplacement(sb, Matcher.quoteReplacement(fit));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Text for XML character data: markup characters escaped, characters XML forbids left out. */
  private static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> {
          if (dev.readout.reports.doc.PlainText.isRenderable(cp)) {
            sb.appendCodePoint(cp);
          }
        }
      }
    });
    return sb.toString();
  }
}
