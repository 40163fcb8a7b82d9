package dev.readout.reports.doc;

/**
 * The next block starts on a new page. Formats without pages show a separator instead (a thematic
 * break in Markdown). All page breaks are equal.
 */
public record PageBreak() implements Block {

  /**
   * Returns a page break.
   *
   * @return a page break
   */
  public static PageBreak of() {
    return new PageBreak();
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
