/**
 * Renders a {@link dev.readout.reports.doc.Document} as PDF with OpenPDF: embedded Liberation
 * fonts, PDF/A-1b, bookmarks, a clickable table of contents with page numbers, running header and
 * footer, endnotes, and byte-identical output for the same input. Start reading at {@link
 * dev.readout.reports.pdf.PdfRenderer}; the package-private {@code PdfContext} lays out one pass
 * and {@code Fonts} holds the fonts and their deterministic subset tags.
 */
package dev.readout.reports.pdf;
