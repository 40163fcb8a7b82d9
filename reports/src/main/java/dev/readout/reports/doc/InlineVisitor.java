package dev.readout.reports.doc;

/**
 * One method per kind of {@link Inline}; see {@link Inline#accept(InlineVisitor)}.
 *
 * @param <R> what each visit returns ({@link Void} for a visitor that only writes output)
 */
public interface InlineVisitor<R> {

  /**
   * Visits plain text.
   *
   * @param text the inline
   * @return the visitor's result
   */
  R visit(Text text);

  /**
   * Visits a quotation.
   *
   * @param quote the inline
   * @return the visitor's result
   */
  R visit(Quote quote);

  /**
   * Visits emphasised text.
   *
   * @param emphasis the inline
   * @return the visitor's result
   */
  R visit(Emphasis emphasis);

  /**
   * Visits strongly emphasised text.
   *
   * @param strong the inline
   * @return the visitor's result
   */
  R visit(Strong strong);

  /**
   * Visits a link.
   *
   * @param link the inline
   * @return the visitor's result
   */
  R visit(Link link);

  /**
   * Visits a footnote.
   *
   * @param footnote the inline
   * @return the visitor's result
   */
  R visit(Footnote footnote);
}
