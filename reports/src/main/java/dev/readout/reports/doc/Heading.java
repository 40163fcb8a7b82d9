package dev.readout.reports.doc;

import java.util.List;

/**
 * A section heading of level 1, 2 or 3, with an anchor id that links and the table of contents use.
 *
 * <p>The anchor is 1 to 128 ASCII letters, digits, {@code -} or {@code _}, starting with a letter
 * or digit, so that it is valid as it is in HTML, PDF named destinations and Markdown links (a Word
 * renderer maps it to a bookmark name). When none is given it is the {@link #slug(String) slug} of
 * the heading's text. Keeping anchors unique is the composer's job; a renderer given two headings
 * with the same anchor must still produce a valid file (the first keeps the id, later ones get a
 * suffix {@code -2}, {@code -3}… and a {@link RenderWarning}), and {@code #id} links lead to the
 * first.
 *
 * @param level 1 (top) to 3
 * @param anchor the heading's id
 * @param content the heading's text; at least one inline, not blank
 */
public record Heading(int level, String anchor, List<Inline> content) implements Block {

  /**
   * Creates a heading with an explicit anchor.
   *
   * @param level 1 (top) to 3
   * @param anchor the heading's id, following the rule above
   * @param content the heading's text; at least one inline, not blank, no nulls
   * @throws DocumentException if a rule is broken
   */
  public Heading {
    Checks.level(level, "heading level");
    Anchors.requireValid(anchor);
    content = Checks.nonEmptyList(content, "heading content");
    Checks.notBlank(PlainText.of(content), "heading text");
  }

  /**
   * Creates a heading whose anchor is the slug of its text.
   *
   * @param level 1 (top) to 3
   * @param content the heading's text; at least one inline, not blank, no nulls
   * @throws DocumentException if a rule is broken
   */
  public Heading(int level, List<Inline> content) {
    this(level, slug(PlainText.of(Checks.nonEmptyList(content, "heading content"))), content);
  }

  /**
   * Returns a heading of plain text, its anchor the slug of the text.
   *
   * @param level 1 (top) to 3
   * @param text the heading's text, not blank
   * @return the heading
   */
  public static Heading of(int level, String text) {
    return new Heading(level, List.of(new Text(text)));
  }

  /**
   * Returns a heading of plain text with an explicit anchor.
   *
   * @param level 1 (top) to 3
   * @param anchor the heading's id
   * @param text the heading's text, not blank
   * @return the heading
   */
  public static Heading of(int level, String anchor, String text) {
    return new Heading(level, anchor, List.of(new Text(text)));
  }

  /**
   * Returns the anchor made from a text: accents and Vietnamese tone marks folded away ({@code đ}
   * becomes {@code d}), lower case, every run of other characters turned into one {@code -}, at
   * most 48 characters (cut at a {@code -} where possible), and {@code section} when nothing is
   * left. For example "Phan Văn Giang — Đà Nẵng" gives {@code phan-van-giang-da-nang}. The result
   * does not depend on the default locale.
   *
   * @param text any text
   * @return a valid anchor id
   */
  public static String slug(String text) {
    return Anchors.slug(Checks.notNull(text, "text"));
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
