package dev.readout.reports.pdf;

import java.security.SecureRandom;
import java.util.function.Supplier;

/**
 * The one hook into how OpenPDF works inside: the "random" source a font draws its subset tag from,
 * made to give a tag derived from the document id, so that the same document gets the same bytes.
 *
 * <p>An embedded subset's font name starts with six capital letters and a plus ({@code
 * ABCDEF+LiberationSerif}). OpenPDF has no public way to set them: {@code
 * BaseFont.createSubsetPrefix} (OpenPDF 2.0.5) computes each letter as {@code (char)
 * (secureRandom.nextDouble() * 26 + 'A')} from the font's {@code SecureRandom}, which {@code
 * BaseFont.setSecureRandom} (public) replaces. This source answers {@code nextDouble()} with the
 * middle of each wanted letter's interval, the six letters in a cycle. {@code TrueTypeFontUnicode},
 * the font class that does the work, is package-private, so it cannot be told otherwise.
 *
 * <p>If an OpenPDF release computes the tag another way, the tags turn random again and the output
 * is no longer byte-identical: {@code SubsetTagTest} reads every embedded font's name back and fails,
 * naming this class and {@code BaseFont.createSubsetPrefix}.
 */
final class SubsetTag extends SecureRandom {
  private static final long serialVersionUID = 1L;

  /** The letters of a tag. */
  static final int LENGTH = 6;

  private final transient Supplier<String> tag;
  private transient String letters;
  private int next;

  /**
   * A source that gives the letters of {@code tag}, asked for anew each time a font is written (the
   * tag may be known only then: see {@link Fonts#seed}).
   */
  SubsetTag(Supplier<String> tag) {
    this.tag = tag;
  }

  /**
   * The tag of a font in a document: six letters A–Z from a SHA-256 of the seed (the document id,
   * in hex) and the font file's name.
   */
  static String of(String seed, String fontFile) {
    byte[] hash = FileIdentity.sha256(seed + "\u0000" + fontFile);
    StringBuilder letters = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      letters.append((char) ('A' + Math.floorMod(hash[i], 26)));
    }
    return letters.toString();
  }

  @Override
  public synchronized double nextDouble() {
    if (next == 0) {
      letters = tag.get();
    }
    char letter = letters.charAt(next);
    next = (next + 1) % LENGTH;
    return (letter - 'A' + 0.5) / 26.0;
  }
}
