package dev.readout.core.dates;

/**
 * Every message of this package, in one place so that the wording stays consistent and tests can
 * assert the exact text. Parse failures read {@code "<input>" is not an EDTF date: <reason>}; the
 * factories of {@link PartialDate} and {@link DateInterval} say {@code <rule>, but was <value>}.
 * Numbers are written with ASCII digits whatever the default locale.
 */
final class DateMessages {
  static final String EXPECTED_DATE =
      "expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %";
  static final String EXPECTED =
      EXPECTED_DATE + ", or two of these joined by / (.. for an open end)";
  static final String YEAR_DIGITS = "year must have four digits, 0000–9999";
  static final String MONTH_DIGITS = "month must have two digits, 01–12";
  static final String DAY_DIGITS = "day must have two digits";
  static final String MONTH_RANGE = "month must be 01–12";
  static final String YEAR_RANGE = "year must be 0000–9999";
  static final String YEARS_BEYOND_FOUR_DIGITS = "years beyond four digits are not supported";
  static final String NEGATIVE_YEARS = "negative years are not supported";
  static final String SEASONS = "seasons are not supported";
  static final String UNSPECIFIED_DIGITS = "unspecified digits (X) are not supported";
  static final String SETS = "sets of dates ([…] or {…}) are not supported";
  static final String TIMES = "times of day are not supported";
  static final String WHITE_SPACE = "white space around the date is not allowed";
  static final String QUALIFIER_NOT_AT_END =
      "a qualifier (?, ~ or %) may only come at the end of a date";
  static final String ONE_QUALIFIER =
      "a date takes one qualifier; use % for uncertain and approximate";
  static final String OPEN_END_SPELLING = "an open end is written ..";
  static final String OPEN_END_OUTSIDE_INTERVAL =
      "an open end (..) must be one end of an interval, as in 2025/.. or ../2024";
  static final String ONE_SLASH = "an interval has exactly one / between its two ends";
  static final String NO_DATED_END = "at least one end of an interval must be a date";

  private DateMessages() {}

  /** The message of a text that is not a date of the subset. */
  static String notAnEdtfDate(String input, String reason) {
    return quote(input) + " is not an EDTF date: " + reason;
  }

  /** The message of a text given where one date is expected but that is not one. */
  static String notASingleDate(String input) {
    return quote(input) + " is not a single EDTF date: " + EXPECTED_DATE;
  }

  /** The rule for the day of the given month, e.g. {@code day must be 01–28 for 2022-02}. */
  static String dayRange(int year, int month, int lengthOfMonth) {
    return "day must be 01–" + lengthOfMonth + " for " + pad(year, 4) + "-" + pad(month, 2);
  }

  /** The reason of an interval whose end is certainly before its start. */
  static String endBeforeStart(PartialDate start, PartialDate end) {
    return "interval end " + end + " is before its start " + start;
  }

  /** The reason of text that follows a complete date, e.g. {@code unexpected "x" after 2022}. */
  static String unexpected(String rest, String parsed) {
    return "unexpected " + quote(rest) + " after " + parsed;
  }

  /** A factory's message: the rule, then the value it was given. */
  static String butWas(String rule, Object value) {
    return rule + ", but was " + value;
  }

  /** The message of an interval end whose bound and date do not agree. */
  static String boundMismatch(String end, Bound bound, boolean present) {
    return present
        ? "interval " + end + " must be empty when its bound is " + bound + ", but was given"
        : "interval " + end + " must be given when its bound is " + bound + ", but was empty";
  }

  /** Writes a non-negative number with at least {@code width} ASCII digits, zero-padded. */
  static String pad(int value, int width) {
    String digits = Integer.toString(value);
    StringBuilder sb = new StringBuilder(width);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(digits).toString();
  }

  private static String quote(String input) {
    return "\"" + input + "\"";
  }
}
