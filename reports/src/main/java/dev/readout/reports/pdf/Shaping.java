package dev.readout.reports.pdf;

import dev.readout.reports.chart.Java2dText;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Glyph layout for the scripts whose letters change shape, join, stack or move around their
 * neighbours, which a PDF cannot do by itself: Devanagari and the other scripts of India and Sri
 * Lanka, Thai, Lao, Tibetan, Myanmar and Khmer. Their text is laid out by java.awt's font layout
 * ({@link Font#layoutGlyphVector}, HarfBuzz inside the JDK) from the same font file the PDF embeds,
 * which is what OpenPDF's own {@code LayoutProcessor} does; the glyphs are written by {@link
 * ShapingContent}.
 *
 * <p>Why not OpenPDF's {@code LayoutProcessor} itself: it is switched on for the whole JVM, after
 * which every TrueType font anyone creates must be openable by name (the Liberation fonts, made
 * from bytes, are not) and all text, Latin included, goes through java.awt; and it keeps every
 * font it was shown for ever, while a render makes its fonts anew. Arabic is not shaped here:
 * OpenPDF's bidirectional layout, which right-to-left text needs anyway, joins it ({@link
 * ArabicForms}).
 *
 * <p>The java.awt fonts are loaded once per JVM, when text first needs them, and shared: they are
 * immutable. Text is laid out under {@link Java2dText}'s lock, which the charts take too: Java 2D's
 * font code is not safe on two threads at once. Layout depends on the JDK's HarfBuzz, so byte-identical output also needs the same JDK.
 */
final class Shaping {
  /** The scripts laid out here. */
  private static final Set<UnicodeScript> SHAPED = EnumSet.of(UnicodeScript.DEVANAGARI, UnicodeScript.BENGALI,
      UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI, UnicodeScript.ORIYA, UnicodeScript.TAMIL, UnicodeScript.TELUGU,
      UnicodeScript.KANNADA, UnicodeScript.MALAYALAM, UnicodeScript.SINHALA, UnicodeScript.THAI, UnicodeScript.LAO,
      UnicodeScript.TIBETAN, UnicodeScript.MYANMAR, UnicodeScript.KHMER);
  /** The first code point of the first shaped script (Devanagari): none below it needs shaping. */
  private static final int FIRST_SHAPED = 0x0900;
  /** Identity transform, no anti-aliasing, fractional metrics: positions in points, as OpenPDF's. */
  private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), false, true);

  private static final ConcurrentHashMap<FontFace, Optional<Font>> AWT_FONTS = new ConcurrentHashMap<>();

  private Shaping() {}

  /** Whether the text has a character of a script laid out here. */
  static boolean needs(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= FIRST_SHAPED && SHAPED.contains(UnicodeScript.of(cp))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a joiner (U+200C, U+200D) after the code point is part of the word: after a letter of a
   * shaped script or of Arabic, whose joining OpenPDF does.
   */
  static boolean joins(int codePoint) {
    if (codePoint < 0x0600) {
      return false;
    }
    UnicodeScript script = UnicodeScript.of(codePoint);
    return script == UnicodeScript.ARABIC || SHAPED.contains(script);
  }

  /**
   * The glyphs of the text in the face at the size, laid out left to right, or null when the text
   * needs no layout or java.awt cannot open the face (it is then written a glyph per character).
   */
  static GlyphVector shape(FontFace face, float size, String text) {
    if (!needs(text)) {
      return null;
    }
    Optional<Font> font = AWT_FONTS.computeIfAbsent(face, Shaping::open);
    if (font.isEmpty()) {
      return null;
    }
    char[] chars = text.toCharArray();
    return Java2dText.locked(() -> {
      GlyphVector glyphs = font.get().deriveFont(size).layoutGlyphVector(CONTEXT, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
      glyphs.getGlyphPositions(0, glyphs.getNumGlyphs(), null); // placed now, under the lock, not when first read
      return glyphs;
    });
  }

  private static Optional<Font> open(FontFace face) {
    try {
      Font[] fonts = Font.createFonts(face.file().toFile());
      return face.index() < fonts.length ? Optional.of(fonts[face.index()]) : Optional.empty();
    } catch (IOException | FontFormatException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
