package dev.readout.reports.doc;

/**
 * What a {@link Figure} draws, described as data: a {@link TimelineChart}, a {@link BarChart} or an
 * {@link AgeingChart}. Every label is text of the document's language, given by the composer; the
 * renderer chooses the drawing (shapes, patterns, colours), so the same chart looks the same in every
 * format and is told apart without colour: each series has its own marker shape or fill pattern,
 * and every bar carries its value as a label. The set is closed, so a renderer that draws charts
 * handles every kind.
 */
public sealed interface Chart permits TimelineChart, BarChart, AgeingChart {}
