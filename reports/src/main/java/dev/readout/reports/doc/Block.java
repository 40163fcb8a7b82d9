package dev.readout.reports.doc;

/**
 * A block of a {@link Document}: {@link Heading}, {@link Paragraph}, {@link ListBlock}, {@link
 * Table}, {@link KeyValueBlock}, {@link Note}, {@link Figure}, {@link PageBreak}, {@link TableOfContents} or {@link
 * Cover}. The set is closed, so a {@link BlockVisitor} handles every kind; a new kind breaks every
 * renderer at compile time instead of being skipped silently.
 */
public sealed interface Block
    permits Heading, Paragraph, ListBlock, Table, KeyValueBlock, Note, Figure, PageBreak, TableOfContents, Cover {

  /**
   * Calls the visitor's method for this kind of block.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return what the visitor returned
   */
  <R> R accept(BlockVisitor<R> visitor);
}
