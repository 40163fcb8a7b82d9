package dev.readout.reports.doc;

/**
 * A piece of running text: plain {@link Text}, a {@link Quote}, {@link Emphasis}, {@link Strong}, a {@link Link} or
 * a {@link Footnote}. The set is closed, so an {@link InlineVisitor} handles every kind; a new kind
 * breaks every renderer at compile time instead of being skipped silently.
 */
public sealed interface Inline permits Text, Quote, Emphasis, Strong, Link, Footnote {

  /**
   * Calls the visitor's method for this kind of inline.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return what the visitor returned
   */
  <R> R accept(InlineVisitor<R> visitor);
}
