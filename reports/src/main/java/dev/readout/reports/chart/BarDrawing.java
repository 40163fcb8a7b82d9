package dev.readout.reports.chart;

import dev.readout.reports.doc.BarChart;
import java.awt.BasicStroke;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/** Stacked bars across the page: one bar per category, a hatched, labelled segment per series. */
final class BarDrawing {
  private BarDrawing() {}

  static JFreeChart chart(BarChart bars, Locale locale) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (int c = 0; c < bars.categories().size(); c++) {
      for (int s = 0; s < bars.series().size(); s++) {
        data.addValue(bars.value(c, s), new Key(s, bars.series().get(s)), new Key(c, bars.categories().get(c)));
      }
    }
    NumberFormat integers = NumberFormat.getIntegerInstance(locale);
    StackedBarRenderer renderer = new StackedBarRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public LegendItemCollection getLegendItems() {
        LegendItemCollection items = new LegendItemCollection();
        for (int s = 0; s < bars.series().size(); s++) {
          items.add(legendItem(bars.series().get(s), s));
        }
        return items;
      }
    };
    renderer.setBarPainter(new HatchedBarPainter((row, column) -> Hatch.of(row), true));
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlineStroke(new BasicStroke(0.6f));
    renderer.setMaximumBarWidth(0.6);
    for (int s = 0; s < bars.series().size(); s++) {
      renderer.setSeriesPaint(s, ChartLook.colour(s));
      renderer.setSeriesItemLabelPaint(s, Hatch.onFill(ChartLook.colour(s)));
    }
    renderer.setDefaultItemLabelGenerator(new Counts(integers));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ChartLook.bold(Drawings.LABEL_SIZE));

    CategoryAxis categories = new CategoryAxis(null);
    categories.setMaximumCategoryLabelWidthRatio(0.35f);
    categories.setMaximumCategoryLabelLines(2);
    Drawings.axis(categories);
    NumberAxis counts = new NumberAxis(bars.axisLabel());
    counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
    counts.setNumberFormatOverride(integers);
    Drawings.axis(counts);

    CategoryPlot plot = new CategoryPlot(data, categories, counts, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    Drawings.plain(plot);
    plot.setRangeGridlinePaint(ChartLook.GRID);
    plot.setRangeGridlineStroke(ChartLook.GRID_STROKE);
    return new JFreeChart(null, ChartLook.regular(Drawings.LABEL_SIZE), plot, true);
  }

  /** A legend entry that shows the series' hatch over its colour, as the bars do. */
  static LegendItem legendItem(String label, int series) {
    Rectangle2D box = new Rectangle2D.Double(-5, -5, 10, 10);
    LegendItem item = new LegendItem(label, null, null, null, true, box, true, ChartLook.colour(series), true,
        ChartLook.INK, new BasicStroke(0.6f), true, Hatch.of(series).lines(box), new BasicStroke(0.8f),
        Hatch.lineColour(ChartLook.colour(series)));
    item.setLabelFont(ChartLook.regular(Drawings.LABEL_SIZE));
    item.setLabelPaint(ChartLook.INK);
    return item;
  }

  /** Each segment's count; nothing for a zero, which draws no segment. */
  private record Counts(NumberFormat format) implements ItemLabels {
    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      Number value = dataset.getValue(row, column);
      return value == null || value.intValue() == 0 ? null : format.format(value);
    }
  }
}
