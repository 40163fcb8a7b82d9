package dev.readout.reports.chart;

import dev.readout.reports.doc.TimelineChart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** A timeline: days across, one lane per row, each series its own marker shape, the marked day a dashed line. */
final class TimelineDrawing {
  private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
  private static final long DAY = 86_400_000L;

  private TimelineDrawing() {}

  static JFreeChart chart(TimelineChart timeline, Locale locale) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (int s = 0; s < timeline.series().size(); s++) {
      data.addSeries(new XYSeries(new Key(s, timeline.series().get(s)), true, true));
    }
    for (TimelineChart.Event event : timeline.events()) {
      data.getSeries(event.series()).add(millis(event.date()), event.lane());
    }

    DateAxis time = new DateAxis(null, UTC, locale);
    long padding = Math.max(DAY * 15, (millis(timeline.to()) - millis(timeline.from())) / 40);
    // The axis ends within the last event's year: a briefing true on 1 December 2022 shows no 2023.
    long yearEnd = millis(timeline.to().withDayOfYear(timeline.to().lengthOfYear()));
    time.setRange(new Date(millis(timeline.from()) - padding),
        new Date(Math.min(millis(timeline.to()) + padding, yearEnd)));
    time.setStandardTickUnits(DateAxis.createStandardDateTickUnits(UTC, locale));
    Drawings.axis(time);

    SymbolAxis lanes = new SymbolAxis(null, timeline.lanes().toArray(String[]::new));
    lanes.setInverted(true);
    lanes.setGridBandsVisible(false);
    lanes.setRange(-0.6, timeline.lanes().size() - 0.4);
    Drawings.axis(lanes);

    XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
    marks.setUseOutlinePaint(true);
    marks.setDefaultOutlinePaint(ChartLook.INK);
    marks.setDefaultOutlineStroke(new BasicStroke(0.6f));
    for (int s = 0; s < timeline.series().size(); s++) {
      marks.setSeriesShape(s, ChartLook.shape(s, 8));
      marks.setSeriesPaint(s, ChartLook.colour(s));
      // The legend names what the chart shows: a series without events is left out of it.
      marks.setSeriesVisibleInLegend(s, data.getSeries(s).getItemCount() > 0);
    }
    marks.setDefaultLegendTextFont(ChartLook.regular(Drawings.LABEL_SIZE));

    XYPlot plot = new XYPlot(data, time, lanes, marks);
    Drawings.plain(plot);
    plot.setDomainGridlinePaint(ChartLook.GRID);
    plot.setDomainGridlineStroke(ChartLook.GRID_STROKE);
    plot.setRangeGridlinePaint(ChartLook.GRID);
    plot.setRangeGridlineStroke(ChartLook.GRID_STROKE);
    timeline.marker().ifPresent(m -> plot.addDomainMarker(marker(m)));
    return new JFreeChart(null, ChartLook.regular(Drawings.LABEL_SIZE), plot, true);
  }

  private static ValueMarker marker(TimelineChart.Marker m) {
    ValueMarker marker = new ValueMarker(millis(m.date()), ChartLook.MARKER, ChartLook.MARKER_STROKE);
    marker.setAlpha(1f);
    marker.setLabel(m.label());
    marker.setLabelFont(ChartLook.bold(Drawings.TICK_SIZE));
    marker.setLabelPaint(ChartLook.MARKER);
    // Opaque: JFreeChart's default label background is translucent, which PDF/A-1b forbids.
    marker.setLabelBackgroundColor(Color.WHITE);
    marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    return marker;
  }

  private static long millis(LocalDate date) {
    return date.toEpochDay() * DAY;
  }
}
