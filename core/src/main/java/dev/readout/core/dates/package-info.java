/**
 * Partial dates as sources state them: a year, a month or a day, possibly uncertain or
 * approximate, alone or as an interval with open or unknown ends — the level-1 subset of EDTF
 * (ISO 8601-2). Start reading at {@link dev.readout.core.dates.EdtfDate}, whose {@code parse}
 * accepts every supported form; {@link dev.readout.core.dates.PartialDate} and
 * {@link dev.readout.core.dates.DateInterval} are its two kinds. No missing month or day is ever
 * filled with a default: dates are compared by their earliest and latest possible day.
 */
package dev.readout.core.dates;
