package dev.readout.testkit;

import dev.readout.core.dates.Bound;
import dev.readout.core.dates.DateInterval;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;
import dev.readout.core.dates.Qualifier;

import java.time.YearMonth;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for every form of the EDTF subset that {@link EdtfDate#parse(String)} accepts: years
 * ({@code 2022}), months ({@code 2022-11}) and days ({@code 2022-11-22}, leap days included), each
 * plain or marked {@code ?}, {@code ~} or {@code %}; and intervals with two dated ends
 * ({@code 2022/2024}), an open end ({@code 2025/..}, {@code ../2024}) or an unknown end
 * ({@code 2025/}, {@code /2024}). Every generated value is what parsing its text gives back.
 *
 * <p>Most years are drawn from a narrow recent range (2018–2026) so that generated dates often
 * share a year and overlap; the rest cover 0000–9999, edges included.
 */
public final class EdtfArbitraries {
  private EdtfArbitraries() {}

  /** {@return every form of the subset: single dates and intervals of every kind, as {@link EdtfDate#parse(String)} returns them} */
  public static Arbitrary<EdtfDate> edtfDates() {
    return Arbitraries.oneOf(partialDates(), dateIntervals());
  }

  /** {@return single dates of year, month and day precision, each with any qualifier} */
  public static Arbitrary<PartialDate> partialDates() {
    Arbitrary<PartialDate> unqualified =
        Arbitraries.frequencyOf(
            Tuple.of(2, years().map(PartialDate::ofYear)),
            Tuple.of(3, months()),
            Tuple.of(4, days()),
            Tuple.of(1, leapDays()));
    return Combinators.combine(unqualified, qualifiers()).as(PartialDate::withQualifier);
  }

  /**
   * {@return intervals whose end is never before their start: both ends dated, or one end dated
   * and the other open or unknown}
   */
  public static Arbitrary<DateInterval> dateIntervals() {
    Arbitrary<DateInterval> closed =
        Combinators.combine(partialDates(), partialDates())
            .as((a, b) -> b.isBefore(a) ? DateInterval.of(b, a) : DateInterval.of(a, b));
    Arbitrary<Bound> openOrUnknown = Arbitraries.of(Bound.OPEN, Bound.UNKNOWN);
    Arbitrary<DateInterval> halfKnown =
        Combinators.combine(partialDates(), openOrUnknown, Arbitraries.of(true, false))
            .as(
                (date, other, dateFirst) ->
                    dateFirst
                        ? DateInterval.of(Bound.DATE, Optional.of(date), other, Optional.empty())
                        : DateInterval.of(other, Optional.empty(), Bound.DATE, Optional.of(date)));
    return Arbitraries.oneOf(closed, halfKnown);
  }

  /** {@return the four qualifiers, {@link Qualifier#NONE} most often} */
  public static Arbitrary<Qualifier> qualifiers() {
    return Arbitraries.frequency(
        Tuple.of(4, Qualifier.NONE),
        Tuple.of(1, Qualifier.UNCERTAIN),
        Tuple.of(1, Qualifier.APPROXIMATE),
        Tuple.of(1, Qualifier.UNCERTAIN_AND_APPROXIMATE));
  }

  /** {@return the canonical EDTF text of every form of the subset, as a parser under test would read it} */
  public static Arbitrary<String> edtfTexts() {
    return edtfDates().map(EdtfDate::toString);
  }

  private static Arbitrary<Integer> years() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(2018, 2026)),
        Tuple.of(1, Arbitraries.integers().between(0, 9999)));
  }

  private static Arbitrary<PartialDate> months() {
    return Combinators.combine(years(), Arbitraries.integers().between(1, 12))
        .as(PartialDate::ofMonth);
  }

  private static Arbitrary<PartialDate> days() {
    return Combinators.combine(years(), Arbitraries.integers().between(1, 12))
        .flatAs(
            (year, month) ->
                Arbitraries.integers()
                    .between(1, YearMonth.of(year, month).lengthOfMonth())
                    .map(day -> PartialDate.ofDay(year, month, day)));
  }

  private static Arbitrary<PartialDate> leapDays() {
    return Arbitraries.integers()
        .between(0, 2499)
        .map(quarter -> quarter * 4)
        .filter(year -> YearMonth.of(year, 2).isLeapYear())
        .map(year -> PartialDate.ofDay(year, 2, 29));
  }
}
