package dev.readout.reports.chart;

import dev.readout.reports.doc.AgeingChart;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Ageing: one bar per open item, as long as the days it has been open, hatched when it is late; a
 * diamond where it fell or falls due; the item's note beside its bar.
 */
final class AgeingDrawing {
  private static final int OPEN = 0;
  private static final int DUE = 3;
  /** The due mark's size, and how far its diamond reaches either side of its centre. */
  private static final double MARK_SIZE = 8;
  private static final double MARK_REACH = ChartLook.shape(DUE, MARK_SIZE).getBounds2D().getMaxX();
  /** Between the end of a bar, or of a due mark past it, and the note. */
  private static final double LABEL_OFFSET = 9;

  private AgeingDrawing() {}

  static JFreeChart chart(AgeingChart ageing, Locale locale) {
    List<AgeingChart.Item> items = ageing.items();
    DefaultCategoryDataset open = new DefaultCategoryDataset();
    DefaultCategoryDataset due = new DefaultCategoryDataset();
    Key openKey = new Key(0, ageing.openLabel());
    Key dueKey = new Key(1, ageing.dueLabel());
    for (int i = 0; i < items.size(); i++) {
      AgeingChart.Item item = items.get(i);
      Key row = new Key(i, item.label());
      open.addValue(item.daysOpen(), openKey, row);
      due.addValue(item.dueAfterDays().isPresent() ? item.dueAfterDays().getAsInt() : null, dueKey, row);
    }

    BarRenderer bars = new Bars(ageing);
    bars.setBarPainter(new HatchedBarPainter((row, column) -> items.get(column).late() ? Hatch.RISING : Hatch.NONE, false));
    bars.setSeriesPaint(0, ChartLook.colour(OPEN));
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(true);
    bars.setDefaultOutlineStroke(new BasicStroke(0.6f));
    bars.setMaximumBarWidth(0.7);
    bars.setDefaultItemLabelGenerator(new Notes(items));
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelFont(ChartLook.regular(Drawings.TICK_SIZE));
    bars.setDefaultItemLabelPaint(ChartLook.INK);
    bars.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    // Past a due mark standing at the end of the bar (one further on moves the note past it: Bars).
    bars.setItemLabelInsets(new RectangleInsets(LABEL_OFFSET, LABEL_OFFSET, LABEL_OFFSET, LABEL_OFFSET));

    LineAndShapeRenderer dueMarks = new LineAndShapeRenderer(false, true);
    dueMarks.setSeriesShape(0, ChartLook.shape(DUE, MARK_SIZE));
    dueMarks.setSeriesPaint(0, ChartLook.colour(DUE));
    dueMarks.setUseOutlinePaint(true);
    dueMarks.setDefaultOutlinePaint(ChartLook.INK);
    dueMarks.setDefaultOutlineStroke(new BasicStroke(0.6f));
    dueMarks.setDefaultLegendTextFont(ChartLook.regular(Drawings.LABEL_SIZE));

    CategoryAxis rows = new CategoryAxis(null);
    rows.setMaximumCategoryLabelWidthRatio(0.4f);
    rows.setMaximumCategoryLabelLines(2);
    rows.setCategoryMargin(0.15);
    Drawings.axis(rows);
    NumberAxis days = new NumberAxis(ageing.axisLabel());
    days.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
    days.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
    days.setUpperMargin(0.6);
    days.setAutoRangeIncludesZero(true);
    Drawings.axis(days);

    CategoryPlot plot = new CategoryPlot(open, rows, days, bars);
    plot.setDataset(1, due);
    plot.setRenderer(1, dueMarks);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    Drawings.plain(plot);
    plot.setRangeGridlinePaint(ChartLook.GRID);
    plot.setRangeGridlineStroke(ChartLook.GRID_STROKE);
    return new JFreeChart(null, ChartLook.regular(Drawings.LABEL_SIZE), plot, true);
  }

  /**
   * The bars, with their notes clear of the due marks: a note starts past its bar's end, or past
   * the item's due mark when that stands where the note would be, so the two never overlap. Made
   * per chart: it keeps the plot's area while an item is drawn.
   */
  private static final class Bars extends BarRenderer {
    private static final long serialVersionUID = 1L;

    private final transient AgeingChart ageing;
    private transient Rectangle2D dataArea;
    private transient ValueAxis days;

    Bars(AgeingChart ageing) {
      this.ageing = ageing;
    }

    @Override
    public LegendItemCollection getLegendItems() {
      LegendItemCollection legend = new LegendItemCollection();
      legend.add(BarDrawing.legendItem(ageing.openLabel(), OPEN));
      return legend;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
      this.dataArea = dataArea;
      this.days = rangeAxis;
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    }

    @Override
    protected void drawItemLabel(Graphics2D g2, CategoryDataset dataset, int row, int column, CategoryPlot plot,
                                 CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
      super.drawItemLabel(g2, dataset, row, column, plot, generator,
          clearOfDueMark(g2, plot, bar, ageing.items().get(column), generator.generateLabel(dataset, row, column),
              getItemLabelFont(row, column)), negative);
    }

    /**
     * The box the note is placed after: the bar's, or the bar's stretched to the far side of the
     * due mark when the mark stands past the bar's end, where the note would be.
     */
    private Rectangle2D clearOfDueMark(Graphics2D g2, CategoryPlot plot, Rectangle2D bar, AgeingChart.Item item,
                                       String note, Font font) {
      if (item.dueAfterDays().isEmpty() || dataArea == null || note == null) {
        return bar;
      }
      double mark = days.valueToJava2D(item.dueAfterDays().getAsInt(), dataArea, plot.getRangeAxisEdge());
      double noteStart = bar.getMaxX() + LABEL_OFFSET;
      double noteEnd = noteStart + g2.getFontMetrics(font).getStringBounds(note, g2).getWidth();
      if (mark + MARK_REACH <= bar.getMaxX() + LABEL_OFFSET / 2 || mark - MARK_REACH >= noteEnd) {
        return bar; // the mark is on the bar, or stands clear beyond the note
      }
      return new Rectangle2D.Double(bar.getX(), bar.getY(), mark + MARK_REACH - bar.getX(), bar.getHeight());
    }
  }

  /** The words beside each bar. */
  private record Notes(List<AgeingChart.Item> items) implements ItemLabels {
    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      return items.get(column).note();
    }
  }
}
