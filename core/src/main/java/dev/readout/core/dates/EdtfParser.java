package dev.readout.core.dates;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the supported EDTF subset by hand, so that every failure can say precisely what was
 * expected. Stateless; each method works on its arguments only.
 */
final class EdtfParser {
  private static final String OPEN = "..";

  private EdtfParser() {}

  /** Parses a date or an interval. */
  static EdtfDate parse(String text) {
    checkWhole(text, DateMessages.EXPECTED);
    int slash = text.indexOf('/');
    if (slash < 0) {
      return parseDate(text, text);
    }
    if (text.indexOf('/', slash + 1) >= 0) {
      throw fail(text, DateMessages.ONE_SLASH);
    }
    return parseInterval(text, text.substring(0, slash), text.substring(slash + 1));
  }

  /** Parses one date, rejecting intervals. */
  static PartialDate parseSingle(String text) {
    checkWhole(text, DateMessages.EXPECTED_DATE);
    if (text.indexOf('/') >= 0) {
      throw new EdtfParseException(text, DateMessages.notASingleDate(text));
    }
    return parseDate(text, text);
  }

  private static void checkWhole(String text, String expected) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw fail(text, expected);
    }
    if (!text.strip().equals(text)) {
      throw fail(text, DateMessages.WHITE_SPACE);
    }
    char first = text.charAt(0);
    if (first == '[' || first == '{') {
      throw fail(text, DateMessages.SETS);
    }
  }

  private static DateInterval parseInterval(String input, String startText, String endText) {
    Bound startBound = bound(startText);
    Bound endBound = bound(endText);
    if (startBound != Bound.DATE && endBound != Bound.DATE) {
      throw fail(input, DateMessages.NO_DATED_END);
    }
    Optional<PartialDate> start =
        startBound == Bound.DATE ? Optional.of(parseDate(input, startText)) : Optional.empty();
    Optional<PartialDate> end =
        endBound == Bound.DATE ? Optional.of(parseDate(input, endText)) : Optional.empty();
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      throw fail(input, DateMessages.endBeforeStart(start.get(), end.get()));
    }
    return DateInterval.checked(startBound, start, endBound, end);
  }

  private static Bound bound(String endText) {
    if (endText.isEmpty()) {
      return Bound.UNKNOWN;
    }
    return endText.equals(OPEN) ? Bound.OPEN : Bound.DATE;
  }

  /** Parses {@code part}, one non-empty date of {@code input}. */
  private static PartialDate parseDate(String input, String part) {
    char first = part.charAt(0);
    if (part.equals(OPEN)) {
      throw fail(input, DateMessages.OPEN_END_OUTSIDE_INTERVAL);
    }
    if (first == '.') {
      throw fail(input, DateMessages.OPEN_END_SPELLING);
    }
    if (first == 'Y') {
      throw fail(input, DateMessages.YEARS_BEYOND_FOUR_DIGITS);
    }
    if (first == '-') {
      throw fail(input, DateMessages.NEGATIVE_YEARS);
    }
    if (Qualifier.ofSymbol(first) != null) {
      throw fail(input, DateMessages.QUALIFIER_NOT_AT_END);
    }
    int yearEnd = digitsEnd(part, 0);
    if (yearEnd == 0) {
      throw fail(input, DateMessages.EXPECTED);
    }
    int year = number(input, part, 0, yearEnd, 4, DateMessages.YEAR_DIGITS);
    int month = 0;
    int day = 0;
    int pos = yearEnd;
    if (pos < part.length() && part.charAt(pos) == '-') {
      int monthEnd = digitsEnd(part, pos + 1);
      month = number(input, part, pos + 1, monthEnd, 2, DateMessages.MONTH_DIGITS);
      if (month >= 21 && month <= 24) {
        throw fail(input, DateMessages.SEASONS);
      }
      if (month < 1 || month > 12) {
        throw fail(input, DateMessages.MONTH_RANGE);
      }
      pos = monthEnd;
      if (pos < part.length() && part.charAt(pos) == '-') {
        int dayEnd = digitsEnd(part, pos + 1);
        day = number(input, part, pos + 1, dayEnd, 2, DateMessages.DAY_DIGITS);
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
          throw fail(input, DateMessages.dayRange(year, month, length));
        }
        pos = dayEnd;
      }
    }
    Qualifier qualifier = Qualifier.NONE;
    if (pos < part.length() && Qualifier.ofSymbol(part.charAt(pos)) != null) {
      qualifier = Qualifier.ofSymbol(part.charAt(pos));
      pos++;
      if (pos < part.length() && Qualifier.ofSymbol(part.charAt(pos)) != null) {
        throw fail(input, DateMessages.ONE_QUALIFIER);
      }
      if (pos < part.length() && part.charAt(pos) == '-') {
        throw fail(input, DateMessages.QUALIFIER_NOT_AT_END);
      }
    }
    if (pos < part.length()) {
      if (day != 0 && qualifier == Qualifier.NONE && part.charAt(pos) == 'T') {
        throw fail(input, DateMessages.TIMES);
      }
      throw fail(input, DateMessages.unexpected(part.substring(pos), part.substring(0, pos)));
    }
    return PartialDate.checked(year, month, day, qualifier);
  }

  /** Returns the end of the run of digits and X marks that starts at {@code from}. */
  private static int digitsEnd(String part, int from) {
    int end = from;
    while (end < part.length() && (isDigit(part.charAt(end)) || isUnspecified(part.charAt(end)))) {
      end++;
    }
    return end;
  }

  /**
   * Reads the field {@code part[from, to)} as a number of exactly {@code width} ASCII digits, or
   * fails: with the unspecified-digit message if it holds an X, with {@code digitsRule} otherwise.
   * A qualifier where the field should start is a level-2 qualifier on a component.
   */
  private static int number(
      String input, String part, int from, int to, int width, String digitsRule) {
    if (from == to && from < part.length() && Qualifier.ofSymbol(part.charAt(from)) != null) {
      throw fail(input, DateMessages.QUALIFIER_NOT_AT_END);
    }
    for (int i = from; i < to; i++) {
      if (isUnspecified(part.charAt(i))) {
        throw fail(input, DateMessages.UNSPECIFIED_DIGITS);
      }
    }
    if (to - from != width) {
      throw fail(input, digitsRule);
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (part.charAt(i) - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isUnspecified(char c) {
    return c == 'X';
  }

  private static EdtfParseException fail(String input, String reason) {
    return new EdtfParseException(input, DateMessages.notAnEdtfDate(input, reason));
  }
}
