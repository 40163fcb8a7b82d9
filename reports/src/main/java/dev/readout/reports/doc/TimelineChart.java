package dev.readout.reports.doc;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Events over time, one row (lane) per subject: a relationship's engagements by format, or the
 * book's counterparts side by side. Each event belongs to a series (a visit, a meeting, a call, an
 * instrument signed …) drawn with that series' own marker shape; a marked day (the day the
 * briefing is true on) is drawn as a labelled vertical line, and what lies after it is ahead.
 *
 * @param lanes the row labels, top to bottom; at least one
 * @param series the legend's entries, in order; at least one
 * @param events the events; each names a lane and a series by index
 * @param from the first day of the time axis
 * @param to the last day of the time axis; not before {@code from}
 * @param marker the marked day, if any, within the axis
 */
public record TimelineChart(
    List<String> lanes,
    List<String> series,
    List<Event> events,
    LocalDate from,
    LocalDate to,
    Optional<Marker> marker)
    implements Chart {

  /**
   * Creates a timeline.
   *
   * @param lanes the row labels, top to bottom; at least one
   * @param series the legend's entries; at least one
   * @param events the events; each names a lane and a series by index
   * @param from the first day of the time axis
   * @param to the last day of the time axis; not before from
   * @param marker the marked day, if any, within the axis
   * @throws DocumentException if a rule is broken
   */
  public TimelineChart {
    lanes = Checks.nonEmptyList(lanes, "timeline lanes");
    lanes.forEach(lane -> Checks.notBlank(lane, "timeline lane"));
    series = Checks.nonEmptyList(series, "timeline series");
    series.forEach(s -> Checks.notBlank(s, "timeline series"));
    events = Checks.list(events, "timeline events");
    Checks.notNull(from, "timeline start");
    Checks.notNull(to, "timeline end");
    Checks.require(!to.isBefore(from), "timeline end", "must not be before its start");
    Checks.notNull(marker, "timeline marker");
    for (Event event : events) {
      Checks.require(event.lane() < lanes.size(), "timeline event lane", "must name one of the lanes");
      Checks.require(event.series() < series.size(), "timeline event series", "must name one of the series");
      Checks.require(!event.date().isBefore(from) && !event.date().isAfter(to), "timeline event date",
          "must lie within the time axis");
    }
    marker.ifPresent(m -> Checks.require(!m.date().isBefore(from) && !m.date().isAfter(to),
        "timeline marker", "must lie within the time axis"));
  }

  /**
   * One event.
   *
   * @param lane the index of its lane
   * @param series the index of its series
   * @param date its day
   */
  public record Event(int lane, int series, LocalDate date) {
    /**
     * Creates an event.
     *
     * @param lane the index of its lane; not negative
     * @param series the index of its series; not negative
     * @param date its day
     * @throws DocumentException if an index is negative or the date is null
     */
    public Event {
      Checks.require(lane >= 0, "timeline event lane", "must not be negative");
      Checks.require(series >= 0, "timeline event series", "must not be negative");
      Checks.notNull(date, "timeline event date");
    }
  }

  /**
   * A marked day with its label, such as the day a briefing is true on.
   *
   * @param date the day
   * @param label its label; not blank
   */
  public record Marker(LocalDate date, String label) {
    /**
     * Creates a marker.
     *
     * @param date the day
     * @param label its label; not blank
     * @throws DocumentException if the date is null or the label blank
     */
    public Marker {
      Checks.notNull(date, "timeline marker date");
      Checks.notBlank(label, "timeline marker label");
    }
  }
}
