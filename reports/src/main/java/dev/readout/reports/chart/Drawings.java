package dev.readout.reports.chart;

import dev.readout.reports.doc.AgeingChart;
import dev.readout.reports.doc.BarChart;
import dev.readout.reports.doc.Chart;
import dev.readout.reports.doc.RenderWarning;
import dev.readout.reports.doc.TimelineChart;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Turns a chart of the document model into a JFreeChart and draws it: the one entry point the
 * renderers use, whatever they draw on.
 */
public final class Drawings {
  /** The width every chart is laid out at, in points: the text width of an A4 page. */
  public static final int WIDTH = 460;

  static final float LABEL_SIZE = 8f;
  static final float TICK_SIZE = 7.5f;

  private Drawings() {}

  /**
   * Returns the size the chart is laid out at, in points: the same width for every chart, a height
   * that grows with its rows.
   *
   * @param chart the chart
   * @return its width and height
   */
  public static Dimension size(Chart chart) {
    int height;
    if (chart instanceof TimelineChart t) {
      height = 78 + 22 * t.lanes().size() + 12 * ((t.series().size() + 3) / 4);
    } else if (chart instanceof BarChart b) {
      height = 70 + 30 * b.categories().size() + 12 * ((b.series().size() + 3) / 4);
    } else {
      height = 78 + 22 * ((AgeingChart) chart).items().size();
    }
    return new Dimension(WIDTH, height);
  }

  /**
   * Loads what drawing the first chart of a process waits for — the chart fonts, Java 2D's font
   * system and its text measure — if it is not loaded yet: for a renderer's {@code prepare}. Throws
   * nothing: what it cannot load is left for the first chart, which reports it.
   */
  public static void prepare() {
    try {
      synchronized (Java2dText.LOCK) {
        ChartLook.regular(LABEL_SIZE).getStringBounds("0", new FontRenderContext(null, true, true));
      }
    } catch (RuntimeException | LinkageError e) {
      // left for the first chart
    }
  }

  /**
   * Draws the chart into the area.
   *
   * @param chart the chart
   * @param language the document's language, for numbers and dates on the axes
   * @param g2 what to draw on
   * @param area where, in the graphics' units
   */
  public static void draw(Chart chart, String language, Graphics2D g2, Rectangle2D area) {
    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    synchronized (Java2dText.LOCK) {
      chart(chart, Locale.forLanguageTag(language)).draw(g2, area);
    }
  }

  /**
   * Returns the text of every label the chart draws, for a renderer that must report characters its
   * font cannot show.
   *
   * @param chart the chart
   * @return the labels, joined
   */
  public static String labels(Chart chart) {
    if (chart instanceof TimelineChart t) {
      return String.join("\n", t.lanes()) + "\n" + String.join("\n", t.series())
          + t.marker().map(m -> "\n" + m.label()).orElse("");
    } else if (chart instanceof BarChart b) {
      return String.join("\n", b.categories()) + "\n" + String.join("\n", b.series()) + "\n" + b.axisLabel();
    }
    AgeingChart a = (AgeingChart) chart;
    return a.axisLabel() + "\n" + a.openLabel() + "\n" + a.dueLabel() + "\n"
        + String.join("\n", a.items().stream().map(i -> i.label() + "\n" + i.note()).toList());
  }

  /**
   * Returns a warning naming the characters of the chart's labels its font has no glyph for, which
   * the drawing leaves out (the caption and the text alternative keep them), or empty when it has
   * them all.
   *
   * @param chart the chart
   * @return the warning, if any character is missing
   */
  public static Optional<RenderWarning> leftOut(Chart chart) {
    String labels = labels(chart);
    TreeSet<Integer> missing = new TreeSet<>();
    labels.codePoints().filter(cp -> !ChartLook.canDisplay(cp)).forEach(missing::add);
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    List<String> names = missing.stream()
        .map(cp -> String.format(Locale.ROOT, "U+%04X %s", cp, Character.isISOControl(cp) ? "" : Character.toString(cp)).strip())
        .toList();
    return Optional.of(RenderWarning.about(String.join(", ", names) + (names.size() == 1 ? " has" : " have")
        + " no glyph in the charts' font (Liberation Sans) and " + (names.size() == 1 ? "was" : "were")
        + " left out of a chart's drawing; its caption and text alternative keep the text", labels));
  }

  static JFreeChart chart(Chart chart, Locale locale) {
    JFreeChart drawn;
    if (chart instanceof TimelineChart t) {
      drawn = TimelineDrawing.chart(t, locale);
    } else if (chart instanceof BarChart b) {
      drawn = BarDrawing.chart(b, locale);
    } else {
      drawn = AgeingDrawing.chart((AgeingChart) chart, locale);
    }
    drawn.setBackgroundPaint(Color.WHITE);
    drawn.setBorderVisible(false);
    drawn.setAntiAlias(true);
    drawn.setTextAntiAlias(true);
    drawn.setPadding(new RectangleInsets(2, 2, 2, 6));
    LegendTitle legend = drawn.getLegend();
    if (legend != null) {
      legend.setItemFont(ChartLook.regular(LABEL_SIZE));
      legend.setItemPaint(ChartLook.INK);
      legend.setFrame(BlockBorder.NONE);
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setBackgroundPaint(Color.WHITE);
    }
    return drawn;
  }

  /** The plot's common look: white, no outline, grey grid. */
  static void plain(Plot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setInsets(new RectangleInsets(4, 2, 2, 8));
  }

  /** The axis's common look. */
  static void axis(Axis axis) {
    axis.setLabelFont(ChartLook.regular(LABEL_SIZE));
    axis.setLabelPaint(ChartLook.INK);
    axis.setTickLabelFont(ChartLook.regular(TICK_SIZE));
    axis.setTickLabelPaint(ChartLook.INK);
    axis.setAxisLinePaint(ChartLook.INK);
    axis.setTickMarkPaint(ChartLook.INK);
  }
}
