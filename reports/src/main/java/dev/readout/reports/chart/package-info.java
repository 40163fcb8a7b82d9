/**
 * Draws the document model's {@linkplain dev.readout.reports.doc.Chart charts} with JFreeChart on
 * any {@link java.awt.Graphics2D}: OpenPDF's vector graphics for PDF, Apache Batik's SVG generator for SVG (Markdown,
 * HTML), an image for Word's pictures. One drawing, one look: fonts from the Liberation files the
 * PDF embeds, a palette that stays apart in greyscale and for colour-blind readers, and a second cue
 * beside every colour (a marker shape, a hatch, a label). Not exported: the renderers' shared
 * machinery.
 */
package dev.readout.reports.chart;
