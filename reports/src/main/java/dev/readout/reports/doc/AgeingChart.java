package dev.readout.reports.doc;

import java.util.List;
import java.util.OptionalInt;

/**
 * How long each open item has been open, against when it was due: one bar per item, as long as the
 * days it has been open, a due mark where it fell or falls due, and a note on the bar (such as
 * "overdue by 90 days") so that its standing is read in words, not in colour.
 *
 * @param items the items, top to bottom; at least one
 * @param axisLabel the label of the days axis; not blank
 * @param openLabel the legend's name for the bars; not blank
 * @param dueLabel the legend's name for the due marks; not blank
 */
public record AgeingChart(List<Item> items, String axisLabel, String openLabel, String dueLabel) implements Chart {

  /**
   * Creates an ageing chart.
   *
   * @param items the items, top to bottom; at least one
   * @param axisLabel the label of the days axis; not blank
   * @param openLabel the legend's name for the bars; not blank
   * @param dueLabel the legend's name for the due marks; not blank
   * @throws DocumentException if a rule is broken
   */
  public AgeingChart {
    items = Checks.nonEmptyList(items, "ageing chart items");
    Checks.notBlank(axisLabel, "ageing chart axis label");
    Checks.notBlank(openLabel, "ageing chart open label");
    Checks.notBlank(dueLabel, "ageing chart due label");
  }

  /**
   * One open item.
   *
   * @param label what it is, short; not blank
   * @param daysOpen how many days it has been open; not negative
   * @param dueAfterDays how many days after it was made it fell or falls due, if it has a due date;
   *     not negative
   * @param late whether it is past its due date or its event
   * @param note the words on its bar; not blank
   */
  public record Item(String label, int daysOpen, OptionalInt dueAfterDays, boolean late, String note) {
    /**
     * Creates an item.
     *
     * @param label what it is, short; not blank
     * @param daysOpen how many days it has been open; not negative
     * @param dueAfterDays how many days after it was made it is due, if it has a due date; not negative
     * @param late whether it is past its due date or its event
     * @param note the words on its bar; not blank
     * @throws DocumentException if a rule is broken
     */
    public Item {
      Checks.notBlank(label, "ageing chart item label");
      Checks.require(daysOpen >= 0, "ageing chart days open", "must not be negative");
      Checks.notNull(dueAfterDays, "ageing chart due");
      dueAfterDays.ifPresent(d -> Checks.require(d >= 0, "ageing chart due", "must not be negative"));
      Checks.notBlank(note, "ageing chart item note");
    }
  }
}
