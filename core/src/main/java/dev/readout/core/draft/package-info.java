/**
 * The first steps from an article's text to a proposed dataset file (issue 22): the text split
 * into sentences with their offsets. Start at
 * {@link dev.readout.core.draft.Sentences#split(String, java.util.Locale)}.
 */
package dev.readout.core.draft;
