package dev.readout.core.dates;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A period between two ends, each a {@link PartialDate} with its own qualifier, open, or unknown:
 * {@code 2022/2024}, {@code 2022-05/2022-11?}, {@code 2025/..} (from 2025 on), {@code ../2024} (up
 * to 2024), {@code 2025/} (from 2025 to an unknown end), {@code /2024} (from an unknown start to
 * 2024). At least one end is a date, and the end is never certainly before the start.
 *
 * <p>{@link #earliest()} is the start's earliest day and {@link #latest()} the end's latest day;
 * an open or unknown end stretches to {@link LocalDate#MIN} or {@link LocalDate#MAX}. Instances are
 * immutable and thread-safe; two are equal when their bounds and dates are equal.
 */
public final class DateInterval implements EdtfDate {
  private static final String START = "start";
  private static final String END = "end";

  private final Bound startBound;
  private final Optional<PartialDate> start;
  private final Bound endBound;
  private final Optional<PartialDate> end;
  private final String text;

  private DateInterval(
      Bound startBound, Optional<PartialDate> start, Bound endBound, Optional<PartialDate> end) {
    this.startBound = startBound;
    this.start = start;
    this.endBound = endBound;
    this.end = end;
    this.text = endText(startBound, start) + "/" + endText(endBound, end);
  }

  /**
   * Returns the interval between two dates, such as {@code 2022-05/2022-11?}.
   *
   * @param start the first end
   * @param end the last end; it may share days with the start ({@code 2022/2022-06} is fine) but
   *     must not be wholly before it
   * @return the interval
   * @throws IllegalArgumentException if the end is before the start
   */
  public static DateInterval of(PartialDate start, PartialDate end) {
    return of(Bound.DATE, Optional.of(start), Bound.DATE, Optional.of(end));
  }

  /**
   * Returns the interval that starts at a date and has no end, written {@code 2025/..}.
   *
   * @param start the first end
   * @return the interval with an open end
   */
  public static DateInterval from(PartialDate start) {
    return of(Bound.DATE, Optional.of(start), Bound.OPEN, Optional.empty());
  }

  /**
   * Returns the interval that has no start and ends at a date, written {@code ../2024}.
   *
   * @param end the last end
   * @return the interval with an open start
   */
  public static DateInterval until(PartialDate end) {
    return of(Bound.OPEN, Optional.empty(), Bound.DATE, Optional.of(end));
  }

  /**
   * Returns the interval with the given kinds of ends; this is the one factory for unknown ends,
   * as in {@code of(Bound.DATE, Optional.of(PartialDate.ofYear(2025)), Bound.UNKNOWN,
   * Optional.empty())} for {@code 2025/}.
   *
   * @param startKind what the start is
   * @param start the start date, present exactly when {@code startKind} is {@link Bound#DATE}
   * @param endKind what the end is
   * @param end the end date, present exactly when {@code endKind} is {@link Bound#DATE}
   * @return the interval
   * @throws IllegalArgumentException if a date is present without {@link Bound#DATE} or missing
   *     with it, if neither end is a date, or if the end is before the start
   */
  public static DateInterval of(
      Bound startKind, Optional<PartialDate> start, Bound endKind, Optional<PartialDate> end) {
    Objects.requireNonNull(startKind, "startKind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endKind, "endKind");
    Objects.requireNonNull(end, "end");
    checkEnd(START, startKind, start);
    checkEnd(END, endKind, end);
    if (start.isEmpty() && end.isEmpty()) {
      throw new IllegalArgumentException(DateMessages.NO_DATED_END);
    }
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      throw new IllegalArgumentException(DateMessages.endBeforeStart(start.get(), end.get()));
    }
    return new DateInterval(startKind, start, endKind, end);
  }

  /** Creates an interval from ends already checked by the parser. */
  static DateInterval checked(
      Bound startKind, Optional<PartialDate> start, Bound endKind, Optional<PartialDate> end) {
    return new DateInterval(startKind, start, endKind, end);
  }

  private static void checkEnd(String name, Bound kind, Optional<PartialDate> date) {
    if ((kind == Bound.DATE) != date.isPresent()) {
      throw new IllegalArgumentException(DateMessages.boundMismatch(name, kind, date.isPresent()));
    }
  }

  private static String endText(Bound bound, Optional<PartialDate> date) {
    return switch (bound) {
      case OPEN -> "..";
      case UNKNOWN -> "";
      case DATE -> date.orElseThrow().toString();
    };
  }

  /**
   * Returns what the start of this interval is.
   *
   * @return {@link Bound#DATE} when {@link #start()} is present, else {@link Bound#OPEN} or
   *     {@link Bound#UNKNOWN}
   */
  public Bound startBound() {
    return startBound;
  }

  /**
   * Returns what the end of this interval is.
   *
   * @return {@link Bound#DATE} when {@link #end()} is present, else {@link Bound#OPEN} or
   *     {@link Bound#UNKNOWN}
   */
  public Bound endBound() {
    return endBound;
  }

  /**
   * Returns the start date, when the start is a date.
   *
   * @return the start, or empty when it is open or unknown
   */
  public Optional<PartialDate> start() {
    return start;
  }

  /**
   * Returns the end date, when the end is a date.
   *
   * @return the end, or empty when it is open or unknown
   */
  public Optional<PartialDate> end() {
    return end;
  }

  /**
   * Returns the first day this interval may include: its start's earliest day.
   *
   * @return the earliest possible day, or {@link LocalDate#MIN} when the start is open or unknown
   */
  @Override
  public LocalDate earliest() {
    return start.map(PartialDate::earliest).orElse(LocalDate.MIN);
  }

  /**
   * Returns the last day this interval may include: its end's latest day.
   *
   * @return the latest possible day, or {@link LocalDate#MAX} when the end is open or unknown
   */
  @Override
  public LocalDate latest() {
    return end.map(PartialDate::latest).orElse(LocalDate.MAX);
  }

  /**
   * Tells that this is an interval.
   *
   * @return true
   */
  @Override
  public boolean isInterval() {
    return true;
  }

  /**
   * Tells whether either end is marked {@code ?} or {@code %}.
   *
   * @return true if the start or the end is uncertain
   */
  @Override
  public boolean isUncertain() {
    return start.map(PartialDate::isUncertain).orElse(false)
        || end.map(PartialDate::isUncertain).orElse(false);
  }

  /**
   * Tells whether either end is marked {@code ~} or {@code %}.
   *
   * @return true if the start or the end is approximate
   */
  @Override
  public boolean isApproximate() {
    return start.map(PartialDate::isApproximate).orElse(false)
        || end.map(PartialDate::isApproximate).orElse(false);
  }

  /**
   * Tells whether the other object is an interval with the same bounds and dates.
   *
   * @param other the object to compare with
   * @return true if the two intervals are the same value
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DateInterval)) {
      return false;
    }
    DateInterval that = (DateInterval) other;
    return startBound == that.startBound
        && endBound == that.endBound
        && start.equals(that.start)
        && end.equals(that.end);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return ((startBound.ordinal() * 31 + start.hashCode()) * 31 + endBound.ordinal()) * 31
        + end.hashCode();
  }

  /**
   * Returns the canonical EDTF text of this interval, such as {@code 2022-05/2022-11?},
   * {@code 2025/..} or {@code /2024}.
   *
   * @return the text that {@link EdtfDate#parse(String)} turns back into an equal interval
   */
  @Override
  public String toString() {
    return text;
  }
}
