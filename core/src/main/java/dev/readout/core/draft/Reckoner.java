package dev.readout.core.draft;

import dev.readout.core.dates.EdtfDate;
import dev.readout.core.dates.PartialDate;

/**
 * Works out the date of one matched phrase. A reckoner may mark what it guesses (approximate for
 * "nearly 35 years", uncertain for a weekday read without its tense); the qualifier of the
 * publication date is carried over by {@link DateExpressions}, not here.
 */
@FunctionalInterface
interface Reckoner {
  /**
   * Returns the date of the phrase.
   *
   * @param phrase the matched phrase and its groups
   * @param published the publication date, known at least as far as the rule's {@link Basis}
   * @return the date
   * @throws IllegalArgumentException if the numbers do not make a date (31 February, a year past
   *     9999, a range that ends before it starts)
   */
  EdtfDate reckon(Phrase phrase, PartialDate published);
}
