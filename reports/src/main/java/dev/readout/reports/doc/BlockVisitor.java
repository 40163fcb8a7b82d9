package dev.readout.reports.doc;

/**
 * One method per kind of {@link Block}; see {@link Block#accept(BlockVisitor)}.
 *
 * @param <R> what each visit returns ({@link Void} for a visitor that only writes output)
 */
public interface BlockVisitor<R> {

  /**
   * Visits a heading.
   *
   * @param heading the block
   * @return the visitor's result
   */
  R visit(Heading heading);

  /**
   * Visits a paragraph.
   *
   * @param paragraph the block
   * @return the visitor's result
   */
  R visit(Paragraph paragraph);

  /**
   * Visits a bulleted or numbered list.
   *
   * @param list the block
   * @return the visitor's result
   */
  R visit(ListBlock list);

  /**
   * Visits a table.
   *
   * @param table the block
   * @return the visitor's result
   */
  R visit(Table table);

  /**
   * Visits a key–value block.
   *
   * @param keyValues the block
   * @return the visitor's result
   */
  R visit(KeyValueBlock keyValues);

  /**
   * Visits a callout note.
   *
   * @param note the block
   * @return the visitor's result
   */
  R visit(Note note);

  /**
   * Visits a figure.
   *
   * @param figure the block
   * @return the visitor's result
   */
  R visit(Figure figure);

  /**
   * Visits a page break.
   *
   * @param pageBreak the block
   * @return the visitor's result
   */
  R visit(PageBreak pageBreak);

  /**
   * Visits the place of the table of contents.
   *
   * @param contents the block
   * @return the visitor's result
   */
  R visit(TableOfContents contents);

  /**
   * Visits the cover (title page).
   *
   * @param cover the block
   * @return the visitor's result
   */
  R visit(Cover cover);
}
