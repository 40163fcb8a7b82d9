package dev.readout.reports.doc;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Something a renderer had to leave out or adapt, such as a character no bundled font can show.
 * The factories give the warnings every renderer shares the same wording, so tests can compare
 * the warnings of two formats.
 *
 * @param message what happened, in one sentence
 * @param snippet the text it happened in (at most {@value #SNIPPET_LENGTH} characters of it, with
 *     characters that cannot be printed written as {@code U+XXXX}), so the author can find it
 */
public record RenderWarning(String message, String snippet) {

  /** The most characters of the text a snippet shows before an ellipsis. */
  public static final int SNIPPET_LENGTH = 60;

  /**
   * Creates a warning.
   *
   * @param message what happened
   * @param snippet the text it happened in; may be empty
   */
  public RenderWarning {
    Checks.notNull(message, "warning message");
    Checks.notNull(snippet, "warning snippet");
  }

  /**
   * Returns a warning about some text, whose snippet is made from the text.
   *
   * @param message what happened
   * @param text the text it happened in, in full
   * @return the warning
   */
  public static RenderWarning about(String message, String text) {
    return new RenderWarning(message, snippet(text));
  }

  /**
   * Returns the warning for text from which the characters that {@link
   * PlainText#isRenderable(int)} rejects were left out, naming each such character once, in code
   * point order: "{@code U+0000, U+FFFE are not allowed in a document and were left out}".
   *
   * @param text the text as it is in the document
   * @return the warning
   */
  public static RenderWarning charactersLeftOut(String text) {
    TreeSet<Integer> dropped = new TreeSet<>();
    text.codePoints().filter(cp -> !PlainText.isRenderable(cp)).forEach(dropped::add);
    List<String> names = dropped.stream().map(RenderWarning::codePoint).toList();
    return about(Messages.charactersLeftOut(names), text);
  }

  /**
   * Returns the warning for a heading whose anchor an earlier heading already has.
   *
   * @param heading the heading
   * @param writtenAs the anchor it was given instead, from {@link Document#uniqueAnchors()}
   * @return the warning
   */
  public static RenderWarning duplicateAnchor(Heading heading, String writtenAs) {
    return about(Messages.duplicateAnchor(heading.anchor(), writtenAs), PlainText.of(heading.content()));
  }

  /**
   * Returns the warning for an internal link to an anchor that no heading of the document has.
   *
   * @param link the link
   * @return the warning
   */
  public static RenderWarning unknownAnchor(Link link) {
    return about(Messages.unknownAnchor(link.target()), PlainText.of(link.children()));
  }

  /**
   * Returns the start of a text for a warning: at most {@value #SNIPPET_LENGTH} code points, control
   * characters and characters renderers leave out written as {@code U+XXXX}, and {@code …} when
   * the text goes on.
   *
   * @param text any text
   * @return a printable snippet
   */
  public static String snippet(String text) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (int count = 0; i < text.length() && count < SNIPPET_LENGTH; count++) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!PlainText.isRenderable(cp) || Character.isISOControl(cp)) {
        sb.append(codePoint(cp));
      } else {
        sb.appendCodePoint(cp);
      }
    }
    if (i < text.length()) {
      sb.append('…');
    }
    return sb.toString();
  }

  private static String codePoint(int cp) {
    return String.format(Locale.ROOT, "U+%04X", cp);
  }
}
