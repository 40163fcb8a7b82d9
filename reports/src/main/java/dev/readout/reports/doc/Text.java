package dev.readout.reports.doc;

/**
 * Plain text, kept exactly as given: no Unicode normalisation, no trimming.
 *
 * <p>A line feed ({@code \n}; {@code \r\n} and {@code \r} count as one) is a line break within
 * the block: renderers show it as a line break where the format has one and as a space where it
 * has none (a Markdown heading, a key of a {@link KeyValueBlock}). Characters that XML 1.0 does not
 * allow (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF; unpaired
 * surrogates) are accepted here, and renderers leave them out with a {@link RenderWarning}: see
 * {@link PlainText#isRenderable(int)}.
 *
 * @param text the characters; may be empty
 */
public record Text(String text) implements Inline {

  /**
   * Creates plain text.
   *
   * @param text the characters; may be empty, not null
   */
  public Text {
    Checks.notNull(text, "text");
  }

  /**
   * Returns plain text.
   *
   * @param text the characters
   * @return the inline
   */
  public static Text of(String text) {
    return new Text(text);
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
