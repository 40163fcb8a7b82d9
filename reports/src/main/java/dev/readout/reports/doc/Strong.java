package dev.readout.reports.doc;

import java.util.List;

/**
 * Strongly emphasised text (usually bold).
 *
 * @param children what is strongly emphasised; at least one inline
 */
public record Strong(List<Inline> children) implements Inline {

  /**
   * Creates strongly emphasised text.
   *
   * @param children what is strongly emphasised; at least one inline, no nulls
   */
  public Strong {
    children = Checks.nonEmptyList(children, "strong content");
  }

  /**
   * Returns strongly emphasised plain text.
   *
   * @param text the characters
   * @return the inline
   */
  public static Strong of(String text) {
    return new Strong(List.of(new Text(text)));
  }

  /**
   * Returns the strongly emphasised inlines.
   *
   * @param children what is strongly emphasised; at least one
   * @return the inline
   */
  public static Strong of(Inline... children) {
    return new Strong(Checks.array(children));
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
