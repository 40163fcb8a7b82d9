package dev.readout.reports.chart;

import dev.readout.reports.doc.Chart;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A chart as an SVG document (Apache Batik's SVG generator), sized in points, its words as text.
 * The layout is measured with Liberation Sans; each text names it first and then the fonts made to
 * the same metrics (Arimo, Arial, Helvetica), and carries the width it was laid out at ({@code
 * textLength}), so a reader without it sees the words fill the same room. (Outlines of the glyphs
 * would look the same everywhere, but made each drawing ten to forty times larger and its words
 * unsearchable.) The figure's text alternative is the drawing's {@code <title>}. Every id in the
 * drawing starts with the prefix given, so several drawings can stand in one page.
 */
public final class SvgCharts {
  private static final String SVG = "http://www.w3.org/2000/svg";
  /** Liberation Sans and the fonts with its metrics, then any sans-serif face. */
  private static final String METRIC_TWINS = "'Liberation Sans', Arimo, Arial, Helvetica, sans-serif";
  private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

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
    Document dom = newDocument();
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(dom);
    context.setComment(null);
    context.setEmbeddedFontsOn(false);
    context.setIDGenerator(new SVGIDGenerator() {
      @Override
      public String generateID(String prefix) {
        return idPrefix + super.generateID(prefix);
      }
    });
    SVGGraphics2D g2 = new SVGGraphics2D(context, false);
    g2.setSVGCanvasSize(size);
    Drawings.draw(chart, language, g2, new Rectangle2D.Double(0, 0, size.width, size.height));
    Element root = g2.getRoot();
    root.setAttribute("id", idPrefix + "svg");
    root.setAttribute("width", size.width + "pt");
    root.setAttribute("height", size.height + "pt");
    // The drawing's units are points too: without a view box a reader would take them for pixels.
    root.setAttribute("viewBox", "0 0 " + size.width + " " + size.height);
    // The generator's shared definitions carry a fixed id, which two drawings in one page would share.
    NodeList defs = root.getElementsByTagNameNS(SVG, "defs");
    for (int i = defs.getLength() - 1; i >= 0; i--) {
      Element d = (Element) defs.item(i);
      if ("genericDefs".equals(d.getAttribute("id"))) {
        if (d.hasChildNodes()) {
          d.setAttribute("id", idPrefix + "genericDefs");
        } else {
          d.getParentNode().removeChild(d);
        }
      }
    }
    fit(root);
    StringWriter out = new StringWriter();
    try {
      g2.stream(root, out, true, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String svg = out.toString();
    return svg.substring(svg.indexOf("<svg")).strip();
  }

  private static Document newDocument() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().getDOMImplementation().createDocument(SVG, "svg", null);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot make a document", e);
    }
  }

  /**
   * Gives each text the font stack and its width as laid out ({@code textLength}, glyphs and spacing
   * adjusted), so that a reader whose browser sets it in a wider or narrower face than Liberation
   * Sans still sees it end where the chart's layout ends it: a long label does not run into the bars.
   * The generator keeps the font as attributes of the groups around the texts (written out as their
   * {@code style} when streamed); the size and weight are read from there.
   */
  private static void fit(Element root) {
    NodeList all = root.getElementsByTagNameNS(SVG, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("font-family").contains("Liberation Sans")) {
        e.setAttribute("font-family", METRIC_TWINS);
      }
    }
    NodeList texts = root.getElementsByTagNameNS(SVG, "text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element text = (Element) texts.item(i);
      String size = inherited(text, "font-size").replace("px", "");
      float fontSize = size.isEmpty() ? 12f : Float.parseFloat(size);
      Font font = inherited(text, "font-weight").equals("bold") ? ChartLook.bold(fontSize) : ChartLook.regular(fontSize);
      double width;
      synchronized (Java2dText.LOCK) {
        width = font.getStringBounds(text.getTextContent(), MEASURE).getWidth();
      }
      text.setAttribute("font-family", METRIC_TWINS);
      text.setAttribute("textLength", String.format(Locale.ROOT, "%.2f", width));
      text.setAttribute("lengthAdjust", "spacingAndGlyphs");
    }
  }

  /** The value of a presentation attribute the element has or inherits, or "" when none sets it. */
  private static String inherited(Element element, String attribute) {
    for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
      String value = e.getAttribute(attribute);
      if (!value.isEmpty()) {
        return value.strip();
      }
    }
    return "";
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
