/**
 * The format-neutral document model, in the spirit of pandoc's AST: a {@link
 * dev.readout.reports.doc.Document} is {@link dev.readout.reports.doc.Metadata} plus a list of
 * {@link dev.readout.reports.doc.Block}s, whose text is made of {@link
 * dev.readout.reports.doc.Inline}s. Both are closed sets (sealed interfaces with visitors), so a
 * renderer that implements {@link dev.readout.reports.doc.BlockVisitor} and {@link
 * dev.readout.reports.doc.InlineVisitor} handles every kind there is.
 *
 * <p>Start reading at {@link dev.readout.reports.doc.Document} and {@link
 * dev.readout.reports.doc.Block}; renderers implement {@link
 * dev.readout.reports.doc.DocumentRenderer}, and {@link dev.readout.reports.doc.PlainText} gives
 * the reading-order text that every renderer's output must contain.
 */
package dev.readout.reports.doc;
