package dev.readout.core.dates;

/** How much of a {@link PartialDate} is known: its year only, its year and month, or its day. */
public enum Precision {
  /** Only the year is known, as in {@code 2022}. */
  YEAR,
  /** The year and month are known, as in {@code 2022-11}. */
  MONTH,
  /** The day is known, as in {@code 2022-11-22}. */
  DAY
}
