package dev.readout.core.draft;

import dev.readout.core.dates.PartialDate;
import dev.readout.core.dates.Precision;

/** What a date rule counts from: nothing (the date is stated), or part of the publication date. */
enum Basis {
  /** The phrase states its date ("23 November 2022", "in 2011", "the 2022-2026 period"). */
  STATED(null),
  /** Counted from the publication year ("next year", "this December"). */
  YEAR(Precision.YEAR),
  /** Counted from the publication month ("next month", "last June"). */
  MONTH(Precision.MONTH),
  /** Counted from the publication day ("on Monday", "yesterday"). */
  DAY(Precision.DAY),
  /** The phrase names no date ("in the coming time"); nothing is resolved. */
  NONE(null);

  private final Precision needs;

  Basis(Precision needs) {
    this.needs = needs;
  }

  /** Tells whether the date is counted from the publication date. */
  boolean isRelative() {
    return needs != null;
  }

  /** The part of the publication date counted from, as a note names it: year, month or day. */
  String part() {
    return needs == null ? "" : needs.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Tells whether the publication date is known well enough to count from. */
  boolean isAvailable(PartialDate published) {
    return needs == null || published.precision().compareTo(needs) >= 0;
  }

  /** The publication date cut to the part counted from, unqualified: 2022, 2022-11, 2022-11-23. */
  PartialDate cut(PartialDate published) {
    switch (this) {
      case YEAR:
        return PartialDate.ofYear(published.year());
      case MONTH:
        return PartialDate.ofMonth(published.year(), published.month().orElseThrow());
      default:
        return published.withQualifier(dev.readout.core.dates.Qualifier.NONE);
    }
  }
}
