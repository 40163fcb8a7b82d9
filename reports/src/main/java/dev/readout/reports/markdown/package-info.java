/**
 * Renders a {@link dev.readout.reports.doc.Document} as CommonMark with the GitHub Flavored
 * Markdown pipe tables and footnotes, for e-mail, wikis and review in git. Start reading at {@link
 * dev.readout.reports.markdown.MarkdownRenderer}, whose javadoc shows how each block is written;
 * the package-private classes hold the per-call state and the escaping rules.
 */
package dev.readout.reports.markdown;
