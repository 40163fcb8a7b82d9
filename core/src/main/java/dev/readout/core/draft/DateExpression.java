package dev.readout.core.draft;

import dev.readout.core.dates.EdtfDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date expression found in an article's text — "23 November 2022", "in May this year", "next
 * year", "ngày 23/11/2022", "in the coming time" — with the date it resolves to, if any, and a note
 * that says how it was worked out.
 *
 * @param start the offset of the phrase's first character in the text, from 0
 * @param end the offset just past its last character; {@code text.substring(start, end)} is
 *     {@link #phrase()}
 * @param phrase the phrase verbatim, as the text has it
 * @param date the resolved date, marked uncertain or approximate where it is; empty when the
 *     phrase names no date ("in the coming time") or lacks what it would be counted from ("on
 *     Monday" in an article dated to the month)
 * @param rule the name of the rule that recognised the phrase, such as {@code next-year}
 * @param note how the date was worked out, or why it was not, in English
 */
public record DateExpression(
    int start, int end, String phrase, Optional<EdtfDate> date, String rule, String note) {

  /**
   * Checks that the span fits the phrase and nothing is missing.
   *
   * @param start the offset of the phrase's first character in the text
   * @param end the offset just past its last character
   * @param phrase the phrase verbatim
   * @param date the resolved date, or empty
   * @param rule the name of the rule that recognised the phrase
   * @param note how the date was worked out, or why it was not
   * @throws IllegalArgumentException if the span is negative, empty or not as long as the phrase
   * @throws NullPointerException if any component is null
   */
  public DateExpression {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(note, "note");
    if (start < 0 || end <= start || end - start != phrase.length()) {
      throw new IllegalArgumentException(DraftMessages.badSpan("date expression", start, end, phrase));
    }
  }

  /**
   * Tells whether the phrase was resolved to a date.
   *
   * @return true if {@link #date()} is present
   */
  public boolean isResolved() {
    return date.isPresent();
  }

  /**
   * Tells whether the resolved date is uncertain: counted from an uncertain publication date, or
   * a guess the note explains. An unresolved phrase is not uncertain, it has no date.
   *
   * @return true if the date is present and marked {@code ?} or {@code %} anywhere
   */
  public boolean isUncertain() {
    return date.map(EdtfDate::isUncertain).orElse(false);
  }
}
