/**
 * Renders a {@link dev.readout.reports.doc.Document} as PDF with OpenPDF: embedded Liberation
 * fonts and, for the characters they lack, fallback and system fonts, PDF/A-1b, bookmarks, a
 * clickable table of contents with page numbers, running header and footer, endnotes, and
 * byte-identical output for the same input. Start reading at {@link
 * dev.readout.reports.pdf.PdfRenderer}; the package-private {@code PdfContext} lays out a render in one pass,
 * block by block, into a {@code FlowDocument} (OpenPDF's document with its content in reading
 * order), with {@code Typesetter} for text, {@code TablePieces} for tables and {@code PageFurniture}
 * for the running header and footer. {@code Fonts} holds a render's fonts, found through the
 * {@code FontChain} (fallback fonts, then {@code SystemFonts}, read by {@code FontFileReader});
 * {@code Shaping} and {@code ShapingContent} write the scripts that need glyph layout, {@code
 * ComplexText} decides which text is laid out in cells. {@code FileIdentity} and {@code SubsetTag}
 * make the file the same on every render; {@code SubsetTag} is the one place that depends on how
 * OpenPDF works inside. A {@link dev.readout.reports.pdf.PdfTheme} changes the fonts, colours,
 * margins and logo; {@code ThemeFile} reads one from YAML.
 */
package dev.readout.reports.pdf;
