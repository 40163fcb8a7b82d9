package dev.readout.reports.doc;

import java.util.List;

/**
 * Emphasised text (usually italic).
 *
 * @param children what is emphasised; at least one inline
 */
public record Emphasis(List<Inline> children) implements Inline {

  /**
   * Creates emphasised text.
   *
   * @param children what is emphasised; at least one inline, no nulls
   */
  public Emphasis {
    children = Checks.nonEmptyList(children, "emphasis content");
  }

  /**
   * Returns emphasised plain text.
   *
   * @param text the characters
   * @return the inline
   */
  public static Emphasis of(String text) {
    return new Emphasis(List.of(new Text(text)));
  }

  /**
   * Returns the emphasised inlines.
   *
   * @param children what is emphasised; at least one
   * @return the inline
   */
  public static Emphasis of(Inline... children) {
    return new Emphasis(Checks.array(children));
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
