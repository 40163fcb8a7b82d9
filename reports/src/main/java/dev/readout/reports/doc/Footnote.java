package dev.readout.reports.doc;

import java.util.List;

/**
 * A footnote, written where it is referred to, like pandoc's {@code Note}: the content is the
 * note's text, and the place of the inline is where the reference mark goes.
 *
 * <p>Renderers number footnotes 1, 2, 3… in reading order (the order of {@link PlainText}) and
 * place the texts at the end of the page, section or document, as the format does. Footnotes of a
 * document with equal content are one note: numbered where it first occurs, its text written once,
 * its mark repeated wherever it is cited (a briefing cites the same quote in several places). In {@link
 * PlainText} a footnote's mark adds nothing to the running text and its content comes after all
 * blocks. A footnote cannot contain another footnote.
 *
 * @param content the note's text; at least one inline
 */
public record Footnote(List<Inline> content) implements Inline {

  /**
   * Creates a footnote.
   *
   * @param content the note's text; at least one inline, no nulls, no nested footnote
   * @throws DocumentException if the content is empty or holds another footnote
   */
  public Footnote {
    content = Checks.nonEmptyList(content, "footnote content");
    if (Inlines.containsFootnote(content)) {
      throw new DocumentException(Messages.nestedFootnote());
    }
  }

  /**
   * Returns a footnote whose text is plain text.
   *
   * @param text the note's text
   * @return the footnote
   */
  public static Footnote of(String text) {
    return new Footnote(List.of(new Text(text)));
  }

  /**
   * Returns a footnote made of the given inlines.
   *
   * @param content the note's text; at least one inline
   * @return the footnote
   */
  public static Footnote of(Inline... content) {
    return new Footnote(Checks.array(content));
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
