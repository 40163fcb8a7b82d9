package dev.readout.reports.doc;

import java.util.List;
import java.util.Optional;

/**
 * A bulleted or numbered list. Numbered lists count 1, 2, 3…; each item may hold a nested list,
 * which may itself be bulleted or numbered, to any depth.
 *
 * @param ordered true for a numbered list, false for a bulleted one
 * @param items the items, at least one
 */
public record ListBlock(boolean ordered, List<Item> items) implements Block {

  /**
   * Creates a list.
   *
   * @param ordered true for a numbered list, false for a bulleted one
   * @param items the items; at least one, no nulls
   */
  public ListBlock {
    items = Checks.nonEmptyList(items, "list items");
  }

  /**
   * Returns a bulleted list.
   *
   * @param items the items; at least one
   * @return the list
   */
  public static ListBlock bulleted(Item... items) {
    return new ListBlock(false, Checks.array(items));
  }

  /**
   * Returns a numbered list.
   *
   * @param items the items; at least one
   * @return the list
   */
  public static ListBlock ordered(Item... items) {
    return new ListBlock(true, Checks.array(items));
  }

  /**
   * Returns a bulleted list of plain-text items.
   *
   * @param items the items' texts; at least one
   * @return the list
   */
  public static ListBlock bulleted(String... items) {
    return new ListBlock(false, items(items));
  }

  /**
   * Returns a numbered list of plain-text items.
   *
   * @param items the items' texts; at least one
   * @return the list
   */
  public static ListBlock ordered(String... items) {
    return new ListBlock(true, items(items));
  }

  private static List<Item> items(String[] texts) {
    return Checks.list(Checks.array(texts), "list items").stream().map(Item::of).toList();
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * One item of a list: its text, and optionally a nested list below it.
   *
   * @param content the item's text; may be empty
   * @param nested a list nested under the item, if any
   */
  public record Item(List<Inline> content, Optional<ListBlock> nested) {

    /**
     * Creates an item.
     *
     * @param content the item's text; no nulls
     * @param nested a nested list, or empty
     */
    public Item {
      content = Checks.list(content, "list item content");
      Checks.notNull(nested, "nested list");
    }

    /**
     * Returns an item of plain text with no nested list.
     *
     * @param text the item's text
     * @return the item
     */
    public static Item of(String text) {
      return new Item(List.of(new Text(text)), Optional.empty());
    }

    /**
     * Returns an item of the given inlines with no nested list.
     *
     * @param content the item's text
     * @return the item
     */
    public static Item of(Inline... content) {
      return new Item(Checks.array(content), Optional.empty());
    }

    /**
     * Returns an item of plain text with a nested list.
     *
     * @param text the item's text
     * @param nested the list nested under it
     * @return the item
     */
    public static Item of(String text, ListBlock nested) {
      return new Item(List.of(new Text(text)), Optional.of(Checks.notNull(nested, "nested list")));
    }
  }
}
