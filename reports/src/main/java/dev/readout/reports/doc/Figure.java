package dev.readout.reports.doc;

/**
 * A figure: a chart described as data, its caption and a text alternative for readers who cannot
 * see it.
 *
 * <p>The caption is shown below the figure and is part of {@link PlainText}; the description is
 * what a screen reader says in place of the picture (HTML's {@code alt}, Word's alternative text,
 * Markdown's image text), so it states what the chart shows in words, not how it looks.
 *
 * @param chart what the figure draws
 * @param caption the caption shown with it; not blank
 * @param description the text alternative; not blank
 */
public record Figure(Chart chart, String caption, String description) implements Block {

  /**
   * Creates a figure.
   *
   * @param chart what the figure draws
   * @param caption the caption; not blank
   * @param description the text alternative; not blank
   * @throws DocumentException if a rule is broken
   */
  public Figure {
    Checks.notNull(chart, "figure chart");
    Checks.notBlank(caption, "figure caption");
    Checks.notBlank(description, "figure description");
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
