/**
 * Renders a {@link dev.readout.reports.doc.Document} as one self-contained HTML file — style sheet
 * inside, charts as inline SVG, no script — for reading in a browser, on an intranet or on a phone,
 * and for printing. Start reading at {@link dev.readout.reports.html.HtmlRenderer}, whose javadoc
 * shows how each block is written; the package-private classes hold the per-call state, the inline
 * writer and the escaping rules, and the style sheet is the resource {@code readout.css} beside them.
 */
package dev.readout.reports.html;
