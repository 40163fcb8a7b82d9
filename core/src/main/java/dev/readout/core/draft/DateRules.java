package dev.readout.core.draft;

import static dev.readout.core.draft.Basis.DAY;
import static dev.readout.core.draft.Basis.MONTH;
import static dev.readout.core.draft.Basis.NONE;
import static dev.readout.core.draft.Basis.STATED;
import static dev.readout.core.draft.Basis.YEAR;

import java.util.List;

/**
 * The table of date wording: every phrase {@link DateExpressions} recognises, in English and
 * Vietnamese, with what it counts from, how it works the date out ({@link Reckoners}) and the note
 * it writes. Read it top to bottom: where two phrases overlap, the rule higher in the table wins
 * ("in May this year" before "this year", "ngày 23 tháng 11 năm 2022" before "năm 2022").
 *
 * <p>In a pattern a space stands for any run of white space; matching ignores case, except for
 * English month and weekday names, which must be capitalised ("May", not "may"). Named groups:
 * {@code year}, {@code from}, {@code to}, {@code month}, {@code day}, {@code n}, {@code hedge},
 * {@code weekday}. The table names no person, place or event: it is about dates only.
 */
final class DateRules {
  private static final String MONTH_NAME = "(?<month>(?-i:"
      + "(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b"
      + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|\\b)))";
  private static final String MONTH_NUMBER = "(?<month>\\d{1,2})(?!\\d)";
  private static final String DAY_NUMBER = "(?<day>\\d{1,2})(?!\\d)";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  private static final String YEAR_NUMBER = "(?<year>\\d{4})(?!\\d)";
  private static final String FROM = "(?<from>\\d{4})(?!\\d)";
  private static final String TO = "(?<to>\\d{4})(?![\\d/-])";
  private static final String DASH = "\\s*[-–—]\\s*";
  private static final String WEEKDAY =
      "(?<weekday>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b";
  private static final String NUMBER_WORD = "one|two|three|four|five|six|seven|eight|nine|ten"
      + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
      + "|thirty|forty|fifty|sixty|seventy|eighty|ninety";
  private static final String COUNT =
      "(?<n>\\d{1,3}|(?:" + NUMBER_WORD + ")(?:-(?:" + NUMBER_WORD + "))?)(?!\\d)";
  private static final String VI_COUNT = "(?<n>\\d{1,3})(?!\\d)";
  private static final String HEDGE = "(?<hedge>nearly|almost|about|around|some|roughly|more than)";
  private static final String VI_HEDGE = "(?<hedge>gần|khoảng|hơn|trên)";

  // Notes, shared by the rules that work alike in both languages.
  private static final String DAY_STATED = "'{phrase}': the day is stated; hence {date}.";
  private static final String MONTH_STATED =
      "'{phrase}': the month is stated; hence {date}; no day is given.";
  private static final String YEAR_STATED = "'{phrase}': the year is stated; hence {date}.";
  private static final String YEARS_STATED = "'{phrase}': the years are stated; hence {date}.";
  private static final String UP_TO = "'{phrase}': an end with no start; hence {date}.";
  private static final String SINCE = "'{phrase}': a start with no end; hence {date}.";
  private static final String NO_YEAR =
      "'{phrase}' gives no year; {article} is taken: {date}{hedge}.";
  private static final String MONTH_IN_YEAR = "'{phrase}' in {article}: {date}{hedge}; no day is given.";
  private static final String COUNTED = "'{phrase}', counted from {article}; hence {date}{hedge}.";
  private static final String COUNTED_MONTH =
      "'{phrase}', counted from {article}; hence {date}{hedge}; no day is given.";
  private static final String COUNTED_BACK =
      "'{phrase}', counted back from {article}; hence {date}{hedge}.";
  private static final String IS_YEAR = "'{phrase}' is {article}: {date}{hedge}.";
  private static final String IS_MONTH = "'{phrase}' is {article}: {date}{hedge}; no day is given.";
  private static final String NEXT_NAMED_MONTH =
      "'{phrase}', the first such month after {article}; hence {date}{hedge}; no day is given.";
  private static final String LAST_NAMED_MONTH =
      "'{phrase}', the latest such month before {article}; hence {date}{hedge}; no day is given.";
  private static final String NO_DATE = "'{phrase}' names no date; left unresolved.";

  /** The rules, highest priority first. */
  static final List<DateRule> RULES = List.of(
      // Days, stated in full.
      DateRule.of("iso-day", STATED,
          "(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?!\\d)", Reckoners::day, DAY_STATED),
      DateRule.of("day-month-year", STATED,
          DAY_NUMBER + ORDINAL + " (?:of )?" + MONTH_NAME + ",? " + YEAR_NUMBER,
          Reckoners::day, DAY_STATED),
      DateRule.of("month-day-year", STATED,
          MONTH_NAME + " " + DAY_NUMBER + ORDINAL + ",? " + YEAR_NUMBER, Reckoners::day, DAY_STATED),
      DateRule.of("vi-day-month-year", STATED,
          "ngày " + DAY_NUMBER + " tháng " + MONTH_NUMBER + " năm " + YEAR_NUMBER,
          Reckoners::day, DAY_STATED),
      DateRule.of("vi-day-numeric", STATED,
          "ngày " + DAY_NUMBER + "[/.-]" + MONTH_NUMBER + "[/.-]" + YEAR_NUMBER,
          Reckoners::day, DAY_STATED),
      // Days without their year: the article's year.
      DateRule.of("day-month", YEAR, DAY_NUMBER + ORDINAL + " (?:of )?" + MONTH_NAME,
          Reckoners::dayThisYear, NO_YEAR),
      DateRule.of("month-day", YEAR, MONTH_NAME + " " + DAY_NUMBER + ORDINAL + "\\b",
          Reckoners::dayThisYear, NO_YEAR),
      DateRule.of("vi-day-month", YEAR, "ngày " + DAY_NUMBER + "(?: tháng |/)" + MONTH_NUMBER,
          Reckoners::dayThisYear, NO_YEAR),
      // Months.
      DateRule.of("month-year", STATED, "(?:in )?" + MONTH_NAME + ",? (?:of )?" + YEAR_NUMBER,
          Reckoners::month, MONTH_STATED),
      DateRule.of("vi-month-year", STATED, "tháng " + MONTH_NUMBER + "(?: năm |/)" + YEAR_NUMBER,
          Reckoners::month, MONTH_STATED),
      DateRule.of("month-this-year", YEAR, "(?:in )?" + MONTH_NAME + " (?:of )?this year\\b",
          Reckoners::monthThisYear, MONTH_IN_YEAR),
      DateRule.of("vi-month-this-year", YEAR, "tháng " + MONTH_NUMBER + " năm nay\\b",
          Reckoners::monthThisYear, MONTH_IN_YEAR),
      DateRule.of("this-named-month", YEAR, "this " + MONTH_NAME,
          Reckoners::monthThisYear, MONTH_IN_YEAR),
      DateRule.of("vi-this-named-month", YEAR, "tháng " + MONTH_NUMBER + " này\\b",
          Reckoners::monthThisYear, MONTH_IN_YEAR),
      DateRule.of("next-named-month", MONTH, "next " + MONTH_NAME,
          Reckoners::nextNamedMonth, NEXT_NAMED_MONTH),
      DateRule.of("vi-next-named-month", MONTH, "tháng " + MONTH_NUMBER + " (?:sắp tới|tới)\\b",
          Reckoners::nextNamedMonth, NEXT_NAMED_MONTH),
      DateRule.of("last-named-month", MONTH, "last " + MONTH_NAME,
          Reckoners::lastNamedMonth, LAST_NAMED_MONTH),
      DateRule.of("vi-last-named-month", MONTH, "tháng " + MONTH_NUMBER + " vừa qua\\b",
          Reckoners::lastNamedMonth, LAST_NAMED_MONTH),
      DateRule.of("month-alone", NONE,
          "(?:in|since|until|before|after|during) " + MONTH_NAME, null,
          "'{phrase}' gives no year; left unresolved."),
      // Periods of years.
      DateRule.of("years-period", STATED, "(?:the )?" + FROM + DASH + TO + " period\\b",
          Reckoners::years, YEARS_STATED),
      DateRule.of("vi-years-period", STATED, "giai đoạn " + FROM + DASH + TO,
          Reckoners::years, YEARS_STATED),
      DateRule.of("years-from-to", STATED, "(?:from|between) " + FROM + " (?:to|and|until) " + TO,
          Reckoners::years, YEARS_STATED),
      DateRule.of("vi-years-from-to", STATED,
          "từ (?:năm )?" + FROM + " (?:đến|tới) (?:năm )?" + TO, Reckoners::years, YEARS_STATED),
      DateRule.of("years-range", STATED, "(?<![\\d/-])" + FROM + DASH + TO,
          Reckoners::years, YEARS_STATED),
      DateRule.of("by-year", STATED, "by (?:the end of )?" + YEAR_NUMBER,
          Reckoners::upToYear, UP_TO),
      DateRule.of("vi-by-year", STATED, "(?:đến|tới) (?:hết |cuối )?năm " + YEAR_NUMBER,
          Reckoners::upToYear, UP_TO),
      DateRule.of("since-year", STATED, "since " + YEAR_NUMBER, Reckoners::sinceYear, SINCE),
      DateRule.of("vi-since-year", STATED, "từ năm " + YEAR_NUMBER, Reckoners::sinceYear, SINCE),
      // Years counted from the article's year.
      DateRule.of("past-years", YEAR,
          "(?:(?:over|in|during|for|throughout) )?the (?:past|last) (?:" + HEDGE + " )?" + COUNT
              + " years\\b",
          Reckoners::pastYears, COUNTED_BACK),
      DateRule.of("vi-past-years", YEAR,
          "(?:trong )?(?:" + VI_HEDGE + " )?" + VI_COUNT + " năm (?:vừa qua|qua|trở lại đây)\\b",
          Reckoners::pastYears, COUNTED_BACK),
      DateRule.of("years-ago", YEAR, "(?:" + HEDGE + " )?" + COUNT + " years ago\\b",
          Reckoners::yearsAgo, COUNTED_BACK),
      DateRule.of("vi-years-ago", YEAR, "cách đây (?:" + VI_HEDGE + " )?" + VI_COUNT + " năm\\b",
          Reckoners::yearsAgo, COUNTED_BACK),
      DateRule.of("vi-years-before", YEAR, "(?:" + VI_HEDGE + " )?" + VI_COUNT + " năm (?:về )?trước\\b",
          Reckoners::yearsAgo, COUNTED_BACK),
      DateRule.of("next-year", YEAR, "next year\\b", Reckoners::nextYear, COUNTED),
      DateRule.of("vi-next-year", YEAR, "(?:năm tới|sang năm)\\b", Reckoners::nextYear, COUNTED),
      DateRule.of("last-year", YEAR, "last year\\b", Reckoners::lastYear, COUNTED),
      DateRule.of("vi-last-year", YEAR, "năm (?:ngoái|trước)\\b", Reckoners::lastYear, COUNTED),
      DateRule.of("this-year", YEAR, "this year\\b", Reckoners::thisYear, IS_YEAR),
      DateRule.of("vi-this-year", YEAR, "năm nay\\b", Reckoners::thisYear, IS_YEAR),
      // Months counted from the article's month.
      DateRule.of("next-month", MONTH, "next month\\b", Reckoners::nextMonth, COUNTED_MONTH),
      DateRule.of("vi-next-month", MONTH, "tháng (?:tới|sau)\\b", Reckoners::nextMonth,
          COUNTED_MONTH),
      DateRule.of("last-month", MONTH, "last month\\b", Reckoners::lastMonth, COUNTED_MONTH),
      DateRule.of("vi-last-month", MONTH, "tháng (?:trước|vừa qua)\\b", Reckoners::lastMonth,
          COUNTED_MONTH),
      DateRule.of("this-month", MONTH, "this month\\b", Reckoners::thisMonth, IS_MONTH),
      DateRule.of("vi-this-month", MONTH, "tháng này\\b", Reckoners::thisMonth, IS_MONTH),
      // Days counted from the article's day.
      DateRule.of("yesterday", DAY, "yesterday\\b", Reckoners::yesterday, COUNTED),
      DateRule.of("vi-yesterday", DAY, "hôm qua\\b", Reckoners::yesterday, COUNTED),
      DateRule.of("tomorrow", DAY, "tomorrow\\b", Reckoners::tomorrow, COUNTED),
      DateRule.of("vi-tomorrow", DAY, "ngày mai\\b", Reckoners::tomorrow, COUNTED),
      DateRule.of("next-weekday", DAY, "next " + WEEKDAY, Reckoners::nextWeekday,
          "'{phrase}', the first such weekday after {article}; hence {date}{hedge}."),
      DateRule.of("last-weekday", DAY, "last " + WEEKDAY, Reckoners::lastWeekday,
          "'{phrase}', the latest such weekday before {article}; hence {date}{hedge}."),
      DateRule.of("weekday", DAY, "(?:on |this )?" + WEEKDAY, Reckoners::weekday,
          "'{phrase}', taken as the latest such weekday up to {article}; the tense is not read,"
              + " and it may be the coming one; hence {date}{hedge}."),
      // Years stated.
      DateRule.of("in-year", STATED, "(?:in|during) " + YEAR_NUMBER, Reckoners::year, YEAR_STATED),
      DateRule.of("vi-year", STATED, "năm " + YEAR_NUMBER, Reckoners::year, YEAR_STATED),
      // Not dates: reported so that a reviewer sees them, never resolved.
      DateRule.of("vague-future", NONE,
          "in the (?:coming time|near future|future|coming (?:years|months|period)|years ahead)\\b",
          null, NO_DATE),
      DateRule.of("vi-vague-future", NONE,
          "(?:trong )?(?:thời gian (?:sắp tới|tới)|tương lai(?: gần)?)\\b", null, NO_DATE),
      DateRule.of("vague-past", NONE, "in recent (?:years|months|times)\\b", null, NO_DATE),
      DateRule.of("vi-vague-past", NONE, "(?:trong )?(?:những|các) năm (?:gần đây|qua)\\b",
          null, NO_DATE),
      // A year on its own, last: "2025 marks the 30th anniversary", "the Games 2030".
      DateRule.of("year-alone", STATED,
          "(?<![\\d.,/:-])(?<year>(?:19|20)\\d{2})(?![\\d/:-]|[.,]\\d)",
          Reckoners::year, "'{phrase}': a year stated on its own; hence {date}."));

  private DateRules() {}
}
