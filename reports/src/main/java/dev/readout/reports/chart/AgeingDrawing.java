package dev.readout.reports.chart;

import dev.readout.reports.doc.AgeingChart;
import java.awt.BasicStroke;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
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

    BarRenderer bars = new BarRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public LegendItemCollection getLegendItems() {
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(BarDrawing.legendItem(ageing.openLabel(), OPEN));
        return legend;
      }
    };
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
    // Past a due mark standing at the end of the bar.
    bars.setItemLabelAnchorOffset(9);

    LineAndShapeRenderer dueMarks = new LineAndShapeRenderer(false, true);
    dueMarks.setSeriesShape(0, ChartLook.shape(DUE, 8));
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

  /** The words beside each bar. */
  private record Notes(List<AgeingChart.Item> items) implements ItemLabels {
    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      return items.get(column).note();
    }
  }
}
