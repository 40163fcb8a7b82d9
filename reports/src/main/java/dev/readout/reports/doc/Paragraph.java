package dev.readout.reports.doc;

import java.util.List;

/**
 * A paragraph of running text.
 *
 * @param content the text; may be empty (renderers then write nothing)
 */
public record Paragraph(List<Inline> content) implements Block {

  /**
   * Creates a paragraph.
   *
   * @param content the text; no nulls
   */
  public Paragraph {
    content = Checks.list(content, "paragraph content");
  }

  /**
   * Returns a paragraph of plain text.
   *
   * @param text the text
   * @return the paragraph
   */
  public static Paragraph of(String text) {
    return new Paragraph(List.of(new Text(text)));
  }

  /**
   * Returns a paragraph of the given inlines.
   *
   * @param content the text
   * @return the paragraph
   */
  public static Paragraph of(Inline... content) {
    return new Paragraph(Checks.array(content));
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
