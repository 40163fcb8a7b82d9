package dev.readout.core.dates;

import java.time.LocalDate;

/**
 * A date as a source states it, in the level-1 subset of the Extended Date/Time Format (EDTF, ISO
 * 8601-2): either one {@link PartialDate} ({@code 2022}, {@code 2022-11}, {@code 2022-11-22}, each
 * optionally marked {@code ?} uncertain, {@code ~} approximate or {@code %} both) or a
 * {@link DateInterval} of two such dates joined by {@code /}, whose ends may be open ({@code ..})
 * or unknown (empty): {@code 2022/2024}, {@code 2025/..}, {@code ../2024}, {@code 2025/},
 * {@code /2024}.
 *
 * <p>Nothing is filled in: a date is the range of days it may be, from {@link #earliest()} to
 * {@link #latest()}, and it is compared by that range. {@link #isBefore(EdtfDate)} and
 * {@link #isAfter(EdtfDate)} hold only when they are certain, whichever days the two dates turn out
 * to be. Years outside 0000–9999, unspecified digits ({@code 20XX}), seasons and the level-2
 * features of EDTF are not supported.
 *
 * <p>Dates are ordered by earliest day, then latest day, then canonical text; the order is
 * consistent with {@code equals}. Every implementation is immutable and thread-safe.
 */
public sealed interface EdtfDate extends Comparable<EdtfDate> permits PartialDate, DateInterval {

  /**
   * Parses a date or interval of the supported subset, such as {@code 2022-11?}, {@code 2022/2024}
   * or {@code 2025/..}.
   *
   * @param text the EDTF text, with nothing around it
   * @return a {@link PartialDate} or a {@link DateInterval}
   * @throws EdtfParseException if the text is not a date of the subset; the message quotes it and
   *     says what was expected
   * @throws NullPointerException if the text is null
   */
  static EdtfDate parse(String text) {
    return EdtfParser.parse(text);
  }

  /**
   * Returns the first day this date may be.
   *
   * @return the earliest possible day, or {@link LocalDate#MIN} when the start is open or unknown
   */
  LocalDate earliest();

  /**
   * Returns the last day this date may be.
   *
   * @return the latest possible day, or {@link LocalDate#MAX} when the end is open or unknown
   */
  LocalDate latest();

  /**
   * Tells whether this is a {@link DateInterval} rather than a single {@link PartialDate}.
   *
   * @return true for an interval
   */
  boolean isInterval();

  /**
   * Tells whether any part of this date is marked uncertain ({@code ?} or {@code %}).
   *
   * @return true if the date or either end of the interval is uncertain
   */
  boolean isUncertain();

  /**
   * Tells whether any part of this date is marked approximate ({@code ~} or {@code %}).
   *
   * @return true if the date or either end of the interval is approximate
   */
  boolean isApproximate();

  /**
   * Tells whether the given day may be this date, that is lies between {@link #earliest()} and
   * {@link #latest()}, both included.
   *
   * @param day the day to test
   * @return true if {@code earliest() <= day <= latest()}
   */
  default boolean contains(LocalDate day) {
    return !day.isBefore(earliest()) && !day.isAfter(latest());
  }

  /**
   * Tells whether this date is certainly before the other: its latest day comes before the other's
   * earliest day. {@code 2022} is before {@code 2023-01}; {@code 2022} is not before
   * {@code 2022-12}.
   *
   * @param other the date to compare with
   * @return true if {@code latest() < other.earliest()}
   */
  default boolean isBefore(EdtfDate other) {
    return latest().isBefore(other.earliest());
  }

  /**
   * Tells whether this date is certainly after the other: its earliest day comes after the other's
   * latest day.
   *
   * @param other the date to compare with
   * @return true if {@code earliest() > other.latest()}
   */
  default boolean isAfter(EdtfDate other) {
    return earliest().isAfter(other.latest());
  }

  /**
   * Tells whether this date and the other may share a day: neither is certainly before the other.
   *
   * @param other the date to compare with
   * @return true if the two ranges of possible days intersect
   */
  default boolean overlaps(EdtfDate other) {
    return !isBefore(other) && !isAfter(other);
  }

  /**
   * Orders dates by {@link #earliest()}, then {@link #latest()}, then canonical text; zero exactly
   * when the two dates are equal. A date that {@linkplain #isBefore(EdtfDate) is before} another
   * always compares less.
   *
   * @param other the date to compare with
   * @return a negative number, zero or a positive number as this date sorts before, with or after
   *     the other
   */
  @Override
  default int compareTo(EdtfDate other) {
    int byEarliest = earliest().compareTo(other.earliest());
    if (byEarliest != 0) {
      return byEarliest;
    }
    int byLatest = latest().compareTo(other.latest());
    return byLatest != 0 ? byLatest : toString().compareTo(other.toString());
  }

  /**
   * Returns the canonical EDTF text of this date, which {@link #parse(String)} turns back into an
   * equal date: four-digit years, two-digit months and days, the qualifier last, {@code ..} for an
   * open end and nothing for an unknown one.
   *
   * @return the canonical text
   */
  @Override
  String toString();
}
