/**
 * The first steps from an article's text to a proposed dataset file (issue 22): the text split
 * into sentences with their offsets, and the date expressions in it resolved against the article's
 * publication date, each with a note that says how. Start at
 * {@link dev.readout.core.draft.DateExpressions#find(String, dev.readout.core.dates.PartialDate)}
 * and {@link dev.readout.core.draft.Sentences#split(String, java.util.Locale)}; the wording each
 * date rule recognises is in one table, {@code DateRules}.
 */
package dev.readout.core.draft;
