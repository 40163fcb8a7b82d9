/**
 * Renders a {@link dev.readout.reports.doc.Document} as a Word file with Apache POI: Word's own
 * styles, a table of contents field that already lists its entries, real footnotes, repeated table
 * header rows, and the same bytes for the same document. Start reading at {@link
 * dev.readout.reports.docx.DocxRenderer}, whose javadoc shows how each block is written; the
 * package-private classes hold the per-call state and content writer ({@code DocxContext}, with
 * {@code TableWriter} and {@code RunWriter}), the package skeleton around the content ({@code
 * DocxPackage}), the style templates and the zip rewriting. A Word template's styles, theme, page
 * set-up, header and footer are read once into {@code DocxTemplate}, which maps Readout's styles
 * onto the template's by name.
 */
package dev.readout.reports.docx;
