package dev.readout.core.dataset;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.model.RecordKind;
import java.util.Objects;

/**
 * One dated record on a counterpart's timeline: an engagement, an instrument signed, a partnership
 * level reached, a programme begun or a milestone.
 *
 * @param date when
 * @param kind the kind of record
 * @param id the record's id
 * @param title the record's title, or a description for records without one
 */
public record TimelineEntry(EdtfDate date, RecordKind kind, String id, String title) implements Comparable<TimelineEntry> {
  /**
   * Checks that no component is null.
   *
   * @param date when
   * @param kind the kind of record
   * @param id the record's id
   * @param title the record's title
   */
  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }

  /** {@return orders by date, then kind, then id.} */
  @Override
  public int compareTo(TimelineEntry other) {
    int byDate = date.compareTo(other.date);
    if (byDate != 0) {
      return byDate;
    }
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : id.compareTo(other.id);
  }
}
