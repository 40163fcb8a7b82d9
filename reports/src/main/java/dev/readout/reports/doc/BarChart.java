package dev.readout.reports.doc;

import java.util.List;

/**
 * Counts by category, each category's bar stacked from its series: open items by direction, split
 * by where they stand. Bars run across the page, one per category, each segment labelled with its
 * count and drawn in its series' own fill pattern; a zero draws nothing.
 *
 * @param categories the bars, top to bottom; at least one
 * @param series the legend's entries, each a segment of every bar; at least one
 * @param values {@code values.get(c).get(s)} is the count of series {@code s} in category {@code c};
 *     not negative
 * @param axisLabel the label of the count axis; not blank
 */
public record BarChart(List<String> categories, List<String> series, List<List<Integer>> values, String axisLabel)
    implements Chart {

  /**
   * Creates a bar chart.
   *
   * @param categories the bars, top to bottom; at least one
   * @param series the legend's entries; at least one
   * @param values the counts, one row per category and one count per series; not negative
   * @param axisLabel the label of the count axis; not blank
   * @throws DocumentException if a rule is broken
   */
  public BarChart {
    categories = Checks.nonEmptyList(categories, "bar chart categories");
    categories.forEach(c -> Checks.notBlank(c, "bar chart category"));
    series = Checks.nonEmptyList(series, "bar chart series");
    series.forEach(s -> Checks.notBlank(s, "bar chart series"));
    values = Checks.list(values, "bar chart values").stream()
        .map(row -> Checks.list(row, "bar chart values"))
        .toList();
    Checks.require(values.size() == categories.size(), "bar chart values", "must have one row per category");
    for (List<Integer> row : values) {
      Checks.require(row.size() == series.size(), "bar chart values", "must have one count per series");
      row.forEach(v -> Checks.require(v >= 0, "bar chart value", "must not be negative"));
    }
    Checks.notBlank(axisLabel, "bar chart axis label");
  }

  /**
   * Returns the count of one series in one category.
   *
   * @param category the index of the category
   * @param series the index of the series
   * @return the count
   */
  public int value(int category, int series) {
    return values.get(category).get(series);
  }
}
