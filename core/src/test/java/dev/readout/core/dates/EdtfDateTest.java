package dev.readout.core.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EdtfDateTest {
  private static final String EXPECTED =
      "expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?, ~ or %, or two of these"
          + " joined by / (.. for an open end)";

  // --- parsing and printing -------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2022", "2022-11", "2022-11-22", "2022-11?", "2024-09~", "2022%", "2022-11-22?",
        "0000", "9999-12-31", "2024-02-29~",
        "2022/2024", "2022-05/2022-11?", "2022?/2024~", "2022-11-22%/2022-12",
        "2025/..", "../2024", "2025/", "/2024", "2025-03~/..", "../2024-09-30?", "2025%/", "/2024?"
      })
  void printsCanonicalTextBackUnchanged(String text) {
    assertThat(EdtfDate.parse(text)).hasToString(text);
  }

  @Test
  void parsesAYear() {
    PartialDate date = (PartialDate) EdtfDate.parse("2022");

    assertThat(date.year()).isEqualTo(2022);
    assertThat(date.month()).isEmpty();
    assertThat(date.day()).isEmpty();
    assertThat(date.precision()).isEqualTo(Precision.YEAR);
    assertThat(date.qualifier()).isEqualTo(Qualifier.NONE);
    assertThat(date.isInterval()).isFalse();
    assertThat(date).isEqualTo(PartialDate.ofYear(2022));
  }

  @Test
  void parsesAMonth() {
    PartialDate date = PartialDate.parse("2022-11?");

    assertThat(date.year()).isEqualTo(2022);
    assertThat(date.month()).isEqualTo(OptionalInt.of(11));
    assertThat(date.day()).isEmpty();
    assertThat(date.precision()).isEqualTo(Precision.MONTH);
    assertThat(date.qualifier()).isEqualTo(Qualifier.UNCERTAIN);
    assertThat(date).isEqualTo(PartialDate.ofMonth(2022, 11).uncertain());
  }

  @Test
  void parsesADay() {
    PartialDate date = PartialDate.parse("2022-11-22");

    assertThat(date.year()).isEqualTo(2022);
    assertThat(date.month()).isEqualTo(OptionalInt.of(11));
    assertThat(date.day()).isEqualTo(OptionalInt.of(22));
    assertThat(date.precision()).isEqualTo(Precision.DAY);
    assertThat(date).isEqualTo(PartialDate.of(LocalDate.of(2022, 11, 22)));
  }

  @ParameterizedTest
  @CsvSource({
    "2022, NONE, false, false",
    "2022-11?, UNCERTAIN, true, false",
    "2024-09~, APPROXIMATE, false, true",
    "2022%, UNCERTAIN_AND_APPROXIMATE, true, true"
  })
  void readsTheQualifierAtTheEnd(
      String text, Qualifier qualifier, boolean uncertain, boolean approximate) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.qualifier()).isEqualTo(qualifier);
    assertThat(date.isUncertain()).isEqualTo(uncertain);
    assertThat(date.isApproximate()).isEqualTo(approximate);
    assertThat(qualifier.isUncertain()).isEqualTo(uncertain);
    assertThat(qualifier.isApproximate()).isEqualTo(approximate);
  }

  @Test
  void qualifiersHaveTheirSymbols() {
    assertThat(Qualifier.NONE.symbol()).isEmpty();
    assertThat(Qualifier.UNCERTAIN.symbol()).isEqualTo("?");
    assertThat(Qualifier.APPROXIMATE.symbol()).isEqualTo("~");
    assertThat(Qualifier.UNCERTAIN_AND_APPROXIMATE.symbol()).isEqualTo("%");
  }

  @Test
  void parsesAClosedIntervalWhoseEndsCarryTheirOwnQualifiers() {
    DateInterval interval = (DateInterval) EdtfDate.parse("2022-05/2022-11?");

    assertThat(interval.isInterval()).isTrue();
    assertThat(interval.startBound()).isEqualTo(Bound.DATE);
    assertThat(interval.endBound()).isEqualTo(Bound.DATE);
    assertThat(interval.start()).contains(PartialDate.ofMonth(2022, 5));
    assertThat(interval.end()).contains(PartialDate.ofMonth(2022, 11).uncertain());
    assertThat(interval.isUncertain()).isTrue();
    assertThat(interval.isApproximate()).isFalse();
    assertThat(interval)
        .isEqualTo(DateInterval.of(PartialDate.ofMonth(2022, 5), PartialDate.parse("2022-11?")));
  }

  @Test
  void anIntervalIsApproximateWhenEitherEndIs() {
    assertThat(EdtfDate.parse("2022~/2024").isApproximate()).isTrue();
    assertThat(EdtfDate.parse("2022~/2024").isUncertain()).isFalse();
    assertThat(EdtfDate.parse("2022/2024%").isUncertain()).isTrue();
    assertThat(EdtfDate.parse("../2024~").isApproximate()).isTrue();
    assertThat(EdtfDate.parse("2022/2024").isUncertain()).isFalse();
    assertThat(EdtfDate.parse("2022/2024").isApproximate()).isFalse();
  }

  @Test
  void parsesOpenAndUnknownEnds() {
    PartialDate y2025 = PartialDate.ofYear(2025);
    PartialDate y2024 = PartialDate.ofYear(2024);

    assertThat(EdtfDate.parse("2025/..")).isEqualTo(DateInterval.from(y2025));
    assertThat(EdtfDate.parse("../2024")).isEqualTo(DateInterval.until(y2024));
    assertThat(EdtfDate.parse("2025/"))
        .isEqualTo(
            DateInterval.of(Bound.DATE, Optional.of(y2025), Bound.UNKNOWN, Optional.empty()));
    assertThat(EdtfDate.parse("/2024"))
        .isEqualTo(
            DateInterval.of(Bound.UNKNOWN, Optional.empty(), Bound.DATE, Optional.of(y2024)));

    DateInterval open = DateInterval.from(y2025);
    assertThat(open.startBound()).isEqualTo(Bound.DATE);
    assertThat(open.endBound()).isEqualTo(Bound.OPEN);
    assertThat(open.end()).isEmpty();
    DateInterval unknown = (DateInterval) EdtfDate.parse("/2024");
    assertThat(unknown.startBound()).isEqualTo(Bound.UNKNOWN);
    assertThat(unknown.start()).isEmpty();
    assertThat(unknown.end()).contains(y2024);
  }

  @Test
  void openAndUnknownEndsAreDifferentValues() {
    assertThat(EdtfDate.parse("2025/..")).isNotEqualTo(EdtfDate.parse("2025/"));
    assertThat(EdtfDate.parse("2025/..").compareTo(EdtfDate.parse("2025/"))).isNotZero();
  }

  // --- earliest and latest --------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "2022,             2022-01-01, 2022-12-31",
    "2022?,            2022-01-01, 2022-12-31",
    "2022-11,          2022-11-01, 2022-11-30",
    "2022-12~,         2022-12-01, 2022-12-31",
    "2024-02,          2024-02-01, 2024-02-29",
    "2023-02,          2023-02-01, 2023-02-28",
    "2000-02,          2000-02-01, 2000-02-29",
    "1900-02,          1900-02-01, 1900-02-28",
    "2022-11-22,       2022-11-22, 2022-11-22",
    "2024-02-29%,      2024-02-29, 2024-02-29",
    "0000,             0000-01-01, 0000-12-31",
    "9999-12,          9999-12-01, 9999-12-31",
    "2022/2024,        2022-01-01, 2024-12-31",
    "2022-05/2022-11?, 2022-05-01, 2022-11-30",
    "2022/2022-06,     2022-01-01, 2022-06-30",
    "2022-06/2022,     2022-06-01, 2022-12-31",
    "2023-02-10/2024-02, 2023-02-10, 2024-02-29"
  })
  void spansEveryDayItMayBeWithoutFillingInDefaults(
      String text, LocalDate earliest, LocalDate latest) {
    EdtfDate date = EdtfDate.parse(text);

    assertThat(date.earliest()).isEqualTo(earliest);
    assertThat(date.latest()).isEqualTo(latest);
  }

  @Test
  void openAndUnknownEndsStretchToTheEndsOfTime() {
    assertThat(EdtfDate.parse("2025/..").earliest()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(EdtfDate.parse("2025/..").latest()).isEqualTo(LocalDate.MAX);
    assertThat(EdtfDate.parse("2025-03/").earliest()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(EdtfDate.parse("2025-03/").latest()).isEqualTo(LocalDate.MAX);
    assertThat(EdtfDate.parse("../2024").earliest()).isEqualTo(LocalDate.MIN);
    assertThat(EdtfDate.parse("../2024").latest()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(EdtfDate.parse("/2024-02").earliest()).isEqualTo(LocalDate.MIN);
    assertThat(EdtfDate.parse("/2024-02").latest()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  // --- relations ------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "2022,       2023-01,    true,  false, false",
    "2022,       2022-12,    false, false, true",
    "2022-11,    2022-11-30, false, false, true",
    "2022-11,    2022-12-01, true,  false, false",
    "2022-11-22, 2022-11-21, false, true,  false",
    "2022/2024,  2024-12,    false, false, true",
    "2022/2024,  2025?,      true,  false, false",
    "../2024,    2025/..,    true,  false, false",
    "../2024,    2024-12-31, false, false, true",
    "2025/,      2030,       false, false, true",
    "2025/,      2024-12-31, false, true,  false",
    "/2024,      ../2020,    false, false, true"
  })
  void isBeforeOrAfterOnlyWhenCertain(
      String a, String b, boolean before, boolean after, boolean overlaps) {
    EdtfDate first = EdtfDate.parse(a);
    EdtfDate second = EdtfDate.parse(b);

    assertThat(first.isBefore(second)).isEqualTo(before);
    assertThat(first.isAfter(second)).isEqualTo(after);
    assertThat(first.overlaps(second)).isEqualTo(overlaps);
    assertThat(second.isAfter(first)).isEqualTo(before);
    assertThat(second.isBefore(first)).isEqualTo(after);
    assertThat(second.overlaps(first)).isEqualTo(overlaps);
  }

  @Test
  void containsEveryDayFromEarliestToLatest() {
    EdtfDate february = EdtfDate.parse("2024-02");
    assertThat(february.contains(LocalDate.of(2024, 2, 1))).isTrue();
    assertThat(february.contains(LocalDate.of(2024, 2, 29))).isTrue();
    assertThat(february.contains(LocalDate.of(2024, 1, 31))).isFalse();
    assertThat(february.contains(LocalDate.of(2024, 3, 1))).isFalse();

    EdtfDate day = EdtfDate.parse("2022-11-22~");
    assertThat(day.contains(LocalDate.of(2022, 11, 22))).isTrue();
    assertThat(day.contains(LocalDate.of(2022, 11, 23))).isFalse();

    EdtfDate fromThen = EdtfDate.parse("2025/..");
    assertThat(fromThen.contains(LocalDate.of(2025, 1, 1))).isTrue();
    assertThat(fromThen.contains(LocalDate.of(3000, 6, 1))).isTrue();
    assertThat(fromThen.contains(LocalDate.of(2024, 12, 31))).isFalse();

    EdtfDate untilThen = EdtfDate.parse("/2024");
    assertThat(untilThen.contains(LocalDate.of(1000, 1, 1))).isTrue();
    assertThat(untilThen.contains(LocalDate.of(2025, 1, 1))).isFalse();
  }

  @Test
  void sortsByEarliestThenLatestThenText() {
    List<EdtfDate> dates = new ArrayList<>();
    for (String text :
        List.of("2022-11-22", "2022/2023", "2022?", "2022-11", "../2024", "2022", "/2024")) {
      dates.add(EdtfDate.parse(text));
    }
    Collections.sort(dates);

    assertThat(dates)
        .map(EdtfDate::toString)
        .containsExactly(
            "../2024", "/2024", "2022", "2022?", "2022/2023", "2022-11", "2022-11-22");
  }

  @Test
  void comparesEqualOnlyWhenEqual() {
    assertThat(EdtfDate.parse("2022-11").compareTo(PartialDate.ofMonth(2022, 11))).isZero();
    assertThat(EdtfDate.parse("2022").compareTo(EdtfDate.parse("2022?"))).isNegative();
    assertThat(EdtfDate.parse("2022/2022").compareTo(EdtfDate.parse("2022"))).isPositive();
  }

  // --- factories ------------------------------------------------------------------------------

  @Test
  void qualifiesDates() {
    PartialDate year = PartialDate.ofYear(2022);

    assertThat(year.uncertain()).hasToString("2022?");
    assertThat(year.approximate()).hasToString("2022~");
    assertThat(year.uncertain().approximate()).hasToString("2022%");
    assertThat(year.approximate().uncertain()).hasToString("2022%");
    assertThat(year.uncertain().uncertain()).hasToString("2022?");
    assertThat(year.approximate().withQualifier(Qualifier.NONE)).isEqualTo(year);
    assertThat(year.withQualifier(Qualifier.UNCERTAIN_AND_APPROXIMATE)).hasToString("2022%");
    assertThat(year).hasToString("2022");
  }

  @Test
  void equalDatesHaveEqualHashCodes() {
    PartialDate day = PartialDate.ofDay(2022, 11, 22);
    assertThat(PartialDate.parse("2022-11-22~"))
        .isEqualTo(day.approximate())
        .hasSameHashCodeAs(day.approximate())
        .isNotEqualTo(day)
        .isNotEqualTo(PartialDate.ofMonth(2022, 11).approximate());

    DateInterval interval =
        DateInterval.of(PartialDate.ofYear(2022), PartialDate.ofYear(2024).approximate());
    assertThat(EdtfDate.parse("2022/2024~")).isEqualTo(interval).hasSameHashCodeAs(interval);
  }

  @Test
  void buildsEveryPrecisionWithPaddedDigits() {
    assertThat(PartialDate.ofYear(7)).hasToString("0007");
    assertThat(PartialDate.ofMonth(987, 3)).hasToString("0987-03");
    assertThat(PartialDate.ofDay(2024, 2, 29)).hasToString("2024-02-29");
    assertThat(PartialDate.of(LocalDate.of(9999, 12, 31))).hasToString("9999-12-31");
  }

  @Test
  void factoriesRejectValuesOutOfRange() {
    assertRejected(() -> PartialDate.ofYear(10000), "year must be 0000–9999, but was 10000");
    assertRejected(() -> PartialDate.ofYear(-1), "year must be 0000–9999, but was -1");
    assertRejected(() -> PartialDate.ofMonth(2022, 13), "month must be 01–12, but was 13");
    assertRejected(() -> PartialDate.ofMonth(2022, 0), "month must be 01–12, but was 0");
    assertRejected(
        () -> PartialDate.ofDay(2022, 2, 29), "day must be 01–28 for 2022-02, but was 29");
    assertRejected(
        () -> PartialDate.of(LocalDate.of(10000, 1, 1)), "year must be 0000–9999, but was 10000");
  }

  @Test
  void intervalFactoriesRejectInconsistentEnds() {
    Optional<PartialDate> y2022 = Optional.of(PartialDate.ofYear(2022));
    Optional<PartialDate> y2024 = Optional.of(PartialDate.ofYear(2024));
    Optional<PartialDate> none = Optional.empty();

    assertRejected(
        () -> DateInterval.of(y2024.get(), y2022.get().approximate()),
        "interval end 2022~ is before its start 2024");
    assertRejected(
        () -> DateInterval.of(Bound.OPEN, none, Bound.UNKNOWN, none),
        "at least one end of an interval must be a date");
    assertRejected(
        () -> DateInterval.of(Bound.OPEN, y2022, Bound.DATE, y2024),
        "interval start must be empty when its bound is OPEN, but was given");
    assertRejected(
        () -> DateInterval.of(Bound.DATE, y2022, Bound.DATE, none),
        "interval end must be given when its bound is DATE, but was empty");
  }

  @Test
  void anIntervalMayEndInsideItsStart() {
    assertThat(DateInterval.of(PartialDate.ofYear(2022), PartialDate.ofMonth(2022, 1)))
        .hasToString("2022/2022-01");
    assertThat(EdtfDate.parse("2022-05-20/2022-05")).hasToString("2022-05-20/2022-05");
    assertThat(EdtfDate.parse("2022/2022")).hasToString("2022/2022");
  }

  // --- errors ---------------------------------------------------------------------------------

  static Stream<Arguments> invalidTexts() {
    return Stream.of(
        reason("", EXPECTED),
        reason("May 2022", EXPECTED),
        reason("２０２２", EXPECTED),
        reason("2022-13-45", "month must be 01–12"),
        reason("2022-00", "month must be 01–12"),
        reason("2022-20", "month must be 01–12"),
        reason("2022-25", "month must be 01–12"),
        reason("2022-21", "seasons are not supported"),
        reason("2022-24", "seasons are not supported"),
        reason("2022-02-30", "day must be 01–28 for 2022-02"),
        reason("2024-02-30", "day must be 01–29 for 2024-02"),
        reason("2022-04-31", "day must be 01–30 for 2022-04"),
        reason("2022-01-32", "day must be 01–31 for 2022-01"),
        reason("2022-01-00", "day must be 01–31 for 2022-01"),
        reason("1900-02-29", "day must be 01–28 for 1900-02"),
        reason("2024/2022", "interval end 2022 is before its start 2024"),
        reason("2022-11-22/2022-11-21~", "interval end 2022-11-21~ is before its start 2022-11-22"),
        reason("2022-12?/2022-11", "interval end 2022-11 is before its start 2022-12?"),
        reason("Y170000", "years beyond four digits are not supported"),
        reason("Y17E7", "years beyond four digits are not supported"),
        reason("-0100", "negative years are not supported"),
        reason("2020/-0100", "negative years are not supported"),
        reason("20XX", "unspecified digits (X) are not supported"),
        reason("2022-1X", "unspecified digits (X) are not supported"),
        reason("2022-11-XX", "unspecified digits (X) are not supported"),
        reason("202", "year must have four digits, 0000–9999"),
        reason("20221", "year must have four digits, 0000–9999"),
        reason("2022-1", "month must have two digits, 01–12"),
        reason("2022-", "month must have two digits, 01–12"),
        reason("2022-011", "month must have two digits, 01–12"),
        reason("2022-11-2", "day must have two digits"),
        reason("2022-11-", "day must have two digits"),
        reason("2022-11-22T10:00", "times of day are not supported"),
        reason("2022abc", "unexpected \"abc\" after 2022"),
        reason("2022-11-22-01", "unexpected \"-01\" after 2022-11-22"),
        reason("2022?x", "unexpected \"x\" after 2022?"),
        reason("2022 /2024", "unexpected \" \" after 2022"),
        reason(" 2022", "white space around the date is not allowed"),
        reason("2022-11-22\n", "white space around the date is not allowed"),
        reason("2022?~", "a date takes one qualifier; use % for uncertain and approximate"),
        reason("?2022", "a qualifier (?, ~ or %) may only come at the end of a date"),
        reason("2022-?11", "a qualifier (?, ~ or %) may only come at the end of a date"),
        reason("2022?-11", "a qualifier (?, ~ or %) may only come at the end of a date"),
        reason("../..", "at least one end of an interval must be a date"),
        reason("/", "at least one end of an interval must be a date"),
        reason("../", "at least one end of an interval must be a date"),
        reason("..", "an open end (..) must be one end of an interval, as in 2025/.. or ../2024"),
        reason(".../2024", "an open end is written .."),
        reason("2022/2023/2024", "an interval has exactly one / between its two ends"),
        reason("[2022, 2023]", "sets of dates ([…] or {…}) are not supported"),
        reason("{2022..2023}", "sets of dates ([…] or {…}) are not supported"),
        reason("2022/2024-13", "month must be 01–12"));
  }

  @ParameterizedTest
  @MethodSource("invalidTexts")
  void rejectsTextThatIsNotADateOfTheSubsetSayingWhatWasExpected(String text, String reason) {
    assertParseMessage(
        () -> EdtfDate.parse(text), text, "\"" + text + "\" is not an EDTF date: " + reason);
  }

  @Test
  void givesTheExactMessagesOfTheBrief() {
    assertParseMessage(
        "2022-13-45", "\"2022-13-45\" is not an EDTF date: month must be 01\u201312");
    assertParseMessage(
        "2022-02-30", "\"2022-02-30\" is not an EDTF date: day must be 01\u201328 for 2022-02");
    assertParseMessage(
        "2024/2022",
        "\"2024/2022\" is not an EDTF date: interval end 2022 is before its start 2024");
    assertParseMessage(
        "",
        "\"\" is not an EDTF date: expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?,"
            + " ~ or %, or two of these joined by / (.. for an open end)");
    assertParseMessage(
        "Y170000", "\"Y170000\" is not an EDTF date: years beyond four digits are not supported");
    assertParseMessage("2022-21", "\"2022-21\" is not an EDTF date: seasons are not supported");
  }

  @Test
  void aSingleDateRejectsIntervalsAndSaysSo() {
    assertParseMessage(
        () -> PartialDate.parse("2022/2024"),
        "2022/2024",
        "\"2022/2024\" is not a single EDTF date: expected YYYY, YYYY-MM or YYYY-MM-DD, optionally"
            + " followed by ?, ~ or %");
    assertParseMessage(
        () -> PartialDate.parse("../2024"),
        "../2024",
        "\"../2024\" is not a single EDTF date: expected YYYY, YYYY-MM or YYYY-MM-DD, optionally"
            + " followed by ?, ~ or %");
    assertParseMessage(
        () -> PartialDate.parse(""),
        "",
        "\"\" is not an EDTF date: expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by"
            + " ?, ~ or %");
    assertParseMessage(
        () -> PartialDate.parse("2022-02-29"),
        "2022-02-29",
        "\"2022-02-29\" is not an EDTF date: day must be 01–28 for 2022-02");
  }

  @Test
  void rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> EdtfDate.parse(null));
    assertThatNullPointerException().isThrownBy(() -> PartialDate.parse(null));
  }

  private static Arguments reason(String text, String reason) {
    return Arguments.of(text, reason);
  }

  private static void assertRejected(ThrowingCallable factory, String message) {
    assertThatIllegalArgumentException()
        .isThrownBy(factory)
        .satisfies(e -> assertThat(e.getMessage()).isEqualTo(message));
  }

  private static void assertParseMessage(String text, String message) {
    assertParseMessage(() -> EdtfDate.parse(text), text, message);
  }

  private static void assertParseMessage(ThrowingCallable parse, String text, String message) {
    assertThatExceptionOfType(EdtfParseException.class)
        .isThrownBy(parse)
        .satisfies(
            e -> {
              assertThat(e.getMessage()).isEqualTo(message);
              assertThat(e.input()).isEqualTo(text);
            });
  }
}
