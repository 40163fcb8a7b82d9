/**
 * The briefings staff read, composed from a {@code Dataset} as format-neutral documents: country
 * brief, engagement readout, commitment tracker and briefing book, in every language that has a
 * label bundle. Composers are pure functions of (dataset, options); start with
 * {@link dev.readout.reports.briefing.Briefings}.
 */
package dev.readout.reports.briefing;
