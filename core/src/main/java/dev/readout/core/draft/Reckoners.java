package dev.readout.core.draft;

import dev.readout.core.dates.Bound;
import dev.readout.core.dates.DateInterval;
import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The ways {@link DateRules} work a date out, one static method each, named for what they
 * return. Publication dates reach them with the part their rule counts from present.
 */
final class Reckoners {
  private Reckoners() {}

  // --- stated ---------------------------------------------------------------------------------

  static EdtfDate day(Phrase p, PartialDate published) {
    return PartialDate.ofDay(p.year(), p.month(), p.day());
  }

  static EdtfDate month(Phrase p, PartialDate published) {
    return PartialDate.ofMonth(p.year(), p.month());
  }

  static EdtfDate year(Phrase p, PartialDate published) {
    return PartialDate.ofYear(p.year());
  }

  static EdtfDate years(Phrase p, PartialDate published) {
    return DateInterval.of(PartialDate.ofYear(p.from()), PartialDate.ofYear(p.to()));
  }

  /** "by 2030": up to the year, from an unknown start, as the seed encodes it ({@code /2030}). */
  static EdtfDate upToYear(Phrase p, PartialDate published) {
    return DateInterval.of(
        Bound.UNKNOWN, Optional.empty(), Bound.DATE, Optional.of(PartialDate.ofYear(p.year())));
  }

  /** "since 2011": from the year on ({@code 2011/..}). */
  static EdtfDate sinceYear(Phrase p, PartialDate published) {
    return DateInterval.from(PartialDate.ofYear(p.year()));
  }

  // --- counted from the publication year ------------------------------------------------------

  static EdtfDate thisYear(Phrase p, PartialDate published) {
    return PartialDate.ofYear(published.year());
  }

  static EdtfDate nextYear(Phrase p, PartialDate published) {
    return PartialDate.ofYear(published.year() + 1);
  }

  static EdtfDate lastYear(Phrase p, PartialDate published) {
    return PartialDate.ofYear(published.year() - 1);
  }

  static EdtfDate monthThisYear(Phrase p, PartialDate published) {
    return PartialDate.ofMonth(published.year(), p.month());
  }

  static EdtfDate dayThisYear(Phrase p, PartialDate published) {
    return PartialDate.ofDay(published.year(), p.month(), p.day());
  }

  /** "over the past 35 years": from 35 years before the publication year to it. */
  static EdtfDate pastYears(Phrase p, PartialDate published) {
    PartialDate start = PartialDate.ofYear(published.year() - p.count());
    return DateInterval.of(
        p.hedged() ? start.approximate() : start, PartialDate.ofYear(published.year()));
  }

  static EdtfDate yearsAgo(Phrase p, PartialDate published) {
    PartialDate year = PartialDate.ofYear(published.year() - p.count());
    return p.hedged() ? year.approximate() : year;
  }

  // --- counted from the publication month -----------------------------------------------------

  static EdtfDate thisMonth(Phrase p, PartialDate published) {
    return ofMonth(publishedMonth(published));
  }

  static EdtfDate nextMonth(Phrase p, PartialDate published) {
    return ofMonth(publishedMonth(published).plusMonths(1));
  }

  static EdtfDate lastMonth(Phrase p, PartialDate published) {
    return ofMonth(publishedMonth(published).minusMonths(1));
  }

  /** "next June": the first June after the publication month. */
  static EdtfDate nextNamedMonth(Phrase p, PartialDate published) {
    int month = p.month();
    int year = published.year() + (month > published.month().orElseThrow() ? 0 : 1);
    return PartialDate.ofMonth(year, month);
  }

  /** "last June": the latest June before the publication month. */
  static EdtfDate lastNamedMonth(Phrase p, PartialDate published) {
    int month = p.month();
    int year = published.year() - (month < published.month().orElseThrow() ? 0 : 1);
    return PartialDate.ofMonth(year, month);
  }

  // --- counted from the publication day -------------------------------------------------------

  static EdtfDate yesterday(Phrase p, PartialDate published) {
    return PartialDate.of(published.earliest().minusDays(1));
  }

  static EdtfDate tomorrow(Phrase p, PartialDate published) {
    return PartialDate.of(published.earliest().plusDays(1));
  }

  static EdtfDate nextWeekday(Phrase p, PartialDate published) {
    return PartialDate.of(published.earliest().with(TemporalAdjusters.next(p.weekday())));
  }

  static EdtfDate lastWeekday(Phrase p, PartialDate published) {
    return PartialDate.of(published.earliest().with(TemporalAdjusters.previous(p.weekday())));
  }

  /**
   * "on Monday": the latest Monday up to the publication day, marked uncertain, since the tense
   * that would tell a past Monday from a coming one is not read.
   */
  static EdtfDate weekday(Phrase p, PartialDate published) {
    LocalDate day = published.earliest().with(TemporalAdjusters.previousOrSame(p.weekday()));
    return PartialDate.of(day).uncertain();
  }

  private static YearMonth publishedMonth(PartialDate published) {
    return YearMonth.of(published.year(), published.month().orElseThrow());
  }

  private static PartialDate ofMonth(YearMonth month) {
    return PartialDate.ofMonth(month.getYear(), month.getMonthValue());
  }
}
