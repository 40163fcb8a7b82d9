package dev.readout.core.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One date known to a year, a month or a day, possibly marked uncertain or approximate:
 * {@code 2022}, {@code 2022-11}, {@code 2022-11-22}, {@code 2022-11?}, {@code 2024-09~},
 * {@code 2022%}. A missing month or day is never filled with a default: {@code 2022-11} is any day
 * from 2022-11-01 to 2022-11-30, and {@link #earliest()} and {@link #latest()} say so. Years run
 * from 0000 to 9999.
 *
 * <p>Instances are immutable and thread-safe; two are equal when they have the same year, month,
 * day and qualifier.
 */
public final class PartialDate implements EdtfDate {
  private static final int NONE = 0;

  private final int year;
  private final int month;
  private final int day;
  private final Qualifier qualifier;
  private final LocalDate earliest;
  private final LocalDate latest;
  private final String text;

  private PartialDate(int year, int month, int day, Qualifier qualifier) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.qualifier = qualifier;
    if (month == NONE) {
      this.earliest = LocalDate.of(year, 1, 1);
      this.latest = LocalDate.of(year, 12, 31);
    } else if (day == NONE) {
      YearMonth yearMonth = YearMonth.of(year, month);
      this.earliest = yearMonth.atDay(1);
      this.latest = yearMonth.atEndOfMonth();
    } else {
      this.earliest = LocalDate.of(year, month, day);
      this.latest = earliest;
    }
    StringBuilder sb = new StringBuilder(11).append(DateMessages.pad(year, 4));
    if (month != NONE) {
      sb.append('-').append(DateMessages.pad(month, 2));
    }
    if (day != NONE) {
      sb.append('-').append(DateMessages.pad(day, 2));
    }
    this.text = sb.append(qualifier.symbol()).toString();
  }

  /**
   * Returns the date known to its year only, such as {@code 2022}.
   *
   * @param year the year, 0–9999
   * @return the year, unqualified
   * @throws IllegalArgumentException if the year is outside 0–9999
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(year, NONE, NONE, Qualifier.NONE);
  }

  /**
   * Returns the date known to its month, such as {@code 2022-11}.
   *
   * @param year the year, 0–9999
   * @param month the month of the year, 1–12
   * @return the month, unqualified
   * @throws IllegalArgumentException if the year or month is out of range
   */
  public static PartialDate ofMonth(int year, int month) {
    checkYear(year);
    checkMonth(month);
    return new PartialDate(year, month, NONE, Qualifier.NONE);
  }

  /**
   * Returns the date known to the day, such as {@code 2022-11-22}.
   *
   * @param year the year, 0–9999
   * @param month the month of the year, 1–12
   * @param day the day of the month, from 1 to the length of that month
   * @return the day, unqualified
   * @throws IllegalArgumentException if the year, month or day is out of range (2022-02-30 is)
   */
  public static PartialDate ofDay(int year, int month, int day) {
    checkYear(year);
    checkMonth(month);
    int length = YearMonth.of(year, month).lengthOfMonth();
    if (day < 1 || day > length) {
      throw new IllegalArgumentException(
          DateMessages.butWas(DateMessages.dayRange(year, month, length), day));
    }
    return new PartialDate(year, month, day, Qualifier.NONE);
  }

  /**
   * Returns the given day as a date of day precision.
   *
   * @param day the day, in the years 0000–9999
   * @return the day, unqualified
   * @throws IllegalArgumentException if the day's year is outside 0–9999
   */
  public static PartialDate of(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
  }

  /**
   * Parses one date, such as {@code 2022-11?}; unlike {@link EdtfDate#parse(String)} it rejects
   * intervals.
   *
   * @param text {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, optionally followed by
   *     {@code ?}, {@code ~} or {@code %}
   * @return the date
   * @throws EdtfParseException if the text is not a single date of the supported subset
   * @throws NullPointerException if the text is null
   */
  public static PartialDate parse(String text) {
    return EdtfParser.parseSingle(text);
  }

  /** Creates a date from fields already checked by the parser; 0 stands for an absent field. */
  static PartialDate checked(int year, int month, int day, Qualifier qualifier) {
    return new PartialDate(year, month, day, qualifier);
  }

  private static void checkYear(int year) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException(DateMessages.butWas(DateMessages.YEAR_RANGE, year));
    }
  }

  private static void checkMonth(int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException(DateMessages.butWas(DateMessages.MONTH_RANGE, month));
    }
  }

  /**
   * Returns the year.
   *
   * @return the year, 0–9999
   */
  public int year() {
    return year;
  }

  /**
   * Returns the month, when it is known.
   *
   * @return the month of the year, 1–12, or empty for a date of year precision
   */
  public OptionalInt month() {
    return month == NONE ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /**
   * Returns the day of the month, when it is known.
   *
   * @return the day of the month, 1–31, or empty unless the date has day precision
   */
  public OptionalInt day() {
    return day == NONE ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /**
   * Returns how much of this date is known.
   *
   * @return {@link Precision#YEAR}, {@link Precision#MONTH} or {@link Precision#DAY}
   */
  public Precision precision() {
    if (month == NONE) {
      return Precision.YEAR;
    }
    return day == NONE ? Precision.MONTH : Precision.DAY;
  }

  /**
   * Returns the mark that says how sure the source is of this date.
   *
   * @return the qualifier, {@link Qualifier#NONE} when the date is stated plainly
   */
  public Qualifier qualifier() {
    return qualifier;
  }

  /**
   * Returns this date with the given qualifier in place of its own.
   *
   * @param qualifier the new qualifier; {@link Qualifier#NONE} removes any mark
   * @return a date with the same year, month and day
   */
  public PartialDate withQualifier(Qualifier qualifier) {
    Objects.requireNonNull(qualifier, "qualifier");
    return qualifier == this.qualifier ? this : new PartialDate(year, month, day, qualifier);
  }

  /**
   * Returns this date marked uncertain, keeping any approximate mark: {@code 2022} becomes
   * {@code 2022?} and {@code 2022~} becomes {@code 2022%}.
   *
   * @return the date marked uncertain
   */
  public PartialDate uncertain() {
    return withQualifier(Qualifier.of(true, qualifier.isApproximate()));
  }

  /**
   * Returns this date marked approximate, keeping any uncertain mark: {@code 2022} becomes
   * {@code 2022~} and {@code 2022?} becomes {@code 2022%}.
   *
   * @return the date marked approximate
   */
  public PartialDate approximate() {
    return withQualifier(Qualifier.of(qualifier.isUncertain(), true));
  }

  /**
   * Returns the first day this date may be: the first day of its year or month, or its day.
   *
   * @return the earliest possible day
   */
  @Override
  public LocalDate earliest() {
    return earliest;
  }

  /**
   * Returns the last day this date may be: the last day of its year or month (2024-02-29 for
   * {@code 2024-02}), or its day.
   *
   * @return the latest possible day
   */
  @Override
  public LocalDate latest() {
    return latest;
  }

  /**
   * Tells that this is not an interval.
   *
   * @return false
   */
  @Override
  public boolean isInterval() {
    return false;
  }

  /**
   * Tells whether this date is marked {@code ?} or {@code %}.
   *
   * @return true if the qualifier is uncertain
   */
  @Override
  public boolean isUncertain() {
    return qualifier.isUncertain();
  }

  /**
   * Tells whether this date is marked {@code ~} or {@code %}.
   *
   * @return true if the qualifier is approximate
   */
  @Override
  public boolean isApproximate() {
    return qualifier.isApproximate();
  }

  /**
   * Tells whether the other object is a date with the same year, month, day and qualifier.
   *
   * @param other the object to compare with
   * @return true if the two dates are the same value
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PartialDate)) {
      return false;
    }
    PartialDate that = (PartialDate) other;
    return year == that.year
        && month == that.month
        && day == that.day
        && qualifier == that.qualifier;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return ((year * 31 + month) * 31 + day) * 31 + qualifier.ordinal();
  }

  /**
   * Returns the canonical EDTF text of this date, such as {@code 2022-11?}.
   *
   * @return the text that {@link #parse(String)} turns back into an equal date
   */
  @Override
  public String toString() {
    return text;
  }
}
