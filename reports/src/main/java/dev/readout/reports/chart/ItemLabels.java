package dev.readout.reports.chart;

import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/**
 * The words drawn on or beside each bar, by its row (series) and column (category); the series' and
 * categories' own labels are their keys' labels.
 */
@FunctionalInterface
interface ItemLabels extends CategoryItemLabelGenerator {

  @Override
  default String generateRowLabel(CategoryDataset dataset, int row) {
    return dataset.getRowKey(row).toString();
  }

  @Override
  default String generateColumnLabel(CategoryDataset dataset, int column) {
    return dataset.getColumnKey(column).toString();
  }
}
