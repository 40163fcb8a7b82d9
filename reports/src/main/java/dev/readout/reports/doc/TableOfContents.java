package dev.readout.reports.doc;

import java.util.List;

/**
 * Marks where the renderer puts the table of contents: the title, then one entry for each {@link
 * Heading} of the document (before or after this block) whose level is at most {@code levels}, in
 * document order, each leading to its heading. An entry's text is the heading's text without
 * footnotes. Page numbers, where a format has them, are the renderer's business.
 *
 * @param title the title shown above the entries, not blank
 * @param levels the deepest heading level listed, 1 to 3
 */
public record TableOfContents(String title, int levels) implements Block {

  /**
   * Creates a table of contents.
   *
   * @param title the title shown above the entries, not blank
   * @param levels the deepest heading level listed, 1 to 3
   * @throws DocumentException if the title is blank or levels is out of range
   */
  public TableOfContents {
    Checks.notBlank(title, "table of contents title");
    Checks.level(levels, "table of contents levels");
  }

  /**
   * Creates a table of contents listing headings of every level.
   *
   * @param title the title shown above the entries, not blank
   */
  public TableOfContents(String title) {
    this(title, 3);
  }

  /**
   * Returns a table of contents listing headings of every level.
   *
   * @param title the title shown above the entries
   * @return the block
   */
  public static TableOfContents of(String title) {
    return new TableOfContents(title);
  }

  /**
   * Returns the headings this table of contents lists in the given document: every heading whose
   * level is at most {@link #levels()}, in document order.
   *
   * @param document the document this block belongs to
   * @return the headings to list
   */
  public List<Heading> entries(Document document) {
    return document.headings().stream().filter(h -> h.level() <= levels).toList();
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
