package dev.readout.core.draft;

import java.util.Objects;

/**
 * One sentence of a text: where it starts and ends, and its words exactly as the text has them.
 *
 * @param start the offset of the sentence's first character in the text, from 0
 * @param end the offset just past its last character; {@code text.substring(start, end)} is
 *     {@link #text()}
 * @param text the sentence verbatim, without the white space around it
 */
public record Sentence(int start, int end, String text) {

  /**
   * Checks that the span is consistent with the text.
   *
   * @param start the offset of the sentence's first character in the text
   * @param end the offset just past its last character
   * @param text the sentence verbatim
   * @throws IllegalArgumentException if the span is negative, empty or not as long as the text
   * @throws NullPointerException if the text is null
   */
  public Sentence {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException(DraftMessages.badSpan("sentence", start, end, text));
    }
  }

  /**
   * Tells whether the given offset of the text lies in this sentence.
   *
   * @param offset an offset into the text the sentence was split from
   * @return true if {@code start() <= offset < end()}
   */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
